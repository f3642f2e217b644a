//! Every auth kind, applied per request from the operation's security requirements.

mod common;

use std::time::Duration;

use apitap_runtime::codegen as rt;
use common::{client, config, get, with_security};
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request as Received, ResponseTemplate};

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true}))
}

async fn received(server: &MockServer, p: &str) -> Vec<Received> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.url.path() == p)
        .collect()
}

fn auth_header(r: &Received) -> Option<String> {
    r.headers
        .get("authorization")
        .map(|v| v.to_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn api_key_in_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things"))
        .and(header("x-api-key", "hk-1"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("header_key", rt::Credential::api_key("hk-1")));
    c.send::<()>(with_security(get("/things"), &[&["header_key"]]))
        .await
        .unwrap();
}

#[tokio::test]
async fn api_key_in_query_is_added_next_to_other_params() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .and(query_param("api_key", "qk-1"))
        .and(query_param("limit", "3"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("query_key", rt::Credential::api_key("qk-1")));
    let mut req = with_security(get("/things"), &[&["query_key"]]);
    req.query("limit", &3, rt::QueryStyle::Form { explode: true });
    c.send::<()>(req).await.unwrap();
}

#[tokio::test]
async fn api_key_in_cookie_joins_cookie_params() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("cookie_key", rt::Credential::api_key("ck-1")));
    let mut req = with_security(get("/things"), &[&["cookie_key"]]);
    req.cookie("theme", "dark");
    c.send::<()>(req).await.unwrap();
    let reqs = received(&server, "/things").await;
    let cookie = reqs[0].headers.get("cookie").unwrap().to_str().unwrap();
    assert_eq!(cookie, "theme=dark; session_key=ck-1");
}

#[tokio::test]
async fn basic_auth() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .and(header("authorization", "Basic dXNlcjpwYXNz"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("basic", rt::Credential::basic("user", "pass")));
    c.send::<()>(with_security(get("/things"), &[&["basic"]]))
        .await
        .unwrap();
}

#[tokio::test]
async fn bearer_auth() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .and(header("authorization", "Bearer tok-b"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("bearer", rt::Credential::bearer("tok-b")));
    c.send::<()>(with_security(get("/things"), &[&["bearer"]]))
        .await
        .unwrap();
}

#[tokio::test]
async fn security_alternatives_pick_first_fully_configured_one() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let c = client(
        config(&server)
            .credential("header_key", rt::Credential::api_key("hk-2"))
            .credential("query_key", rt::Credential::api_key("qk-2")),
    );
    // bearer is not configured, so the second alternative (both keys together) applies
    c.send::<()>(with_security(
        get("/things"),
        &[&["bearer"], &["header_key", "query_key"]],
    ))
    .await
    .unwrap();
    // anonymous allowed, but a configured alternative is preferred
    c.send::<()>(with_security(get("/things"), &[&[], &["header_key"]]))
        .await
        .unwrap();
    // anonymous only: nothing sent
    c.send::<()>(with_security(get("/things"), &[&[]]))
        .await
        .unwrap();
    // nothing fits and anonymous not allowed: sent without auth (the server will say 401)
    c.send::<()>(with_security(get("/things"), &[&["basic"]]))
        .await
        .unwrap();
    // no security declared: no auth
    c.send::<()>(get("/things")).await.unwrap();

    let reqs = received(&server, "/things").await;
    let key = |r: &Received| {
        r.headers
            .get("x-api-key")
            .map(|v| v.to_str().unwrap().to_string())
    };
    assert_eq!(key(&reqs[0]).as_deref(), Some("hk-2"));
    assert!(reqs[0]
        .url
        .query()
        .unwrap_or_default()
        .contains("api_key=qk-2"));
    assert_eq!(key(&reqs[1]).as_deref(), Some("hk-2"));
    assert!(reqs[1].url.query().is_none());
    for r in &reqs[2..] {
        assert!(key(r).is_none() && auth_header(r).is_none() && r.url.query().is_none());
    }
}

fn token(access: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"access_token": access, "token_type": "bearer", "expires_in": expires_in}))
}

#[tokio::test(start_paused = true)]
async fn client_credentials_token_is_cached_and_refreshed_before_expiry() {
    let server = MockServer::start().await;
    let token_call = || {
        Mock::given(method("POST"))
            .and(path("/oauth/token"))
            .and(header("authorization", "Basic Y2lkOmNzZWNyZXQtQ0MtOWYz"))
            .and(header("content-type", "application/x-www-form-urlencoded"))
            .and(body_string_contains("grant_type=client_credentials"))
            .and(body_string_contains("scope=read+write"))
    };
    token_call()
        .respond_with(token("tok-1", 3600))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    token_call()
        .respond_with(token("tok-2", 3600))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let c = client(config(&server).credential(
        "cc",
        rt::Credential::client_credentials("cid", "csecret-CC-9f3"),
    ));
    let send = || c.send::<()>(with_security(get("/things"), &[&["cc"]]));

    send().await.unwrap();
    send().await.unwrap();
    // still more than 60 s left: cached
    tokio::time::advance(Duration::from_secs(3600 - 61)).await;
    send().await.unwrap();
    // inside the 60 s refresh margin: a new token is fetched
    tokio::time::advance(Duration::from_secs(2)).await;
    send().await.unwrap();

    let auths: Vec<_> = received(&server, "/things")
        .await
        .iter()
        .filter_map(auth_header)
        .collect();
    assert_eq!(
        auths,
        [
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-1",
            "Bearer tok-2"
        ]
    );
    let token_body =
        String::from_utf8(received(&server, "/oauth/token").await[0].body.clone()).unwrap();
    assert!(
        !token_body.contains("csecret"),
        "client secret goes in the basic header only: {token_body}"
    );
}

