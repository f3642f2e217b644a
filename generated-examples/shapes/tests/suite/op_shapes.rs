//! Requests and responses of the operations in `src/operations/shapes.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn nothing() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/nothing", &[], &[], 204u16, "", "").await;
    client.nothing().send().await.expect("GET /shapes/nothing");
}
#[tokio::test]
async fn head_only() {
    let (server, client) = common::setup().await;
    common::expect(&server, "HEAD", "/shapes/head", &[], &[], 200u16, "", "").await;
    client.head_only().send().await.expect("HEAD /shapes/head");
}
#[tokio::test]
async fn only_headers() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/only-headers",
            &[],
            &[("x-request-id", "123e4567-e89b-12d3-a456-426614174000")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"text\":\"response-text\"}",
        )
        .await;
    client
        .only_headers(
            common::sample::<String>("\"123e4567-e89b-12d3-a456-426614174000\""),
        )
        .send()
        .await
        .expect("GET /shapes/only-headers");
}
#[tokio::test]
async fn only_optional_header() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/only-optional-header",
            &[],
            &[],
            204u16,
            "",
            "",
        )
        .await;
    client
        .only_optional_header()
        .send()
        .await
        .expect("GET /shapes/only-optional-header");
}
#[tokio::test]
async fn only_cookies() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/only-cookies", &[], &[], 204u16, "", "")
        .await;
    client
        .only_cookies(common::sample::<String>("\"session\""))
        .send()
        .await
        .expect("GET /shapes/only-cookies");
}
#[tokio::test]
async fn only_optional_query() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/only-optional-query",
            &[],
            &[],
            200u16,
            "application/json",
            "[{\"id\":\"response-id\",\"text\":\"response-text\"}]",
        )
        .await;
    client.only_optional_query().send().await.expect("GET /shapes/only-optional-query");
}
#[tokio::test]
async fn security_only() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/security-only",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "text/plain",
            "text",
        )
        .await;
    client.security_only().send().await.expect("GET /shapes/security-only");
}
#[tokio::test]
async fn only_path() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "DELETE",
            "/shapes/path/nt_lf4l2oj2",
            &[],
            &[],
            204u16,
            "",
            "",
        )
        .await;
    client
        .only_path(common::sample::<String>("\"nt_lf4l2oj2\""))
        .send()
        .await
        .expect("DELETE /shapes/path/{id}");
}
#[tokio::test]
async fn json_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/json-body",
            &[],
            &[("content-type", "application/json")],
            201u16,
            "application/json",
            "{\"id\":\"response-id\",\"text\":\"response-text\"}",
        )
        .await;
    client
        .json_body(
            common::sample::<
                crate::types::Note,
            >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
        )
        .send()
        .await
        .expect("POST /shapes/json-body");
}
#[tokio::test]
async fn optional_json_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/optional-json-body",
            &[],
            &[],
            204u16,
            "",
            "",
        )
        .await;
    client.optional_json_body().send().await.expect("POST /shapes/optional-json-body");
}
#[tokio::test]
async fn text_json_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/text-json-body",
            &[],
            &[("content-type", "text/json")],
            204u16,
            "",
            "",
        )
        .await;
    client
        .text_json_body(
            common::sample::<
                crate::types::Note,
            >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
        )
        .send()
        .await
        .expect("POST /shapes/text-json-body");
}
#[tokio::test]
async fn merge_patch() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "PATCH",
            "/shapes/merge-patch",
            &[],
            &[("content-type", "application/merge-patch+json")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"text\":\"response-text\"}",
        )
        .await;
    client
        .merge_patch(common::sample::<crate::types::Patch>("{\"text\":\"body-text\"}"))
        .send()
        .await
        .expect("PATCH /shapes/merge-patch");
}
#[tokio::test]
async fn json_api() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/json-api",
            &[],
            &[("content-type", "application/vnd.api+json")],
            201u16,
            "application/json",
            "{\"data\":{\"id\":\"response-data-id\",\"text\":\"response-data-text\"}}",
        )
        .await;
    client
        .json_api(
            common::sample::<
                crate::types::JsonApiBody,
            >("{\"data\":{\"id\":\"body-data-id\",\"text\":\"body-data-text\"}}"),
        )
        .send()
        .await
        .expect("POST /shapes/json-api");
}
#[tokio::test]
async fn form_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/form-body", &[], &[], 204u16, "", "").await;
    client
        .form_body(
            common::sample::<
                crate::types::FormBodyBody,
            >("{\"text\":\"body-text\",\"count\":1}"),
        )
        .send()
        .await
        .expect("POST /shapes/form-body");
}
#[tokio::test]
async fn multipart_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/multipart-body", &[], &[], 204u16, "", "")
        .await;
    client
        .multipart_body(
            common::sample::<
                crate::types::MultipartBodyBody,
            >("{\"file\":\"\",\"caption\":\"body-caption\"}"),
        )
        .send()
        .await
        .expect("POST /shapes/multipart-body");
}
#[tokio::test]
async fn empty_multipart() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/empty-multipart", &[], &[], 204u16, "", "")
        .await;
    client.empty_multipart().send().await.expect("POST /shapes/empty-multipart");
}
#[tokio::test]
async fn text_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "PUT", "/shapes/text-body", &[], &[], 204u16, "", "").await;
    client
        .text_body(common::sample::<String>("\"\""))
        .send()
        .await
        .expect("PUT /shapes/text-body");
}
#[tokio::test]
async fn binary_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "PUT",
            "/shapes/binary-body",
            &[],
            &[],
            200u16,
            "application/octet-stream",
            "bytes",
        )
        .await;
    client
        .binary_body(rt::Binary::default())
        .send()
        .await
        .expect("PUT /shapes/binary-body");
}
#[tokio::test]
async fn array_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/array-body",
            &[],
            &[("content-type", "application/json")],
            204u16,
            "",
            "",
        )
        .await;
    client
        .array_body(common::sample::<Vec<String>>("[\"someone@example.com\"]"))
        .send()
        .await
        .expect("POST /shapes/array-body");
}
#[tokio::test]
async fn several_successes() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/several-successes",
            &[],
            &[],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"text\":\"response-text\"}",
        )
        .await;
    client.several_successes().send().await.expect("POST /shapes/several-successes");
}
#[tokio::test]
async fn only_default() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/only-default", &[], &[], 200u16, "", "")
        .await;
    client.only_default().send().await.expect("GET /shapes/only-default");
}
#[tokio::test]
async fn only_default_error() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/only-default",
            &[],
            &[],
            418u16,
            "application/json",
            "{\"message\":\"error-message\"}",
        )
        .await;
    let err = client
        .only_default()
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shapes::operations::OnlyDefaultError::Default(..))), "{err:?}"
    );
}
#[tokio::test]
async fn only_errors() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/only-errors", &[], &[], 200u16, "", "")
        .await;
    client.only_errors().send().await.expect("GET /shapes/only-errors");
}
#[tokio::test]
async fn only_errors_error() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/only-errors",
            &[],
            &[],
            404u16,
            "application/json",
            "{\"error\":\"error-error\"}",
        )
        .await;
    let err = client
        .only_errors()
        .send()
        .await
        .expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(shapes::operations::OnlyErrorsError::Status404(..))), "{err:?}"
    );
}
#[tokio::test]
async fn xml_response() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/xml",
            &[],
            &[],
            200u16,
            "application/xml",
            "text",
        )
        .await;
    client.xml_response().send().await.expect("GET /shapes/xml");
}
#[tokio::test]
async fn wildcard_body() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/shapes/wildcard",
            &[],
            &[("content-type", "application/json")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"text\":\"response-text\"}",
        )
        .await;
    client
        .wildcard_body(
            common::sample::<
                crate::types::Note,
            >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
        )
        .send()
        .await
        .expect("POST /shapes/wildcard");
}
