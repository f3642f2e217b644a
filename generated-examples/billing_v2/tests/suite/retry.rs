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
    wiremock::Mock::given(wiremock::matchers::path("/charges"))
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
            "/charges",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\",\"amount\":1.5,\"currency\":\"response-data-currency\",\"status\":\"pending\",\"created_at\":\"2024-01-02T03:04:05Z\",\"updated_at\":\"2024-01-02T03:04:05Z\"}],\"has_more\":true}",
        )
        .await;
    client.list_charges().send().await.expect("succeeds after one retry");
    assert_eq!(client.runtime().metrics().retries, 1);
}
