//! Requests and responses of the operations in `src/operations/cursor.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn list_events_cursor() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/cursor/events",
            &[],
            &[("authorization", "Bearer test-token")],
            200u16,
            "application/json",
            "{\"events\":[{\"id\":\"response-events-id\"}],\"response_metadata\":{\"next_cursor\":\"response-response_metadata-next_cursor\"}}",
        )
        .await;
    common::sent("GET /cursor/events", client.list_events_cursor().send().await);
}
#[tokio::test]
async fn list_events_cursor_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "GET",
            "/cursor/events",
            common::PageMatch::First,
            "{\"events\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"response_metadata\":{\"next_cursor\":\"c2\"}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/cursor/events",
            common::PageMatch::Query("cursor", "c2"),
            "{\"events\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"response_metadata\":{\"next_cursor\":\"c3\"}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "GET",
            "/cursor/events",
            common::PageMatch::Query("cursor", "c3"),
            "{\"events\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"response_metadata\":{}}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client.list_events_cursor().items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
#[tokio::test]
async fn search_contacts() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/search/contacts",
            &[],
            &[
                ("content-type", "application/json"),
                ("authorization", "Bearer test-token"),
            ],
            200u16,
            "application/json",
            "{\"data\":[{\"id\":\"response-data-id\"}],\"pages\":{}}",
        )
        .await;
    common::sent(
        "POST /search/contacts",
        client
            .search_contacts(
                common::sample::<
                    crate::types::SearchContactsBody,
                >(
                    "{\"query\":\"body-query\",\"pagination\":{\"per_page\":1,\"starting_after\":\"body-pagination-starting_after\"}}",
                ),
            )
            .send()
            .await,
    );
}
#[tokio::test]
async fn search_contacts_pages() {
    if common::conformance_url().is_some() {
        return;
    }
    let (server, client) = common::setup().await;
    common::expect_page(
            &server,
            "POST",
            "/search/contacts",
            common::PageMatch::First,
            "{\"data\":[{\"id\":\"i1\",\"name\":\"item-1-name\"}],\"pages\":{\"next\":{\"starting_after\":\"c2\"}}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "POST",
            "/search/contacts",
            common::PageMatch::Body("{\"pagination\":{\"starting_after\":\"c2\"}}"),
            "{\"data\":[{\"id\":\"i2\",\"name\":\"item-2-name\"}],\"pages\":{\"next\":{\"starting_after\":\"c3\"}}}",
            "",
        )
        .await;
    common::expect_page(
            &server,
            "POST",
            "/search/contacts",
            common::PageMatch::Body("{\"pagination\":{\"starting_after\":\"c3\"}}"),
            "{\"data\":[{\"id\":\"i3\",\"name\":\"item-3-name\"}],\"pages\":{}}",
            "",
        )
        .await;
    let items: Vec<_> = futures::TryStreamExt::try_collect(
            client
                .search_contacts(
                    common::sample::<
                        crate::types::SearchContactsBody,
                    >(
                        "{\"query\":\"body-query\",\"pagination\":{\"per_page\":1,\"starting_after\":\"body-pagination-starting_after\"}}",
                    ),
                )
                .items(),
        )
        .await
        .expect("every page");
    assert_eq!(items.len(), 3, "one record per page, three pages");
    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some(3usize));
}
