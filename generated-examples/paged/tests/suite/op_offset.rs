//! Requests and responses of the operations in `src/operations/offset.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_incidents() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/offset/incidents",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"incidents\":[{\"id\":\"response-incidents-id\"}],\"more\":true,\"total\":1}",
        )
        .await;
    common::sent("GET /offset/incidents", client.list_incidents().send().await);
}
#[tokio::test]
async fn list_incidents_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/offset/incidents",
            common::PageMatch::First,
            "{\"incidents\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"more\":true,\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/offset/incidents",
            common::PageMatch::Query("offset", "1"),
            "{\"incidents\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"more\":true,\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/offset/incidents",
            common::PageMatch::Query("offset", "2"),
            "{\"incidents\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"more\":false,\"total\":3}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_incidents().items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
