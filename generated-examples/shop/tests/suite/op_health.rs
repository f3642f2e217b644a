//! Requests and responses of the operations in `src/operations/health.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn health() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/health", &[], &[], 200u16, "text/plain", "text")
        .await;
    common::sent("GET /health", client.health().send().await);
}
