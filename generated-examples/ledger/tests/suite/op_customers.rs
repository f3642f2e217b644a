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
            "{\"data\":[{\"id\":\"response-data-id\",\"name\":\"response-data-name\",\"updated\":1}],\"has_more\":true}",
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
            "{\"data\":[{\"id\":\"i1\",\"name\":\"item-1-name\",\"email\":\"item-1-email\",\"updated\":1}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers",
            common::PageMatch::Query("starting_after", "i1"),
            "{\"data\":[{\"id\":\"i2\",\"name\":\"item-2-name\",\"email\":\"item-2-email\",\"updated\":1}],\"has_more\":true}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers",
            common::PageMatch::Query("starting_after", "i2"),
            "{\"data\":[{\"id\":\"i3\",\"name\":\"item-3-name\",\"email\":\"item-3-email\",\"updated\":1}],\"has_more\":false}",
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
#[tokio::test]
async fn list_customer_invoices() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/customers/p-customer/invoices",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\",\"amount\":1,\"created\":1}],\"total_pages\":1}",
        )
        .await;
    common::sent(
        "GET /customers/{customer}/invoices",
        client
            .list_customer_invoices(common::sample::<String>("\"p-customer\""))
            .send()
            .await,
    );
}
#[tokio::test]
async fn list_customer_invoices_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices",
            common::PageMatch::First,
            "{\"data\":[{\"id\":\"i1\",\"amount\":1,\"status\":\"draft\",\"created\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices",
            common::PageMatch::Query("page", "2"),
            "{\"data\":[{\"id\":\"i2\",\"amount\":1,\"status\":\"draft\",\"created\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices",
            common::PageMatch::Query("page", "3"),
            "{\"data\":[{\"id\":\"i3\",\"amount\":1,\"status\":\"draft\",\"created\":1}],\"total_pages\":3}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client
                .list_customer_invoices(common::sample::<String>("\"p-customer\""))
                .items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn list_invoice_lines() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/customers/p-customer/invoices/p-invoice/lines",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"lines\":[{\"id\":\"response-lines-id\",\"quantity\":1}],\"next\":\"response-next\"}",
        )
        .await;
    common::sent(
        "GET /customers/{customer}/invoices/{invoice}/lines",
        client
            .list_invoice_lines(
                common::sample::<String>("\"p-customer\""),
                common::sample::<String>("\"p-invoice\""),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn list_invoice_lines_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices/p-invoice/lines",
            common::PageMatch::First,
            "{\"lines\":[{\"id\":\"i1\",\"sku\":\"item-1-sku\",\"quantity\":1}],\"next\":\"/customers/p-customer/invoices/p-invoice/lines?apitap_page=2\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices/p-invoice/lines",
            common::PageMatch::Query("apitap_page", "2"),
            "{\"lines\":[{\"id\":\"i2\",\"sku\":\"item-2-sku\",\"quantity\":1}],\"next\":\"/customers/p-customer/invoices/p-invoice/lines?apitap_page=3\"}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/customers/p-customer/invoices/p-invoice/lines",
            common::PageMatch::Query("apitap_page", "3"),
            "{\"lines\":[{\"id\":\"i3\",\"sku\":\"item-3-sku\",\"quantity\":1}],\"next\":null}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client
                .list_invoice_lines(
                    common::sample::<String>("\"p-customer\""),
                    common::sample::<String>("\"p-invoice\""),
                )
                .items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
