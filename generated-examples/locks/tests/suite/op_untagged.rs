//! Requests and responses of the operations in `src/operations/untagged.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn with_query_key() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/query-key",
            &[("api_key", "test-key")],
            &[],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_query_key().send().await.expect("GET /query-key");
}
#[tokio::test]
async fn with_query_key_error() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/query-key",
            &[],
            &[],
            401u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    let err = client
        .with_query_key()
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(locks::operations::WithQueryKeyError::Status401(..))), "{err:?}"
    );
}
#[tokio::test]
async fn with_cookie_key() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/cookie-key",
            &[],
            &[("cookie", "sid=test-key")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_cookie_key().send().await.expect("GET /cookie-key");
}
#[tokio::test]
async fn with_refresh_token() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/refresh",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_refresh_token().send().await.expect("GET /refresh");
}
#[tokio::test]
async fn with_open_id_connect() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/oidc",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_open_id_connect().send().await.expect("GET /oidc");
}
#[tokio::test]
async fn with_header_and_query_keys() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/both",
            &[("api_key", "test-key")],
            &[("x-key", "test-key")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_header_and_query_keys().send().await.expect("GET /both");
}
#[tokio::test]
async fn with_optional_key() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/optional",
            &[],
            &[("x-key", "test-key")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    client.with_optional_key().send().await.expect("GET /optional");
}
