//! Requests and responses of the operations in `src/operations/orders.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_orders() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/orders",
            &[],
            &[("x-key", "test-key")],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\",\"status\":\"open\",\"created\":1,\"lines\":[{\"sku\":\"response-data-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
        )
        .await;
    common::sent("GET /orders", client.list_orders().send().await);
}
#[tokio::test]
async fn list_orders_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/orders",
            common::PageMatch::First,
            "{\"data\":[{\"id\":\"i1\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-1-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-1-customer\",\"shipping\":{\"name\":\"item-1-shipping-name\"},\"lines\":[{\"sku\":\"item-1-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/orders",
            common::PageMatch::Query("starting_after", "i1"),
            "{\"data\":[{\"id\":\"i2\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-2-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-2-customer\",\"shipping\":{\"name\":\"item-2-shipping-name\"},\"lines\":[{\"sku\":\"item-2-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/orders",
            common::PageMatch::Query("starting_after", "i2"),
            "{\"data\":[{\"id\":\"i3\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-3-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-3-customer\",\"shipping\":{\"name\":\"item-3-shipping-name\"},\"lines\":[{\"sku\":\"item-3-lines-sku\",\"quantity\":1}]}],\"has_more\":false}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_orders().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn list_returns() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/returns",
            &[],
            &[("x-key", "test-key")],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\",\"status\":\"open\",\"created\":1,\"lines\":[{\"sku\":\"response-data-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
        )
        .await;
    common::sent("GET /returns", client.list_returns().send().await);
}
#[tokio::test]
async fn list_returns_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/returns",
            common::PageMatch::First,
            "{\"data\":[{\"id\":\"i1\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-1-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-1-customer\",\"shipping\":{\"name\":\"item-1-shipping-name\"},\"lines\":[{\"sku\":\"item-1-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/returns",
            common::PageMatch::Query("starting_after", "i1"),
            "{\"data\":[{\"id\":\"i2\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-2-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-2-customer\",\"shipping\":{\"name\":\"item-2-shipping-name\"},\"lines\":[{\"sku\":\"item-2-lines-sku\",\"quantity\":1}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/returns",
            common::PageMatch::Query("starting_after", "i2"),
            "{\"data\":[{\"id\":\"i3\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"item-3-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"item-3-customer\",\"shipping\":{\"name\":\"item-3-shipping-name\"},\"lines\":[{\"sku\":\"item-3-lines-sku\",\"quantity\":1}]}],\"has_more\":false}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_returns().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn get_order() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/orders/p-id",
            &[],
            &[("x-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"status\":\"open\",\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"total\":1.5,\"paid\":true,\"tags\":[\"response-tags\"],\"metadata\":{},\"reference\":1,\"payload\":{\"a\":1},\"customer\":\"response-customer\",\"shipping\":{\"name\":\"response-shipping-name\"},\"lines\":[{\"sku\":\"response-lines-sku\",\"quantity\":1}]}",
        )
        .await;
    common::sent(
        "GET /orders/{id}",
        client.get_order(common::sample::<String>("\"p-id\"")).send().await,
    );
}
