//! Requests and responses of the operations in `src/operations/accounts.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_orders() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/accounts/acct_35dM99HyIiUzeLoN/orders",
            &[
                ("since", "2024-01-02T03:04:05Z"),
                ("day", "2024-01-02"),
                ("limit", "10"),
                ("code", "codexxxxxxxx"),
                ("short", "sho"),
                ("ref", "GKT-0825"),
                ("step", "5"),
                ("below", "-1"),
            ],
            &[
                ("x-request-id", "123e4567-e89b-12d3-a456-426614174000"),
                ("x-origin", "192.0.2.1"),
            ],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"ord_zh8tdwql2e\",\"number\":1000,\"total\":6.0,\"email\":\"someone@example.com\",\"site\":\"https://example.com/x\",\"placed\":\"2024-01-02T03:04:05Z\",\"codes\":[\"sd145354\",\"cu072554\"],\"kind\":\"retail\",\"version\":2,\"retired\":null,\"extension\":\"none\",\"days\":\"2024-01-02\",\"shipping\":{\"carrier\":\"response-data-shipping-carrier\"},\"amount\":1.5,\"grouping\":{\"type\":\"response-data-grouping-type\",\"id\":\"response-data-grouping-id\"},\"cache\":{\"name\":\"response-data-cache-name\",\"configuration\":{\"type\":\"recent_value\",\"source\":\"response-data-cache-configuration-source\"}}}],\"has_more\":true}",
        )
        .await;
    common::sent(
        "GET /accounts/{account_id}/orders",
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
            .await,
    );
}
#[tokio::test]
async fn list_orders_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/accounts/acct_35dM99HyIiUzeLoN/orders",
            &[],
            &[],
            400u16,
            "application/json",
            "{\"name\":\"error-name\",\"details\":[{\"issue\":\"LIMIT_TOO_HIGH\"}]}",
        )
        .await;
    let err = client
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
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(constraints::operations::ListOrdersError::Status400(..))), "{err:?}"
    );
}
#[tokio::test]
async fn create_order() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/accounts/acct_35dM99HyIiUzeLoN/orders",
            &[],
            &[("content-type", "application/json")],
            201u16,
            "application/json",
            "{\"id\":\"ord_ejw16x4pv5\",\"number\":1000,\"total\":6.0,\"email\":\"someone@example.com\",\"site\":\"https://example.com/x\",\"placed\":\"2024-01-02T03:04:05Z\",\"host\":\"example.com\",\"address6\":\"2001:db8::1\",\"token\":\"cmVzcG9uc2UtdG9rZW4=\",\"codes\":[\"je489091\",\"vd127239\"],\"kind\":\"retail\",\"version\":2,\"currency\":\"res\",\"note\":\"respo\",\"retired\":null,\"latest\":\"ug622738\",\"extension\":\"none\",\"days\":\"2024-01-02\",\"shipping\":{\"carrier\":\"response-shipping-carrier\"},\"amount\":1.5,\"grouping\":{\"type\":\"response-grouping-type\",\"id\":\"response-grouping-id\"},\"cache\":{\"name\":\"response-cache-name\",\"configuration\":{\"type\":\"recent_value\",\"source\":\"response-cache-configuration-source\"}}}",
        )
        .await;
    common::sent(
        "POST /accounts/{account_id}/orders",
        client
            .create_order(
                common::sample::<String>("\"acct_35dM99HyIiUzeLoN\""),
                common::sample::<
                    crate::types::NewOrder,
                >(
                    "{\"email\":\"someone@example.com\",\"quantity\":3,\"tags\":[\"body-tags\",\"body-tags-1\",\"body-tags-2\"],\"code\":\"xv589898\",\"channel\":\"web\",\"images\":[{\"url\":\"https://example.com/x\"}],\"mask\":{\"url\":\"https://example.com/x\"},\"delivery\":{\"kind\":\"body-delivery-kind\",\"address\":\"body-delivery-address\"}}",
                ),
            )
            .send()
            .await,
    );
}
