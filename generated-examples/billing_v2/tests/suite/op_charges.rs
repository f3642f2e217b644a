//! Requests and responses of the operations in `src/operations/charges.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_charges() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/charges",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\",\"amount\":1.5,\"currency\":\"response-data-currency\",\"status\":\"pending\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\"}],\"has_more\":true}",
        )
        .await;
    common::sent("GET /charges", client.list_charges().send().await);
}
#[tokio::test]
async fn list_charges_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/charges",
            common::PageMatch::First,
            "{\"data\":[{\"id\":\"i1\",\"amount\":1.5,\"currency\":\"item-1-currency\",\"description\":\"item-1-description\",\"status\":\"pending\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\",\"card\":{\"brand\":\"item-1-card-brand\",\"last4\":\"item-1-card-last4\"},\"outcome\":{\"risk_level\":\"item-1-outcome-risk_level\",\"network_status\":\"item-1-outcome-network_status\"},\"refunds\":[{\"id\":\"item-1-refunds-id\",\"amount\":1}],\"disputes\":[{\"id\":\"item-1-disputes-id\",\"reason\":\"item-1-disputes-reason\"}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/charges",
            common::PageMatch::Query("starting_after", "i1"),
            "{\"data\":[{\"id\":\"i2\",\"amount\":1.5,\"currency\":\"item-2-currency\",\"description\":\"item-2-description\",\"status\":\"pending\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\",\"card\":{\"brand\":\"item-2-card-brand\",\"last4\":\"item-2-card-last4\"},\"outcome\":{\"risk_level\":\"item-2-outcome-risk_level\",\"network_status\":\"item-2-outcome-network_status\"},\"refunds\":[{\"id\":\"item-2-refunds-id\",\"amount\":1}],\"disputes\":[{\"id\":\"item-2-disputes-id\",\"reason\":\"item-2-disputes-reason\"}]}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/charges",
            common::PageMatch::Query("starting_after", "i2"),
            "{\"data\":[{\"id\":\"i3\",\"amount\":1.5,\"currency\":\"item-3-currency\",\"description\":\"item-3-description\",\"status\":\"pending\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\",\"card\":{\"brand\":\"item-3-card-brand\",\"last4\":\"item-3-card-last4\"},\"outcome\":{\"risk_level\":\"item-3-outcome-risk_level\",\"network_status\":\"item-3-outcome-network_status\"},\"refunds\":[{\"id\":\"item-3-refunds-id\",\"amount\":1}],\"disputes\":[{\"id\":\"item-3-disputes-id\",\"reason\":\"item-3-disputes-reason\"}]}],\"has_more\":false}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_charges().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
