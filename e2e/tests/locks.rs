//! The `locks` connector (specs/auth.yaml): every authentication kind, as the generated
//! client applies it per operation.

use apitap_runtime::codegen::{Credential, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"ok": true}))
}

#[tokio::test]
async fn every_scheme_is_applied_where_the_operation_asks_for_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/query-key"))
        .and(query_param("api_key", "qk"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/cookie-key"))
        .and(header("cookie", "sid=ck"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/oidc"))
        .and(header("authorization", "Bearer id-token"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/both"))
        .and(header("x-key", "hk"))
        .and(query_param("api_key", "qk"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=rt-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "at-9", "expires_in": 3600, "refresh_token": "rt-2"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/refresh"))
        .and(header("authorization", "Bearer at-9"))
        .respond_with(ok())
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/optional"))
        .and(header("x-key", "hk"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;

    let c = locks::Client::new(
        locks::Config::new()
            .base_url(server.uri())
            .token_url("refresh", format!("{}/oauth/token", server.uri()))
            .credential("queryKey", Credential::api_key("qk"))
            .credential("cookieKey", Credential::api_key("ck"))
            .credential("headerKey", Credential::api_key("hk"))
            .credential("oidc", Credential::bearer("id-token"))
            .credential(
                "refresh",
                Credential::refresh_token("client", "secret", "rt-1"),
            )
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    assert!(c.with_query_key().send().await.unwrap().ok);
    assert!(c.with_cookie_key().send().await.unwrap().ok);
    assert!(c.with_open_id_connect().send().await.unwrap().ok);
    assert!(c.with_header_and_query_keys().send().await.unwrap().ok);
    assert!(c.with_refresh_token().send().await.unwrap().ok);
    assert!(
        c.with_refresh_token().send().await.unwrap().ok,
        "the access token is cached"
    );
    assert!(c.with_optional_key().send().await.unwrap().ok);
}

#[tokio::test]
async fn anonymous_alternative_and_typed_401() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/optional"))
        .respond_with(ok())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/query-key"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"ok": false})))
        .mount(&server)
        .await;
    let c = locks::Client::new(
        locks::Config::new()
            .base_url(server.uri())
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    assert!(c.with_optional_key().send().await.unwrap().ok);
    let received = &server.received_requests().await.unwrap()[0];
    assert!(received.headers.get("x-key").is_none());
    let err = c.with_query_key().send().await.unwrap_err();
    assert!(
        matches!(err.api_error(), Some(locks::operations::WithQueryKeyError::Status401(s)) if !s.ok)
    );
}

#[test]
fn environment_variables_are_named_after_the_crate() {
    let readme = include_str!("../../generated-examples/locks/README.md");
    for var in [
        "LOCKS_BASE_URL",
        "LOCKS_QUERY_KEY_API_KEY",
        "LOCKS_COOKIE_KEY_API_KEY",
        "LOCKS_HEADER_KEY_API_KEY",
        "LOCKS_CLIENT_ID",
        "LOCKS_REFRESH_TOKEN",
        "LOCKS_TOKEN",
    ] {
        assert!(readme.contains(var), "{var} missing from README");
    }
    let err = locks::Client::from_env().unwrap_err().to_string();
    assert!(err.contains("LOCKS_QUERY_KEY_API_KEY"), "{err}");
}
