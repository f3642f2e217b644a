//! Requests and responses of the operations in `src/operations/plans.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_plans() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/plans",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"plans\":[{\"id\":\"response-plans-id\",\"name\":\"response-plans-name\",\"amount\":1}],\"total_pages\":1}",
        )
        .await;
    common::sent("GET /plans", client.list_plans().send().await);
}
#[tokio::test]
async fn list_plans_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/plans",
            common::PageMatch::First,
            "{\"plans\":[{\"id\":\"i1\",\"name\":\"item-1-name\",\"amount\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/plans",
            common::PageMatch::Query("page", "2"),
            "{\"plans\":[{\"id\":\"i2\",\"name\":\"item-2-name\",\"amount\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/plans",
            common::PageMatch::Query("page", "3"),
            "{\"plans\":[{\"id\":\"i3\",\"name\":\"item-3-name\",\"amount\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_plans().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
