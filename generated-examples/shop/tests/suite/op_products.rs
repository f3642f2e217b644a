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
            "{\"data\":[{\"id\":\"prod_1\",\"name\":\"Mug\",\"status\":\"active\",\"price\":{\"amount\":1200,\"currency\":\"eur\"},\"type\":\"physical\",\"created\":1700000000}],\"has_more\":false}",
        )
        .await;
    common::sent("GET /products", client.list_products().send().await);
}
#[tokio::test]
async fn list_products_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/products",
            &[],
            &[],
            400u16,
            "application/json",
            "{\"message\":\"error-message\",\"code\":\"error-code\",\"file\":{\"id\":\"error-file-id\",\"size\":1,\"purpose\":\"error-file-purpose\"}}",
        )
        .await;
    let err = client
        .list_products()
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shop::operations::ListProductsError::Status400(..))), "{err:?}"
    );
}
#[tokio::test]
async fn create_product() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/products",
            &[],
            &[("authorization", "Bearer test-token")],
            201u16,
            "application/json",
            "{\"id\":\"response-id\",\"name\":\"response-name\",\"status\":\"active\",\"type\":\"physical\",\"self\":\"response-self\",\"price\":{\"amount\":1,\"currency\":\"response-price-currency\"},\"weight_grams\":1.5,\"stock\":1,\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"attributes\":{},\"category\":{\"name\":\"response-category-name\"},\"2fa-required\":true,\"+1\":1,\"@odata.etag\":\"response-@odata.etag\"}",
        )
        .await;
    common::sent(
        "POST /products",
        client
            .create_product(
                common::sample::<
                    crate::types::CreateProductBody,
                >(
                    "{\"name\":\"body-name\",\"metadata\":{},\"tags\":[\"body-tags\"],\"price\":{\"amount\":1,\"currency\":\"body-price-currency\"},\"labels\":[\"body-labels\"]}",
                ),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn create_product_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/products",
            &[],
            &[],
            422u16,
            "application/json",
            "{\"message\":\"error-message\",\"fields\":{}}",
        )
        .await;
    let err = client
        .create_product(
            common::sample::<
                crate::types::CreateProductBody,
            >(
                "{\"name\":\"body-name\",\"metadata\":{},\"tags\":[\"body-tags\"],\"price\":{\"amount\":1,\"currency\":\"body-price-currency\"},\"labels\":[\"body-labels\"]}",
            ),
        )
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shop::operations::CreateProductError::Status422(..))), "{err:?}"
    );
}
#[tokio::test]
async fn get_product() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/products/p-product-id",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"name\":\"response-name\",\"status\":\"active\",\"type\":\"physical\",\"self\":\"response-self\",\"price\":{\"amount\":1,\"currency\":\"response-price-currency\"},\"weight_grams\":1.5,\"stock\":1,\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"attributes\":{},\"category\":{\"name\":\"response-category-name\"},\"2fa-required\":true,\"+1\":1,\"@odata.etag\":\"response-@odata.etag\"}",
        )
        .await;
    common::sent(
        "GET /products/{product_id}",
        client.get_product(common::sample::<String>("\"p-product-id\"")).send().await,
    );
}
#[tokio::test]
async fn get_product_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/products/p-product-id",
            &[],
            &[],
            404u16,
            "application/json",
            "{\"message\":\"error-message\",\"code\":\"error-code\",\"file\":{\"id\":\"error-file-id\",\"size\":1,\"purpose\":\"error-file-purpose\"}}",
        )
        .await;
    let err = client
        .get_product(common::sample::<String>("\"p-product-id\""))
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shop::operations::GetProductError::Status404(..))), "{err:?}"
    );
}
#[tokio::test]
async fn replace_product() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "PUT",
            "/products/p-product-id",
            &[],
            &[("content-type", "application/json"), ("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"name\":\"response-name\",\"status\":\"active\",\"type\":\"physical\",\"self\":\"response-self\",\"price\":{\"amount\":1,\"currency\":\"response-price-currency\"},\"weight_grams\":1.5,\"stock\":1,\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"attributes\":{},\"category\":{\"name\":\"response-category-name\"},\"2fa-required\":true,\"+1\":1,\"@odata.etag\":\"response-@odata.etag\"}",
        )
        .await;
    common::sent(
        "PUT /products/{product_id}",
        client
            .replace_product(
                common::sample::<String>("\"p-product-id\""),
                common::sample::<
                    crate::types::Product,
                >(
                    "{\"id\":\"body-id\",\"name\":\"body-name\",\"status\":\"active\",\"type\":\"physical\",\"self\":\"body-self\",\"price\":{\"amount\":1,\"currency\":\"body-price-currency\"},\"weight_grams\":1.5,\"stock\":1,\"created\":1,\"updated_at\":\"2024-01-02T03:04:05Z\",\"attributes\":{},\"category\":{\"name\":\"body-category-name\"},\"2fa-required\":true,\"+1\":1,\"@odata.etag\":\"body-@odata.etag\"}",
                ),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn delete_product() {
    let (server, client) = common::setup().await;
    common::expect(&server, "DELETE", "/products/p-product-id", &[], &[], 204u16, "", "")
        .await;
    common::sent(
        "DELETE /products/{product_id}",
        client.delete_product(common::sample::<String>("\"p-product-id\"")).send().await,
    );
}