#[tokio::test]
async fn client_credentials_token_is_refetched_once_after_401() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("stale", 3600))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("fresh", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .and(header("authorization", "Bearer stale"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .and(header("authorization", "Bearer fresh"))
        .respond_with(ok())
        .mount(&server)
        .await;
    // no retries configured: the 401 re-send is separate from the retry budget
    let c = client(config(&server).retry(rt::RetryPolicy::none()).credential(
        "cc",
        rt::Credential::client_credentials("cid", "csecret-CC-9f3"),
    ));
    let resp = c
        .send::<()>(with_security(get("/things"), &[&["cc"]]))
        .await
        .unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(received(&server, "/oauth/token").await.len(), 2);
    assert_eq!(received(&server, "/things").await.len(), 2);
    assert_eq!(c.metrics().attempts, 2);
    assert_eq!(c.metrics().retries, 0);
}

#[tokio::test]
async fn persistent_401_is_returned_after_one_refetch() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("t", 3600))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .respond_with(ResponseTemplate::new(401))
        .expect(2)
        .mount(&server)
        .await;
    let c = client(config(&server).credential(
        "cc",
        rt::Credential::client_credentials("cid", "csecret-CC-9f3"),
    ));
    let err = c
        .send::<()>(with_security(get("/things"), &[&["cc"]]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert!(matches!(err, rt::Error::Api(_)));
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn token_endpoint_failure_reports_status_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            serde_json::json!({"error": "invalid_client", "error_description": "unknown client", "debug": "csecret-CC-9f3"}),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .respond_with(ok())
        .expect(0)
        .mount(&server)
        .await;
    let c = client(config(&server).credential(
        "cc",
        rt::Credential::client_credentials("cid", "csecret-CC-9f3"),
    ));
    let err = c
        .send::<()>(with_security(get("/things"), &[&["cc"]]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert!(matches!(&err, rt::Error::Auth { scheme, .. } if scheme == "cc"));
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("invalid_client (unknown client)"), "{shown}");
    assert!(!shown.contains("csecret"), "{shown}");
    assert_eq!(c.metrics().errors_auth, 1);
}

#[tokio::test(start_paused = true)]
async fn refresh_token_grant_keeps_rotated_refresh_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/refresh"))
        .and(header("authorization", "Basic cmlkOnJzZWNyZXQtUlQtNWIx"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=rt-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"access_token": "at-1", "expires_in": 600, "refresh_token": "rt-2"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/oauth/refresh"))
        .and(body_string_contains("refresh_token=rt-2"))
        .respond_with(token("at-2", 600))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .respond_with(ok())
        .mount(&server)
        .await;
    let c = client(config(&server).credential(
        "refresh",
        rt::Credential::refresh_token("rid", "rsecret-RT-5b1", "rt-1"),
    ));
    let send = || c.send::<()>(with_security(get("/things"), &[&["refresh"]]));
    send().await.unwrap();
    tokio::time::advance(Duration::from_secs(541)).await;
    send().await.unwrap();
    let auths: Vec<_> = received(&server, "/things")
        .await
        .iter()
        .filter_map(auth_header)
        .collect();
    assert_eq!(auths, ["Bearer at-1", "Bearer at-2"]);
}

#[tokio::test]
async fn public_refresh_client_sends_client_id_in_form() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/refresh"))
        .and(body_string_contains("client_id=public-app"))
        .respond_with(token("at-p", 600))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/things"))
        .and(header("authorization", "Bearer at-p"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).credential(
        "refresh",
        rt::Credential::refresh_token("public-app", "", "rt-p"),
    ));
    c.send::<()>(with_security(get("/things"), &[&["refresh"]]))
        .await
        .unwrap();
    assert!(received(&server, "/oauth/refresh").await[0]
        .headers
        .get("authorization")
        .is_none());
}

#[tokio::test]
async fn oauth_scheme_accepts_a_ready_bearer_token() {
    let server = MockServer::start().await;
    Mock::given(path("/things"))
        .and(header("authorization", "Bearer ready"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("x", 1))
        .expect(0)
        .mount(&server)
        .await;
    let c = client(config(&server).credential("cc", rt::Credential::bearer("ready")));
    c.send::<()>(with_security(get("/things"), &[&["cc"]]))
        .await
        .unwrap();
}
