//! Requests and responses of the operations in `src/operations/widgets.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_widgets() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/widgets",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "[{\"id\":\"response-id\",\"name\":\"response-name\"}]",
        )
        .await;
    common::sent("GET /widgets", client.list_widgets().send().await);
}
#[tokio::test]
async fn list_widgets_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/widgets",
            &[],
            &[],
            404u16,
            "application/json",
            "{}",
        )
        .await;
    let err = client
        .list_widgets()
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(broken::operations::ListWidgetsError::Status404(..))), "{err:?}"
    );
}
#[tokio::test]
async fn create_widget() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/widgets",
            &[],
            &[("authorization", "Bearer test-token")],
            201u16,
            "application/json",
            "{\"id\":\"w_1\",\"name\":\"first\"}",
        )
        .await;
    common::sent("POST /widgets", client.create_widget().send().await);
}
#[tokio::test]
async fn get_widget() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/widgets/p-widget-id",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"name\":\"response-name\",\"owner\":{},\"parts\":[{}],\"labels\":{},\"detail\":{\"color\":\"response-detail-color\"},\"shape\":{},\"mark\":\"response-mark\"}",
        )
        .await;
    common::sent(
        "GET /widgets/{widget_id}",
        client.get_widget(common::sample::<String>("\"p-widget-id\"")).send().await,
    );
}
