//! Requests and responses of the operations in `src/operations/page_number.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_tickets() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/pages/tickets",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"tickets\":[{\"id\":\"response-tickets-id\"}],\"meta\":{\"total_pages\":1}}",
        )
        .await;
    common::sent("GET /pages/tickets", client.list_tickets().send().await);
}
#[tokio::test]
async fn list_tickets_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/pages/tickets",
            common::PageMatch::First,
            "{\"tickets\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"meta\":{\"total_pages\":3}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/pages/tickets",
            common::PageMatch::Query("page", "2"),
            "{\"tickets\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"meta\":{\"total_pages\":3}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/pages/tickets",
            common::PageMatch::Query("page", "3"),
            "{\"tickets\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"meta\":{\"total_pages\":3}}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_tickets().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
