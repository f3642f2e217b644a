//! Requests and responses of the operations in `src/operations/cookie_key.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
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
    common::sent("GET /cookie-key", client.with_cookie_key().send().await);
}
