//! Requests and responses of the operations in `src/operations/optional.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
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
    common::sent("GET /optional", client.with_optional_key().send().await);
}
