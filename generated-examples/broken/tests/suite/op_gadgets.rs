//! Requests and responses of the operations in `src/operations/gadgets.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn get_gadget() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/gadgets/p-id",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{}",
        )
        .await;
    common::sent(
        "GET /gadgets/{id}",
        client.get_gadget(common::sample::<String>("\"p-id\"")).send().await,
    );
}
