//! Requests and responses of the operations in `src/operations/last_item_id.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_customers() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/last-id/customers",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"object\":\"list\",\"data\":[{\"id\":\"response-data-id\"}],\"has_more\":true}",
        )
        .await;
    common::sent("GET /last-id/customers", client.list_customers().send().await);
}
#[tokio::test]
async fn list_customers_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/customers",
            common::PageMatch::First,
            "{\"object\":\"list\",\"data\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/customers",
            common::PageMatch::Query("starting_after", "i1"),
            "{\"object\":\"list\",\"data\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/customers",
            common::PageMatch::Query("starting_after", "i2"),
            "{\"object\":\"list\",\"data\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"has_more\":false}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_customers().items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn list_batches() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/last-id/batches",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"data\":[{\"batch_id\":\"123e4567-e89b-12d3-a456-426614174000\"}],\"last_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"has_more\":true}",
        )
        .await;
    common::sent("GET /last-id/batches", client.list_batches().send().await);
}
#[tokio::test]
async fn list_batches_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/batches",
            common::PageMatch::First,
            "{\"data\":[{\"batch_id\":\"123e4567-e89b-12d3-a456-000000000001\",\"status\":\"item-1-status\"}],\"last_id\":\"123e4567-e89b-12d3-a456-000000000001\",\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/batches",
            common::PageMatch::Query("after", "123e4567-e89b-12d3-a456-000000000001"),
            "{\"data\":[{\"batch_id\":\"123e4567-e89b-12d3-a456-000000000002\",\"status\":\"item-2-status\"}],\"last_id\":\"123e4567-e89b-12d3-a456-000000000002\",\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/last-id/batches",
            common::PageMatch::Query("after", "123e4567-e89b-12d3-a456-000000000002"),
            "{\"data\":[{\"batch_id\":\"123e4567-e89b-12d3-a456-000000000003\",\"status\":\"item-3-status\"}],\"last_id\":\"123e4567-e89b-12d3-a456-000000000003\",\"has_more\":false}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_batches().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
