//! Requests and responses of the operations in `src/operations/products.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_products() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/products",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"products\":[{\"id\":\"response-products-id\",\"name\":\"response-products-name\"}],\"total\":1}",
        )
        .await;
    common::sent("GET /products", client.list_products().send().await);
}
#[tokio::test]
async fn list_products_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/products",
            common::PageMatch::First,
            "{\"products\":[{\"id\":\"i1\",\"name\":\"item-1-name\",\"tags\":[\"item-1-tags\"]}],\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/products",
            common::PageMatch::Query("offset", "1"),
            "{\"products\":[{\"id\":\"i2\",\"name\":\"item-2-name\",\"tags\":[\"item-2-tags\"]}],\"total\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/products",
            common::PageMatch::Query("offset", "2"),
            "{\"products\":[{\"id\":\"i3\",\"name\":\"item-3-name\",\"tags\":[\"item-3-tags\"]}],\"total\":3}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_products().items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
