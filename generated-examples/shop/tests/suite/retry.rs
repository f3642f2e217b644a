//! Retries: a 429 with `Retry-After: 0` is retried and the request then succeeds.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn retries_after_429() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    wiremock::Mock::given(wiremock::matchers::path("/products"))
        .respond_with(
            wiremock::ResponseTemplate::new(429).insert_header("retry-after", "0"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    common::expect(
            &server,
            "GET",
            "/products",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"prod_1\",\"name\":\"Mug\",\"status\":\"active\",\"price\":{\"amount\":1200,\"currency\":\"eur\"},\"type\":\"physical\",\"created\":1700000000}],\"has_more\":false}",
        )
        .await;
    client.list_products().send().await.expect("succeeds after one retry");
    assert_eq!(client.runtime().metrics().retries, 1);
}
