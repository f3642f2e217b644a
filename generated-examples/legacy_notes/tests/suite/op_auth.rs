//! Requests and responses of the operations in `src/operations/auth.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn login() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/login",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"token\":\"response-token\"}",
        )
        .await;
    common::sent(
        "POST /login",
        client
            .login(
                common::sample::<
                    crate::types::LoginBody,
                >(
                    "{\"user\":\"body-user\",\"remember\":true,\"scopes\":[\"body-scopes\"],\"devices\":[\"body-devices\"]}",
                ),
            )
            .send()
            .await,
    );
}
