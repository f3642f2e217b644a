//! Requests and responses of the operations in `src/operations/next_url.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_calls() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/next-url/calls",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"calls\":[{\"id\":\"response-calls-id\"}],\"next_page_uri\":\"response-next_page_uri\"}",
        )
        .await;
    common::sent("GET /next-url/calls", client.list_calls().send().await);
}
#[tokio::test]
async fn list_calls_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/calls",
            common::PageMatch::First,
            "{\"calls\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"next_page_uri\":\"/next-url/calls?apitap_page=2\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/calls",
            common::PageMatch::Query("apitap_page", "2"),
            "{\"calls\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"next_page_uri\":\"/next-url/calls?apitap_page=3\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/calls",
            common::PageMatch::Query("apitap_page", "3"),
            "{\"calls\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"next_page_uri\":null}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_calls().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn list_droplets() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/next-url/droplets",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"droplets\":[{\"id\":\"response-droplets-id\"}],\"links\":{}}",
        )
        .await;
    common::sent("GET /next-url/droplets", client.list_droplets().send().await);
}
#[tokio::test]
async fn list_droplets_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/droplets",
            common::PageMatch::First,
            "{\"droplets\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"links\":{\"pages\":{\"next\":\"/next-url/droplets?apitap_page=2\"}}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/droplets",
            common::PageMatch::Query("apitap_page", "2"),
            "{\"droplets\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"links\":{\"pages\":{\"next\":\"/next-url/droplets?apitap_page=3\"}}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/next-url/droplets",
            common::PageMatch::Query("apitap_page", "3"),
            "{\"droplets\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"links\":{}}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_droplets().items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
