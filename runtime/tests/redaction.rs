//! Secrets never show up in Debug/Display of the public types, in errors, or in traces.

mod common;

use apitap_runtime::codegen as rt;
use common::{client, config, get, with_security};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "S3CRET-d41d8cd98f";

fn assert_hidden(what: &str, text: &str) {
    assert!(!text.contains(SECRET), "{what} leaks the secret: {text}");
    assert!(
        !text.contains("d41d8cd98f"),
        "{what} leaks part of the secret: {text}"
    );
}

fn all_credentials() -> rt::Config {
    rt::Config::new()
        .credential("header_key", rt::Credential::api_key(SECRET))
        .credential("query_key", rt::Credential::api_key(SECRET))
        .credential("basic", rt::Credential::basic(SECRET, SECRET))
        .credential("bearer", rt::Credential::bearer(SECRET))
        .credential("cc", rt::Credential::client_credentials("cid", SECRET))
        .credential(
            "refresh",
            rt::Credential::refresh_token("rid", SECRET, SECRET),
        )
}

#[test]
fn config_credential_client_and_request_debug_hide_secrets() {
    let cfg = all_credentials();
    assert_hidden("Config", &format!("{cfg:?} {cfg:#?}"));
    for c in [
        rt::Credential::api_key(SECRET),
        rt::Credential::basic(SECRET, SECRET),
        rt::Credential::bearer(SECRET),
        rt::Credential::client_credentials("id", SECRET),
        rt::Credential::refresh_token("id", SECRET, SECRET),
    ] {
        assert_hidden("Credential", &format!("{c:?}"));
    }
    assert_hidden(
        "Secret",
        &format!("{} {:?}", rt::Secret::new(SECRET), rt::Secret::new(SECRET)),
    );
    let client = rt::Client::new(cfg.base_url("http://127.0.0.1:9"), &common::API).unwrap();
    assert_hidden("Client", &format!("{client:?} {client:#?}"));

    let mut req = get("/t/{id}");
    req.path_param("id", SECRET);
    req.query("token", SECRET, rt::QueryStyle::Form { explode: true });
    req.header("X-Custom-Auth", SECRET);
    req.cookie("sid", SECRET);
    req.json(&serde_json::json!({"password": SECRET}));
    assert_hidden("Request", &format!("{req:?}"));
    let part = rt::Part::text("p", SECRET);
    assert_hidden("Part", &format!("{part:?}"));
}

#[tokio::test]
async fn errors_hide_credentials_sent_and_received() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(
            ResponseTemplate::new(401)
                .insert_header("set-cookie", format!("session={SECRET}").as_str())
                .insert_header("x-api-key", SECRET)
                .set_body_string("bad credentials"),
        )
        .mount(&server)
        .await;
    let c = client(config(&server).credential("bearer", rt::Credential::bearer(SECRET)));
    let err = c
        .send::<()>(with_security(get("/t"), &[&["bearer"]]))
        .await
        .unwrap_err();
    let shown = format!("{err} | {err:?} | {err:#?}");
    assert_hidden("Api error", &shown);
    assert!(
        shown.contains("set-cookie") && shown.contains("[redacted]"),
        "{shown}"
    );
    let rt::Error::Api(api) = &err else { panic!() };
    assert_hidden("ApiError", &format!("{api:?} {api}"));
}

#[tokio::test]
async fn transport_errors_do_not_show_query_string_keys() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cfg = all_credentials()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry(rt::RetryPolicy::none())
        .pool_idle_timeout(None);
    let c = rt::Client::new(cfg, &common::API).unwrap();
    let err = c
        .send::<()>(with_security(get("/t"), &[&["query_key"]]))
        .await
        .unwrap_err();
    assert!(
        matches!(err, rt::Error::Transport { connect: true, .. }),
        "{err:?}"
    );
    let source = std::error::Error::source(&err)
        .map(|s| format!("{s} {s:?}"))
        .unwrap_or_default();
    assert_hidden("Transport error", &format!("{err} {err:?} {source}"));
}

#[tokio::test]
async fn token_errors_hide_client_secret() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(500).set_body_string(SECRET))
        .mount(&server)
        .await;
    let c = client(
        config(&server)
            .retry(rt::RetryPolicy::none())
            .credential("cc", rt::Credential::client_credentials("cid", SECRET)),
    );
    let err = c
        .send::<()>(with_security(get("/t"), &[&["cc"]]))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(500));
    assert_hidden("Auth error", &format!("{err} {err:?}"));
}
