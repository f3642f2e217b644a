//! The client generated in build.rs sends what the spec declares and decodes what it answers.

use apitap_build_example as shop;
use apitap_runtime::codegen as rt;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> shop::Client {
    let config = rt::Config::new()
        .base_url(server.uri())
        .credential("apiKey", rt::Credential::api_key("test-key"));
    shop::Client::new(config).expect("configuration")
}

#[tokio::test]
async fn a_product_is_fetched_and_decoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products/p-1"))
        .and(header("x-api-key", "test-key"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"id":"p-1","name":"Lamp","status":"active","type":"physical","price":{"amount":1250,"currency":"EUR"}}"#,
            "application/json",
        ))
        .expect(1)
        .mount(&server)
        .await;
    let product = client(&server)
        .get_product("p-1")
        .send()
        .await
        .expect("a product");
    assert_eq!(product.id, "p-1");
    assert_eq!(product.name, "Lamp");
    assert_eq!(product.status, shop::types::ProductStatus::Active);
    assert_eq!(product.price.expect("a price").amount, 1250);
}

#[tokio::test]
async fn a_documented_error_is_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_raw(
            r#"{"message":"no such product","code":"not_found"}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let err = client(&server)
        .get_product("missing")
        .send()
        .await
        .expect_err("404 is an error");
    assert!(err.to_string().contains("404"), "{err}");
}

#[tokio::test]
async fn every_group_is_compiled_and_lists_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"data":[{"id":"p-1","name":"Lamp","status":"active","type":"physical"}],"has_more":false}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let page = client(&server)
        .list_products()
        .limit(2)
        .send()
        .await
        .expect("a page");
    assert_eq!(page.data.len(), 1);
}
