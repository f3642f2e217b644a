//! Requests and responses of the operations in `src/operations/notes.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_notes() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/notes",
            &[],
            &[("authorization", "Basic dXNlcjpwYXNz")],
            200u16,
            "application/json",
            "[{\"id\":1,\"title\":\"response-title\",\"body\":\"response-body\"}]",
        )
        .await;
    common::sent("GET /notes", client.list_notes().send().await);
}
#[tokio::test]
async fn list_notes_error() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/notes",
            &[],
            &[],
            418u16,
            "application/json",
            "{\"detail\":\"error-detail\",\"status\":1}",
        )
        .await;
    let err = client.list_notes().send().await.expect_err("the documented error status");
    assert!(
        matches!(err.api_error(),
        Some(legacy_notes::operations::ListNotesError::Default(..))), "{err:?}"
    );
}
#[tokio::test]
async fn list_notes_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/notes",
            common::PageMatch::First,
            "[{\"id\":1,\"title\":\"item-1-title\",\"body\":\"item-1-body\",\"tags\":[\"item-1-tags\"]}]",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/notes",
            common::PageMatch::Query("offset", "1"),
            "[{\"id\":2,\"title\":\"item-2-title\",\"body\":\"item-2-body\",\"tags\":[\"item-2-tags\"]}]",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/notes",
            common::PageMatch::Query("offset", "2"),
            "[{\"id\":3,\"title\":\"item-3-title\",\"body\":\"item-3-body\",\"tags\":[\"item-3-tags\"]}]",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/notes",
            common::PageMatch::Query("offset", "3"),
            "[]",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(client.list_notes().items())
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(4usize));
}
#[tokio::test]
async fn create_note() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/notes",
            &[],
            &[
                ("content-type", "application/json"),
                ("authorization", "Basic dXNlcjpwYXNz"),
            ],
            201u16,
            "application/json",
            "{\"id\":1,\"title\":\"response-title\",\"body\":\"response-body\",\"tags\":[\"response-tags\"]}",
        )
        .await;
    common::sent(
        "POST /notes",
        client
            .create_note(
                common::sample::<
                    crate::types::Note,
                >(
                    "{\"id\":1,\"title\":\"body-title\",\"body\":\"body-body\",\"tags\":[\"body-tags\"]}",
                ),
            )
            .send()
            .await,
    );
}
