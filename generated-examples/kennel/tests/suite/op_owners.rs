//! Requests and responses of the operations in `src/operations/owners.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn get_owner() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/owners/p-owner-id",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"pets\":[{\"id\":\"response-pets-id\",\"name\":\"response-pets-name\",\"kind\":\"dog\"}]}",
        )
        .await;
    common::sent(
        "GET /owners/{owner_id}",
        client.get_owner(common::sample::<String>("\"p-owner-id\"")).send().await,
    );
}
