//! Requests and responses of the operations in `src/operations/reports.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_reports() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/reports",
            &[("account", "account")],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"reports\":[{\"id\":\"response-reports-id\"}],\"total_pages\":1}",
        )
        .await;
    common::sent(
        "GET /reports",
        client.list_reports(common::sample::<String>("\"account\"")).send().await,
    );
}
#[tokio::test]
async fn list_reports_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/reports",
            common::PageMatch::First,
            "{\"reports\":[{\"id\":\"i1\",\"title\":\"item-1-title\"}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/reports",
            common::PageMatch::Query("page", "2"),
            "{\"reports\":[{\"id\":\"i2\",\"title\":\"item-2-title\"}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/reports",
            common::PageMatch::Query("page", "3"),
            "{\"reports\":[{\"id\":\"i3\",\"title\":\"item-3-title\"}],\"total_pages\":3}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_reports(common::sample::<String>("\"account\"")).items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
