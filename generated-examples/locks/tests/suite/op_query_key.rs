//! Requests and responses of the operations in `src/operations/query_key.rs`.
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
    common::sent("GET /query-key", client.with_query_key().send().await);
}
#[tokio::test]
async fn with_query_key_error() {
    if common::conformance_url().is_some() {
        return;
    }
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
