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
