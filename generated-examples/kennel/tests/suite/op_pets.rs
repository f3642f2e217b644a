//! Requests and responses of the operations in `src/operations/pets.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_pets() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/pets",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "[{\"id\":\"response-id\",\"name\":\"response-name\",\"kind\":\"dog\",\"nickname\":\"response-nickname\",\"age\":1,\"version\":3}]",
        )
        .await;
    common::sent("GET /pets", client.list_pets().send().await);
}
#[tokio::test]
async fn get_pet() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/pets/p-pet-id",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"name\":\"response-name\",\"kind\":\"dog\",\"nickname\":\"response-nickname\",\"age\":1,\"owner\":{\"id\":\"response-owner-id\"},\"version\":3,\"details\":{\"barks\":true}}",
        )
        .await;
    common::sent(
        "GET /pets/{pet_id}",
        client.get_pet(common::sample::<String>("\"p-pet-id\"")).send().await,
    );
}
#[tokio::test]
async fn get_pet_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/pets/p-pet-id",
            &[],
            &[],
            404u16,
            "application/json",
            "{\"title\":\"error-title\",\"status\":1}",
        )
        .await;
    let err = client
        .get_pet(common::sample::<String>("\"p-pet-id\""))
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(), Some(kennel::operations::GetPetError::Status404(..))),
        "{err:?}"
    );
}
