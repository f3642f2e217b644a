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
    wiremock::Mock::given(
            wiremock::matchers::path("/accounts/acct_35dM99HyIiUzeLoN/orders"),
        )
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
            "/accounts/acct_35dM99HyIiUzeLoN/orders",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"ord_zh8tdwql2e\",\"number\":1000,\"total\":6.0,\"email\":\"someone@example.com\",\"site\":\"https://example.com/x\",\"placed\":\"2024-01-02T03:04:05Z\",\"codes\":[\"sd145354\",\"cu072554\"],\"kind\":\"retail\",\"version\":2,\"retired\":null,\"extension\":\"none\",\"days\":\"2024-01-02\",\"shipping\":{\"carrier\":\"response-data-shipping-carrier\"},\"amount\":1.5,\"grouping\":{\"type\":\"response-data-grouping-type\",\"id\":\"response-data-grouping-id\"},\"cache\":{\"name\":\"response-data-cache-name\",\"configuration\":{\"type\":\"recent_value\",\"source\":\"response-data-cache-configuration-source\"}}}],\"has_more\":true}",
        )
        .await;
    client
        .list_orders(
            common::sample::<String>("\"acct_35dM99HyIiUzeLoN\""),
            common::sample::<String>("\"2024-01-02T03:04:05Z\""),
            common::sample::<String>("\"2024-01-02\""),
            common::sample::<i64>("10"),
            common::sample::<f64>("2.0"),
            common::sample::<crate::types::ListOrdersStatus>("\"open\""),
            common::sample::<String>("\"codexxxxxxxx\""),
            common::sample::<String>("\"sho\""),
            common::sample::<String>("\"GKT-0825\""),
            common::sample::<String>("\"123e4567-e89b-12d3-a456-426614174000\""),
            common::sample::<String>("\"192.0.2.1\""),
            common::sample::<i64>("5"),
            common::sample::<i64>("-1"),
        )
        .send()
        .await
        .expect("succeeds after one retry");
    assert_eq!(client.runtime().metrics().retries, 1);
}
