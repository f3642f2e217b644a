//! Requests and responses of the operations in `src/operations/events.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_events() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/events",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"events\":[{\"id\":\"response-events-id\",\"type\":\"response-events-type\",\"created\":1}],\"next_cursor\":\"response-next_cursor\"}",
        )
        .await;
    common::sent("GET /events", client.list_events().send().await);
}
#[tokio::test]
async fn list_events_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/events",
            common::PageMatch::First,
            "{\"events\":[{\"id\":\"i1\",\"type\":\"item-1-type\",\"created\":1}],\"next_cursor\":\"c2\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/events",
            common::PageMatch::Query("cursor", "c2"),
            "{\"events\":[{\"id\":\"i2\",\"type\":\"item-2-type\",\"created\":1}],\"next_cursor\":\"c3\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/events",
            common::PageMatch::Query("cursor", "c3"),
            "{\"events\":[{\"id\":\"i3\",\"type\":\"item-3-type\",\"created\":1}],\"next_cursor\":null}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_events().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
