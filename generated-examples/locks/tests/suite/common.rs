//! Shared helpers of the generated tests: a mock server and a client with test credentials.
#![allow(dead_code)]
use apitap_runtime::codegen as rt;
use wiremock::matchers::{body_partial_json, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};
/// A mock server and a client pointed at it: test credentials for every scheme, quick retries.
pub async fn setup() -> (MockServer, locks::Client) {
    let server = MockServer::start().await;
    let config = rt::Config::new()
        .base_url(server.uri())
        .credential("queryKey", rt::Credential::api_key("test-key"))
        .credential("cookieKey", rt::Credential::api_key("test-key"))
        .credential("headerKey", rt::Credential::api_key("test-key"))
        .credential("refresh", rt::Credential::bearer("test-token"))
        .credential("oidc", rt::Credential::bearer("test-token"))
        .retry(rt::RetryPolicy {
            max_attempts: 2,
            initial_delay: std::time::Duration::from_millis(1),
            max_delay: std::time::Duration::from_millis(5),
            retry_non_idempotent: true,
        });
    let client = locks::Client::new(config).expect("test configuration");
    (server, client)
}
/// A value of `T` from JSON (sample arguments).
pub fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("sample {json}: {e}"))
}
/// Serve one answer for a request that must carry `query` and `headers`.
#[allow(clippy::too_many_arguments)]
pub async fn expect(
    server: &MockServer,
    verb: &str,
    route: &str,
    query: &[(&str, &str)],
    headers: &[(&str, &str)],
    status: u16,
    content_type: &str,
    body: &str,
) {
    let mut mock = Mock::given(method(verb)).and(path(route));
    for (k, v) in query {
        mock = mock.and(query_param(*k, *v));
    }
    for (k, v) in headers {
        mock = mock.and(header(*k, *v));
    }
    let mut response = ResponseTemplate::new(status);
    if !content_type.is_empty() {
        response = response.set_body_raw(body.as_bytes().to_vec(), content_type);
    }
    let retried = status >= 500 || status == 408 || status == 429;
    let times = if retried { 1..=2 } else { 1..=1 };
    mock.respond_with(response).expect(times).mount(server).await;
}
/// Which request a page answers.
pub enum PageMatch {
    /// The first request (any parameters).
    First,
    /// A request with this query parameter.
    Query(&'static str, &'static str),
    /// A request whose JSON body contains this.
    Body(&'static str),
}
/// Serve one page; later pages take precedence over the first page's catch-all.
pub async fn expect_page(
    server: &MockServer,
    verb: &str,
    route: &str,
    which: PageMatch,
    body: &str,
    link: &str,
) {
    let mock = Mock::given(method(verb)).and(path(route));
    let (mock, priority) = match which {
        PageMatch::First => (mock, 10),
        PageMatch::Query(k, v) => (mock.and(query_param(k, v)), 1),
        PageMatch::Body(json) => {
            (mock.and(body_partial_json(sample::<serde_json::Value>(json))), 1)
        }
    };
    let body = body.replace("http://apitap-mock-server.test", &server.uri());
    let mut response = ResponseTemplate::new(200)
        .set_body_raw(body.into_bytes(), "application/json");
    if !link.is_empty() {
        response = response.insert_header("link", link);
    }
    mock.respond_with(response).with_priority(priority).expect(1).mount(server).await;
}
