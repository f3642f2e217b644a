//! Requests and responses of the operations in `src/operations/both.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
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
    common::sent("GET /both", client.with_header_and_query_keys().send().await);
}
