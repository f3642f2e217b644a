//! Requests and responses of the operations in `src/operations/customers.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_customers() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/customers",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"customers\":[{\"id\":\"response-customers-id\",\"name\":\"response-customers-name\",\"created_at\":\"2024-01-02T03:04:05Z\"}],\"total\":1}",
        )
        .await;
    common::sent("GET /customers", client.list_customers().send().await);
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
            "/customers",
            common::PageMatch::First,
            "{\"customers\":[{\"id\":\"i1\",\"name\":\"item-1-name\",\"email\":\"item-1-email\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\"}],\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers",
            common::PageMatch::Query("offset", "1"),
            "{\"customers\":[{\"id\":\"i2\",\"name\":\"item-2-name\",\"email\":\"item-2-email\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\"}],\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers",
            common::PageMatch::Query("offset", "2"),
            "{\"customers\":[{\"id\":\"i3\",\"name\":\"item-3-name\",\"email\":\"item-3-email\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\"}],\"total\":3}",
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
