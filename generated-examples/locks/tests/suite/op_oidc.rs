//! Requests and responses of the operations in `src/operations/oidc.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
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
    common::sent("GET /oidc", client.with_open_id_connect().send().await);
}
