//! Requests and responses of the operations in `src/operations/shapes.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn nothing() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/nothing", &[], &[], 204u16, "", "").await;
    common::sent("GET /shapes/nothing", client.nothing().send().await);
}
#[tokio::test]
async fn head_only() {
    let (server, client) = common::setup().await;
    common::expect(&server, "HEAD", "/shapes/head", &[], &[], 200u16, "", "").await;
    common::sent("HEAD /shapes/head", client.head_only().send().await);
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
    common::sent(
        "GET /shapes/only-headers",
        client
            .only_headers(
                common::sample::<String>("\"123e4567-e89b-12d3-a456-426614174000\""),
            )
            .send()
            .await,
    );
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
    common::sent(
        "GET /shapes/only-optional-header",
        client.only_optional_header().send().await,
    );
}
#[tokio::test]
async fn only_cookies() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/only-cookies", &[], &[], 204u16, "", "")
        .await;
    common::sent(
        "GET /shapes/only-cookies",
        client.only_cookies(common::sample::<String>("\"session\"")).send().await,
    );
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
    common::sent(
        "GET /shapes/only-optional-query",
        client.only_optional_query().send().await,
    );
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
    common::sent("GET /shapes/security-only", client.security_only().send().await);
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
    common::sent(
        "DELETE /shapes/path/{id}",
        client.only_path(common::sample::<String>("\"nt_lf4l2oj2\"")).send().await,
    );
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
    common::sent(
        "POST /shapes/json-body",
        client
            .json_body(
                common::sample::<
                    crate::types::Note,
                >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
            )
            .send()
            .await,
    );
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
    common::sent(
        "POST /shapes/optional-json-body",
        client.optional_json_body().send().await,
    );
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
    common::sent(
        "POST /shapes/text-json-body",
        client
            .text_json_body(
                common::sample::<
                    crate::types::Note,
                >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
            )
            .send()
            .await,
    );
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
    common::sent(
        "PATCH /shapes/merge-patch",
        client
            .merge_patch(
                common::sample::<crate::types::Patch>("{\"text\":\"body-text\"}"),
            )
            .send()
            .await,
    );
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
    common::sent(
        "POST /shapes/json-api",
        client
            .json_api(
                common::sample::<
                    crate::types::JsonApiBody,
                >("{\"data\":{\"id\":\"body-data-id\",\"text\":\"body-data-text\"}}"),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn form_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/form-body", &[], &[], 204u16, "", "").await;
    common::sent(
        "POST /shapes/form-body",
        client
            .form_body(
                common::sample::<
                    crate::types::FormBodyBody,
                >("{\"text\":\"body-text\",\"count\":1}"),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn multipart_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/multipart-body", &[], &[], 204u16, "", "")
        .await;
    common::sent(
        "POST /shapes/multipart-body",
        client
            .multipart_body(
                common::sample::<
                    crate::types::MultipartBodyBody,
                >("{\"file\":\"\",\"caption\":\"body-caption\"}"),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn empty_multipart() {
    let (server, client) = common::setup().await;
    common::expect(&server, "POST", "/shapes/empty-multipart", &[], &[], 204u16, "", "")
        .await;
    common::sent("POST /shapes/empty-multipart", client.empty_multipart().send().await);
}
#[tokio::test]
async fn text_body() {
    let (server, client) = common::setup().await;
    common::expect(&server, "PUT", "/shapes/text-body", &[], &[], 204u16, "", "").await;
    common::sent(
        "PUT /shapes/text-body",
        client.text_body(common::sample::<String>("\"\"")).send().await,
    );
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
    common::sent(
        "PUT /shapes/binary-body",
        client.binary_body(rt::Binary::default()).send().await,
    );
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
    common::sent(
        "POST /shapes/array-body",
        client
            .array_body(common::sample::<Vec<String>>("[\"someone@example.com\"]"))
            .send()
            .await,
    );
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
    common::sent(
        "POST /shapes/several-successes",
        client.several_successes().send().await,
    );
}
#[tokio::test]
async fn only_default() {
    let (server, client) = common::setup().await;
    common::expect(&server, "GET", "/shapes/only-default", &[], &[], 200u16, "", "")
        .await;
    common::sent("GET /shapes/only-default", client.only_default().send().await);
}
#[tokio::test]
async fn only_default_error() {
    if common::conformance_url().is_some() {
        return;
    }
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
    common::sent("GET /shapes/only-errors", client.only_errors().send().await);
}
#[tokio::test]
async fn only_errors_error() {
    if common::conformance_url().is_some() {
        return;
    }
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
    common::sent("GET /shapes/xml", client.xml_response().send().await);
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
    common::sent(
        "POST /shapes/wildcard",
        client
            .wildcard_body(
                common::sample::<
                    crate::types::Note,
                >("{\"id\":\"body-id\",\"text\":\"body-text\"}"),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn union_list() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/union-list",
            &[],
            &[],
            200u16,
            "application/json",
            "[{\"id\":\"response-id\",\"kind\":\"response-kind\"}]",
        )
        .await;
    common::sent("GET /shapes/union-list", client.union_list().send().await);
}
#[tokio::test]
async fn union_list_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/shapes/union-list",
            common::PageMatch::First,
            "[{\"id\":\"i1\",\"kind\":\"item-1-kind\"}]",
            "</shapes/union-list?apitap_page=2>; rel=\"next\"",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/shapes/union-list",
            common::PageMatch::Query("apitap_page", "2"),
            "[{\"id\":\"i2\",\"kind\":\"item-2-kind\"}]",
            "</shapes/union-list?apitap_page=3>; rel=\"next\"",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/shapes/union-list",
            common::PageMatch::Query("apitap_page", "3"),
            "[{\"id\":\"i3\",\"kind\":\"item-3-kind\"}]",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.union_list().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn declared_content_type() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/declared-content-type",
            &[],
            &[("content-type", "application/json")],
            204u16,
            "",
            "",
        )
        .await;
    common::sent(
        "GET /shapes/declared-content-type",
        client.declared_content_type().send().await,
    );
}
#[tokio::test]
async fn declared_accept() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/shapes/declared-accept",
            &[],
            &[("accept", "application/octet-stream")],
            200u16,
            "application/json",
            "{\"ok\":true}",
        )
        .await;
    common::sent("GET /shapes/declared-accept", client.declared_accept().send().await);
}
