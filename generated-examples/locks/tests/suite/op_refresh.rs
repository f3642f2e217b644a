//! Requests and responses of the operations in `src/operations/refresh.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
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
    common::sent("GET /refresh", client.with_refresh_token().send().await);
}
