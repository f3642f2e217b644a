//! Requests and responses of the operations in `src/operations/link_header.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_repos() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/link/repos",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "[{\"id\":\"response-id\",\"name\":\"response-name\"}]",
        )
        .await;
    common::sent("GET /link/repos", client.list_repos().send().await);
}
#[tokio::test]
async fn list_repos_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/link/repos",
            common::PageMatch::First,
            "[{\"id\":\"i1\",\"name\":\"item-1-name\"}]",
            "</link/repos?apitap_page=2>; rel=\"next\"",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/link/repos",
            common::PageMatch::Query("apitap_page", "2"),
            "[{\"id\":\"i2\",\"name\":\"item-2-name\"}]",
            "</link/repos?apitap_page=3>; rel=\"next\"",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/link/repos",
            common::PageMatch::Query("apitap_page", "3"),
            "[{\"id\":\"i3\",\"name\":\"item-3-name\"}]",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_repos().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
