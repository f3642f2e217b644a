//! Requests and responses of the operations in `src/operations/untagged.rs`.
#![allow(unused_imports)]
mod common;
use apitap_runtime::codegen as rt;
/// The crate's types, where the type paths in these tests look for them.
mod types {
    pub use shop::types::*;
}
#[tokio::test]
async fn health() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/health", &[], &[], 200u16, "text/plain", "text")
        .await;
    client.health().send().await.expect("GET /health");
}
