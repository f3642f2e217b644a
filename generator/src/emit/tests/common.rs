//! `tests/suite/common.rs`: the mock server, the client with test credentials, and the
//! helpers every generated test calls.

use super::*;

pub(super) fn common_module(plan: &CratePlan) -> TokenStream {
    let crate_ident = ident(plan.crate_name);
    let creds = plan.schemes.iter().map(|(s, _)| {
        let name = &s.name;
        let cred = match &s.kind {
            SchemeKind::ApiKey { .. } => quote!(rt::Credential::api_key("test-key")),
            SchemeKind::Basic => quote!(rt::Credential::basic("user", "pass")),
            _ => quote!(rt::Credential::bearer("test-token")),
        };
        quote!(.credential(#name, #cred))
    });
    quote! {
        //! Shared helpers of the generated tests: a mock server and a client with test credentials.
        #![allow(dead_code)]
        use apitap_runtime::codegen as rt;
        use wiremock::matchers::{body_partial_json, header, method, path, query_param};
        use wiremock::{Mock, MockServer, ResponseTemplate};

        /// `APITAP_CONFORMANCE_URL`: the request tests go to this server instead (a strict mock
        /// such as Prism started on the spec) and report what it answered rather than assert it;
        /// the other tests, which need the mock's scripted answers, are skipped.
        pub fn conformance_url() -> Option<String> {
            std::env::var("APITAP_CONFORMANCE_URL").ok().filter(|u| !u.is_empty())
        }

        /// A request test's result: asserted against the mock; against a conformance server,
        /// printed as one `apitap-conformance` line (accepted, rejected with the server's
        /// reason, or a response that did not decode) for `scripts/conformance-check`.
        pub fn sent<T, E: std::fmt::Debug>(label: &str, result: Result<T, rt::Error<E>>) {
            if conformance_url().is_none() {
                result.expect(label);
                return;
            }
            let outcome = match &result {
                Ok(_) => "accepted".to_string(),
                Err(e) => {
                    // After the retries, the last answer is what the server said.
                    let e = match e {
                        rt::Error::RetriesExhausted { last, .. } => last.as_ref(),
                        other => other,
                    };
                    match e {
                        rt::Error::Api(e) => {
                            // Prism puts its reasons in `sl-violations` when it answers with the
                            // spec's own error response, else in its problem body.
                            let header = e.headers.get("sl-violations").and_then(|v| v.to_str().ok());
                            let kind = if (400..500).contains(&e.status) { "rejected" } else { "error" };
                            format!("{kind}\t{}\t{}", e.status, rejection(header.map(str::as_bytes).unwrap_or(&e.body)))
                        }
                        rt::Error::Decode { status, path, message, .. } => {
                            format!("decode-failed\t{status}\t{}", one_line(&format!("{path}: {message}")))
                        }
                        other => format!("error\t-\t{}", one_line(&other.to_string())),
                    }
                }
            };
            // libtest names each test's thread after the test: the script reruns by name.
            let test = std::thread::current().name().unwrap_or("").to_string();
            println!("apitap-conformance\t{test}\t{label}\t{outcome}");
        }

        /// The reasons in a rejection body: Prism's `validation` messages, else its title.
        fn rejection(body: &[u8]) -> String {
            let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
                return one_line(&String::from_utf8_lossy(&body[..body.len().min(200)]));
            };
            let list = if v.is_array() { &v } else { &v["validation"] };
            let reasons: Vec<String> = list.as_array().into_iter().flatten().map(|r| {
                let at: Vec<String> = r["location"].as_array().into_iter().flatten().map(|l| l.as_str().map_or_else(|| l.to_string(), str::to_string)).collect();
                format!("{}: {}", at.join("."), r["message"].as_str().unwrap_or(""))
            }).collect();
            if reasons.is_empty() {
                one_line(v["title"].as_str().or(v["detail"].as_str()).unwrap_or("no reason given"))
            } else {
                one_line(&reasons.join("; "))
            }
        }

        fn one_line(text: &str) -> String {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        }

        /// A mock server and a client pointed at it: test credentials for every scheme, quick retries.
        pub async fn setup() -> (MockServer, #crate_ident::Client) {
            let server = MockServer::start().await;
            let config = rt::Config::new()
                .base_url(conformance_url().unwrap_or_else(|| server.uri()))
                #(#creds)*
                .retry(rt::RetryPolicy { max_attempts: 2, initial_delay: std::time::Duration::from_millis(1), max_delay: std::time::Duration::from_millis(5), retry_non_idempotent: true });
            let client = #crate_ident::Client::new(config).expect("test configuration");
            (server, client)
        }

        /// A value of `T` from JSON (sample arguments).
        pub fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
            serde_json::from_str(json).unwrap_or_else(|e| panic!("sample {json}: {e}"))
        }

        /// Serve one answer for a request that must carry `query` and `headers`.
        #[allow(clippy::too_many_arguments)]
        pub async fn expect(server: &MockServer, verb: &str, route: &str, query: &[(&str, &str)], headers: &[(&str, &str)], status: u16, content_type: &str, body: &str) {
            if conformance_url().is_some() {
                return;
            }
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
            // Transient statuses are retried by the client: they may be asked for again.
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
        pub async fn expect_page(server: &MockServer, verb: &str, route: &str, which: PageMatch, body: &str, link: &str) {
            let mock = Mock::given(method(verb)).and(path(route));
            let (mock, priority) = match which {
                PageMatch::First => (mock, 10),
                PageMatch::Query(k, v) => (mock.and(query_param(k, v)), 1),
                PageMatch::Body(json) => (mock.and(body_partial_json(sample::<serde_json::Value>(json))), 1),
            };
            let body = body.replace(#SERVER_PLACEHOLDER, &server.uri());
            let mut response = ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "application/json");
            if !link.is_empty() {
                response = response.insert_header("link", link);
            }
            mock.respond_with(response).with_priority(priority).expect(1).mount(server).await;
        }
    }
}
