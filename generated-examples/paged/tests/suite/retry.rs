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
    wiremock::Mock::given(wiremock::matchers::path("/cursor/events"))
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
            "/cursor/events",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"events\":[{\"id\":\"response-events-id\"}],\"response_metadata\":{\"next_cursor\":\"response-response_metadata-next_cursor\"}}",
        )
        .await;
    client.list_events_cursor().send().await.expect("succeeds after one retry");
    assert_eq!(client.runtime().metrics().retries, 1);
}
