//! Requests and responses of the operations in `src/operations/cycles.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn get_cycles() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/cycles",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"loop\":{},\"merged\":{},\"fine\":1}",
        )
        .await;
    common::sent("GET /cycles", client.get_cycles().send().await);
}
