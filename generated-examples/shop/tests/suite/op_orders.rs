//! Requests and responses of the operations in `src/operations/orders.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn create_order() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/orders",
            &[],
            &[("content-type", "application/json"), ("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"customer\":\"response-customer\",\"items\":[{\"product\":\"response-items-product\",\"quantity\":1}],\"note\":1,\"created\":1,\"updated\":1,\"id\":\"response-id\",\"state\":\"open\",\"delivery\":{\"from\":\"2024-01-02\",\"to\":\"2024-01-02\"},\"buyer\":{\"id\":\"response-buyer-id\",\"email\":\"response-buyer-email\"},\"receipt\":\"response-receipt\"}",
        )
        .await;
    common::sent(
        "POST /orders",
        client
            .create_order(
                common::sample::<
                    crate::types::NewOrder,
                >(
                    "{\"customer\":\"body-customer\",\"items\":[{\"product\":\"body-items-product\",\"quantity\":1}],\"note\":1}",
                ),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn create_order_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/orders",
            &[],
            &[],
            418u16,
            "application/json",
            "{\"message\":\"error-message\",\"code\":\"error-code\",\"file\":{\"id\":\"error-file-id\",\"size\":1,\"purpose\":\"error-file-purpose\"}}",
        )
        .await;
    let err = client
        .create_order(
            common::sample::<
                crate::types::NewOrder,
            >(
                "{\"customer\":\"body-customer\",\"items\":[{\"product\":\"body-items-product\",\"quantity\":1}],\"note\":1}",
            ),
        )
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shop::operations::CreateOrderError::Status4XX(..))), "{err:?}"
    );
}
#[tokio::test]
async fn get_order_payment() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/orders/1/payment",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"object\":\"card\",\"last4\":\"response-last4\"}",
        )
        .await;
    common::sent(
        "GET /orders/{order_id}/payment",
        client.get_order_payment(common::sample::<i64>("1")).send().await,
    );
}
#[tokio::test]
async fn set_order_payment() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "PUT",
            "/orders/1/payment",
            &[],
            &[("content-type", "application/json"), ("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"method\":\"card\",\"token\":\"response-token\"}",
        )
        .await;
    common::sent(
        "PUT /orders/{order_id}/payment",
        client
            .set_order_payment(
                common::sample::<i64>("1"),
                common::sample::<
                    crate::types::PaymentChoice,
                >("{\"method\":\"card\",\"token\":\"body-token\"}"),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn get_order_event() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/orders/1/events/p-event-id",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"type\":\"order_placed\",\"total\":1}",
        )
        .await;
    common::sent(
        "GET /orders/{order_id}/events/{event_id}",
        client
            .get_order_event(
                common::sample::<i64>("1"),
                common::sample::<String>("\"p-event-id\""),
            )
            .send()
            .await,
    );
}
