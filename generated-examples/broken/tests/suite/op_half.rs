//! Requests and responses of the operations in `src/operations/half.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn delete_half() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "DELETE",
            "/half",
            &[],
            &[("authorization", "Bearer test-token")],
            204u16,
            "",
            "",
        )
        .await;
    common::sent("DELETE /half", client.delete_half().send().await);
}
