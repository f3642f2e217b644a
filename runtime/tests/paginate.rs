//! Pagination streams against a mock server: every page kind serves exactly three pages (or
//! says why it stopped), other parameters survive every page, and nothing loops forever.

mod common;

use apitap_runtime::codegen as rt;
use common::{client, config, get};
use futures::StreamExt;
use rt::serde::Deserialize;
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request as Seen, ResponseTemplate};

#[derive(Debug, Deserialize, PartialEq)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct Item {
    id: String,
}

/// One page shape with every field the kinds below need; each extract reads its own.
#[derive(Debug, Deserialize)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct Page {
    data: Vec<Item>,
    has_more: Option<bool>,
    next_cursor: Option<String>,
    next: Option<String>,
    total: Option<u64>,
    total_pages: Option<u64>,
    paging: Option<Paging>,
}

#[derive(Debug, Deserialize)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct Paging {
    after: Option<String>,
}

fn plan(kind: rt::PageKind, param: Option<&'static str>) -> rt::PagePlan {
    rt::PagePlan {
        kind,
        param,
        param_in: rt::ParamIn::Query,
        param_path: &[],
        size_param: Some("limit"),
        size_in: rt::ParamIn::Query,
        size_path: &[],
        first_page: 1,
    }
}

/// `Box::leak` gives the `&'static PagePlan` generated code gets from a `static`.
fn leak(p: rt::PagePlan) -> &'static rt::PagePlan {
    Box::leak(Box::new(p))
}

fn page(ids: &[&str], extra: Value) -> ResponseTemplate {
    let mut body = json!({ "data": ids.iter().map(|id| json!({ "id": id })).collect::<Vec<_>>() });
    if let (Value::Object(b), Value::Object(e)) = (&mut body, extra) {
        b.extend(e);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

fn query(req: &Seen, name: &str) -> Option<String> {
    req.url
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

async fn hits(server: &MockServer) -> Vec<Seen> {
    server.received_requests().await.unwrap_or_default()
}

fn count(page: &Page) -> usize {
    page.data.len()
}

fn cursor_info(page: &Page, _: &rt::Response) -> rt::PageInfo {
    rt::PageInfo {
        item_count: count(page),
        next_token: page.next_cursor.as_ref().and_then(rt::ToCursor::to_cursor),
        has_more: page.has_more.and_then(|b| rt::ToFlag::to_flag(&b)),
        ..Default::default()
    }
}

fn ids(page: Page) -> Vec<Item> {
    page.data
}

async fn all_items(stream: rt::PageStream<Page, ()>) -> Vec<String> {
    rt::items(stream, ids)
        .map(|r| r.expect("no error").id)
        .collect()
        .await
}

fn list(status: &str) -> rt::Request {
    let mut req = get("/v1/things");
    req.query("status", status, rt::QueryStyle::Form { explode: true });
    req
}

/// A cursor API: no cursor -> a,b (next c1), c1 -> c,d (next c2), c2 -> e (no next).
async fn cursor_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(|req: &Seen| match query(req, "cursor").as_deref() {
            None => page(&["a", "b"], json!({"next_cursor": "c1"})),
            Some("c1") => page(&["c", "d"], json!({"next_cursor": "c2"})),
            Some("c2") => page(&["e"], json!({"next_cursor": null})),
            _ => ResponseTemplate::new(404),
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn cursor_keeps_other_params_and_sends_page_size() {
    let server = cursor_server().await;
    let c = client(config(&server).page_size(2));
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let stream = rt::paginate::<Page, ()>(c.clone(), list("active"), p, cursor_info);
    assert_eq!(all_items(stream).await, ["a", "b", "c", "d", "e"]);
    let seen = hits(&server).await;
    assert_eq!(seen.len(), 3);
    for (req, cursor) in seen.iter().zip([None, Some("c1"), Some("c2")]) {
        assert_eq!(query(req, "status").as_deref(), Some("active"));
        assert_eq!(query(req, "limit").as_deref(), Some("2"));
        assert_eq!(query(req, "cursor").as_deref(), cursor);
    }
    assert_eq!(c.metrics().records, 5);
}

#[tokio::test]
async fn page_size_set_by_the_caller_wins_over_config() {
    let server = cursor_server().await;
    let c = client(config(&server).page_size(2));
    let mut req = list("active");
    req.query("limit", &50, rt::QueryStyle::Form { explode: true });
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let pages: Vec<_> = rt::paginate::<Page, ()>(c, req, p, cursor_info)
        .collect()
        .await;
    assert_eq!(pages.len(), 3);
    for req in hits(&server).await {
        assert_eq!(query(&req, "limit").as_deref(), Some("50"));
    }
}

#[tokio::test]
async fn last_item_id_with_has_more() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(|req: &Seen| match query(req, "starting_after").as_deref() {
            None => page(&["cus_1", "cus_2"], json!({"has_more": true})),
            Some("cus_2") => page(&["cus_3", "cus_4"], json!({"has_more": true})),
            Some("cus_4") => page(&["cus_5"], json!({"has_more": false})),
            _ => ResponseTemplate::new(404),
        })
        .mount(&server)
        .await;
    fn extract(page: &Page, _: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            next_token: page
                .data
                .last()
                .and_then(|item| rt::ToCursor::to_cursor(&item.id)),
            has_more: page.has_more.as_ref().and_then(rt::ToFlag::to_flag),
            ..Default::default()
        }
    }
    let p = leak(plan(rt::PageKind::LastItemId, Some("starting_after")));
    let stream = rt::paginate::<Page, ()>(client(config(&server)), list("active"), p, extract);
    assert_eq!(
        all_items(stream).await,
        ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]
    );
    let seen = hits(&server).await;
    assert_eq!(seen.len(), 3);
    assert!(seen
        .iter()
        .all(|r| query(r, "status").as_deref() == Some("active")));
}

#[tokio::test]
async fn cursor_in_a_nested_post_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/crm/v3/objects/contacts/search"))
        .respond_with(|req: &Seen| {
            let body: Value = serde_json::from_slice(&req.body).unwrap();
            match body["pagination"]["after"].as_str() {
                None => page(&["1", "2"], json!({"paging": {"after": "p2"}})),
                Some("p2") => page(&["3", "4"], json!({"paging": {"after": "p3"}})),
                Some("p3") => page(&["5"], json!({})),
                _ => ResponseTemplate::new(404),
            }
        })
        .mount(&server)
        .await;
    fn extract(page: &Page, _: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            next_token: page
                .paging
                .as_ref()
                .and_then(|p| p.after.as_ref())
                .and_then(rt::ToCursor::to_cursor),
            ..Default::default()
        }
    }
    let p = leak(rt::PagePlan {
        kind: rt::PageKind::Cursor,
        param: Some("pagination"),
        param_in: rt::ParamIn::Body,
        param_path: &["pagination", "after"],
        size_param: Some("limit"),
        size_in: rt::ParamIn::Body,
        size_path: &["limit"],
        first_page: 1,
    });
    let mut req = rt::Request::new(
        rt::Method::POST,
        "/crm/v3/objects/contacts/search",
        "search",
    );
    req.json(&json!({"filterGroups": [{"filters": [{"propertyName": "status"}]}]}));
    let c = client(config(&server).page_size(2));
    let stream = rt::paginate::<Page, ()>(c, req, p, extract);
    assert_eq!(all_items(stream).await, ["1", "2", "3", "4", "5"]);
    let seen = hits(&server).await;
    assert_eq!(seen.len(), 3);
    for (req, after) in seen.iter().zip([Value::Null, json!("p2"), json!("p3")]) {
        let body: Value = serde_json::from_slice(&req.body).unwrap();
        assert_eq!(
            body["filterGroups"][0]["filters"][0]["propertyName"],
            "status"
        );
        assert_eq!(body["limit"], 2);
        assert_eq!(body["pagination"]["after"], after);
        assert_eq!(req.headers.get("content-type").unwrap(), "application/json");
    }
}

#[tokio::test]
async fn link_header_with_several_rels_and_headers() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/repos/o/r/issues"))
        .respond_with(move |req: &Seen| {
            let link = |p: u32| format!("{uri}/repos/o/r/issues?status=active&page={p}");
            match query(req, "page").as_deref() {
                None => page(&["i1", "i2"], json!({})).append_header(
                    "Link",
                    format!(r#"<{}>; rel="next", <{}>; rel="last""#, link(2), link(3)),
                ),
                Some("2") => page(&["i3"], json!({}))
                    .append_header("Link", format!(r#"<{}>; rel="prev""#, link(1)))
                    // relative, in a second Link header, with a rel list
                    .append_header(
                        "Link",
                        r#"</repos/o/r/issues?status=active&page=3>; rel="next last""#,
                    ),
                Some("3") => page(&["i4"], json!({})).append_header(
                    "Link",
                    format!(r#"<{}>; rel="first", <{}>; rel=prev"#, link(1), link(2)),
                ),
                _ => ResponseTemplate::new(404),
            }
        })
        .mount(&server)
        .await;
    fn extract(page: &Page, response: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            next_url: rt::link_next(response),
            ..Default::default()
        }
    }
    let p = leak(plan(rt::PageKind::LinkHeader, None));
    let mut req = get("/repos/o/r/issues");
    req.query("status", "active", rt::QueryStyle::Form { explode: true });
    let stream = rt::paginate::<Page, ()>(client(config(&server)), req, p, extract);
    assert_eq!(all_items(stream).await, ["i1", "i2", "i3", "i4"]);
    let seen = hits(&server).await;
    assert_eq!(seen.len(), 3);
    for (req, page) in seen.iter().zip([None, Some("2"), Some("3")]) {
        assert_eq!(query(req, "status").as_deref(), Some("active"));
        assert_eq!(query(req, "page").as_deref(), page);
        // the link's query replaces the request's: nothing is sent twice
        assert_eq!(
            req.url.query_pairs().filter(|(k, _)| k == "status").count(),
            1
        );
    }
}

fn next_url_info(page: &Page, _: &rt::Response) -> rt::PageInfo {
    rt::PageInfo {
        item_count: page.data.len(),
        next_url: page.next.as_ref().and_then(rt::ToCursor::to_cursor),
        ..Default::default()
    }
}

#[tokio::test]
async fn next_url_relative_to_host_root_and_to_the_path() {
    let server = MockServer::start().await;
    // Page 1 under the base path; page 2 root-relative (Twilio's next_page_uri); page 3 a
    // query-only reference, which keeps page 2's path.
    Mock::given(path("/api/2010-04-01/Calls.json"))
        .respond_with(page(
            &["CA1", "CA2"],
            json!({"next": "/2010-04-01/Calls.json?Page=1&PageSize=2"}),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/2010-04-01/Calls.json"))
        .respond_with(|req: &Seen| match query(req, "Page").as_deref() {
            Some("1") => page(&["CA3", "CA4"], json!({"next": "?Page=2&PageSize=2"})),
            Some("2") => page(&["CA5"], json!({"next": null})),
            _ => ResponseTemplate::new(404),
        })
        .mount(&server)
        .await;
    let cfg = config(&server).base_url(format!("{}/api", server.uri()));
    let p = leak(plan(rt::PageKind::NextUrl, None));
    let req = get("/2010-04-01/Calls.json");
    let stream = rt::paginate::<Page, ()>(client(cfg), req, p, next_url_info);
    assert_eq!(all_items(stream).await, ["CA1", "CA2", "CA3", "CA4", "CA5"]);
    let paths: Vec<String> = hits(&server)
        .await
        .iter()
        .map(|r| format!("{}?{}", r.url.path(), r.url.query().unwrap_or("")))
        .collect();
    assert_eq!(
        paths,
        [
            "/api/2010-04-01/Calls.json?",
            "/2010-04-01/Calls.json?Page=1&PageSize=2",
            "/2010-04-01/Calls.json?Page=2&PageSize=2",
        ]
    );
}

#[tokio::test]
async fn next_url_on_another_host_is_refused() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(page(
            &["a"],
            json!({"next": "http://evil.example/v1/things?page=2"}),
        ))
        .mount(&server)
        .await;
    let cfg = config(&server).credential("bearer", rt::Credential::bearer("s3cret-token"));
    let c = client(cfg);
    let p = leak(plan(rt::PageKind::NextUrl, None));
    let mut req = get("/v1/things");
    req.security(&[&["bearer"]]);
    let results: Vec<_> = rt::paginate::<Page, ()>(c.clone(), req.clone(), p, next_url_info)
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[0].as_ref().unwrap().data[0].id, "a");
    let err = results[1].as_ref().unwrap_err();
    assert!(matches!(err, rt::Error::Pagination { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("http://evil.example"), "{text}");
    assert!(
        !text.contains("s3cret") && !text.contains("page=2"),
        "{text}"
    );
    assert!(!err.is_retryable());
    assert_eq!(hits(&server).await.len(), 1);

    // The same guard holds for a request pointed elsewhere by hand.
    let other_port = format!("http://127.0.0.1:{}/x", server.address().port() + 1);
    for url in [other_port.as_str(), "https://127.0.0.1/x"] {
        let mut by_hand = req.clone();
        by_hand.set_next_url(url);
        let err = c.send::<()>(by_hand).await.unwrap_err();
        assert!(matches!(err, rt::Error::Encode { .. }), "{err:?}");
    }
    assert_eq!(hits(&server).await.len(), 1);
}

fn offset_server_handler(
    with_total: bool,
) -> impl Fn(&Seen) -> ResponseTemplate + Send + Sync + 'static {
    move |req: &Seen| {
        let all = ["a", "b", "c", "d", "e"];
        let offset: usize = query(req, "offset").map_or(0, |o| o.parse().unwrap());
        // The server caps pages at 2 items whatever `limit` says.
        let end = (offset + 2).min(all.len());
        let slice = all.get(offset.min(all.len())..end).unwrap_or(&[]);
        let extra = if with_total {
            json!({"total": all.len()})
        } else {
            json!({})
        };
        page(slice, extra)
    }
}

fn offset_info(page: &Page, _: &rt::Response) -> rt::PageInfo {
    rt::PageInfo {
        item_count: page.data.len(),
        total: page.total.as_ref().and_then(rt::ToCount::to_count),
        ..Default::default()
    }
}

#[tokio::test]
async fn offset_with_total_stops_at_the_total_not_on_short_pages() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(offset_server_handler(true))
        .mount(&server)
        .await;
    let c = client(config(&server).page_size(10));
    let p = leak(plan(rt::PageKind::Offset, Some("offset")));
    let stream = rt::paginate::<Page, ()>(c, list("active"), p, offset_info);
    assert_eq!(all_items(stream).await, ["a", "b", "c", "d", "e"]);
    let seen = hits(&server).await;
    assert_eq!(seen.len(), 3);
    for (req, offset) in seen.iter().zip([None, Some("2"), Some("4")]) {
        assert_eq!(query(req, "offset").as_deref(), offset);
        assert_eq!(query(req, "limit").as_deref(), Some("10"));
        assert_eq!(query(req, "status").as_deref(), Some("active"));
    }
}

#[tokio::test]
async fn offset_without_total_stops_on_the_empty_page() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(offset_server_handler(false))
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::Offset, Some("offset")));
    let stream = rt::paginate::<Page, ()>(client(config(&server)), list("active"), p, offset_info);
    let pages: Vec<_> = stream.map(|p| p.unwrap().data.len()).collect().await;
    assert_eq!(
        pages,
        [2, 2, 1, 0],
        "the empty page is yielded, then the stream ends"
    );
    assert_eq!(hits(&server).await.len(), 4);
}

#[tokio::test]
async fn offset_starts_at_the_callers_offset() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(offset_server_handler(true))
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::Offset, Some("offset")));
    let mut req = list("active");
    req.query("offset", &1, rt::QueryStyle::Form { explode: true });
    let stream = rt::paginate::<Page, ()>(client(config(&server)), req, p, offset_info);
    assert_eq!(all_items(stream).await, ["b", "c", "d", "e"]);
}

#[tokio::test]
async fn offset_ignored_by_the_server_is_an_error_not_a_loop() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(page(&["a", "b"], json!({})))
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::Offset, Some("offset")));
    let results: Vec<_> =
        rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, offset_info)
            .collect()
            .await;
    assert_eq!(results.len(), 3);
    assert!(results[..2].iter().all(Result::is_ok));
    assert!(matches!(results[2], Err(rt::Error::Pagination { .. })));
    assert_eq!(hits(&server).await.len(), 2);
}

/// Pages `first ..= first + 2` of a JSON:API style `page[number]` API, with a page count.
async fn page_number_server(first: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(move |req: &Seen| {
            let n: u64 = query(req, "page[number]").map_or(first, |n| n.parse().unwrap());
            let ids: &[&str] = match n - first {
                0 => &["a", "b"],
                1 => &["c", "d"],
                2 => &["e"],
                _ => &[],
            };
            page(ids, json!({"total_pages": 3}))
        })
        .mount(&server)
        .await;
    server
}

fn page_number_info(page: &Page, _: &rt::Response) -> rt::PageInfo {
    rt::PageInfo {
        item_count: page.data.len(),
        page_count: page.total_pages.as_ref().and_then(rt::ToCount::to_count),
        ..Default::default()
    }
}

#[tokio::test]
async fn page_number_with_page_count() {
    for first in [1, 0] {
        let server = page_number_server(first).await;
        let p = leak(rt::PagePlan {
            first_page: first,
            size_param: Some("page[size]"),
            ..plan(rt::PageKind::PageNumber, Some("page[number]"))
        });
        let c = client(config(&server).page_size(2));
        let stream = rt::paginate::<Page, ()>(c, list("active"), p, page_number_info);
        assert_eq!(all_items(stream).await, ["a", "b", "c", "d", "e"]);
        let seen = hits(&server).await;
        assert_eq!(seen.len(), 3, "first page {first}");
        let numbers: Vec<_> = seen.iter().map(|r| query(r, "page[number]")).collect();
        let expected: Vec<_> = [None, Some(first + 1), Some(first + 2)]
            .iter()
            .map(|n| n.map(|n| n.to_string()))
            .collect();
        assert_eq!(numbers, expected);
        assert!(seen
            .iter()
            .all(|r| query(r, "page[size]").as_deref() == Some("2")
                && query(r, "status").as_deref() == Some("active")));
    }
}

#[tokio::test]
async fn page_number_without_page_count_stops_on_the_empty_page() {
    let server = page_number_server(1).await;
    fn extract(page: &Page, _: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            ..Default::default()
        }
    }
    let p = leak(plan(rt::PageKind::PageNumber, Some("page[number]")));
    let stream = rt::paginate::<Page, ()>(client(config(&server)), list("active"), p, extract);
    assert_eq!(all_items(stream).await, ["a", "b", "c", "d", "e"]);
    assert_eq!(hits(&server).await.len(), 4);
}

#[tokio::test]
async fn repeated_cursor_is_an_error_and_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(|req: &Seen| match query(req, "cursor").as_deref() {
            None => page(&["a"], json!({"next_cursor": "c1"})),
            _ => page(&["b"], json!({"next_cursor": "c1", "has_more": true})),
        })
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let stream = rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, cursor_info);
    let results: Vec<_> = rt::items(stream, ids).collect().await;
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, "a");
    assert_eq!(results[1].as_ref().unwrap().id, "b");
    let err = results[2].as_ref().unwrap_err();
    assert!(matches!(err, rt::Error::Pagination { .. }), "{err:?}");
    assert!(err.to_string().contains("`cursor`"), "{err}");
    assert!(
        !err.to_string().contains("c1"),
        "no cursor values in messages: {err}"
    );
    assert_eq!(hits(&server).await.len(), 2);
}

#[tokio::test]
async fn next_url_pointing_back_to_the_first_page_is_an_error() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/v1/things"))
        .respond_with(move |req: &Seen| match query(req, "page").as_deref() {
            None => page(&["a"], json!({"next": "/v1/things?status=x&page=2"})),
            _ => page(&["b"], json!({"next": format!("{uri}/v1/things?status=x")})),
        })
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::NextUrl, None));
    let results: Vec<_> =
        rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, next_url_info)
            .collect()
            .await;
    assert_eq!(results.len(), 3);
    assert!(matches!(results[2], Err(rt::Error::Pagination { .. })));
    assert_eq!(hits(&server).await.len(), 2);
}

#[tokio::test]
async fn page_cap_stops_after_max_pages() {
    let server = cursor_server().await;
    let c = client(config(&server).max_pages(2));
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let pages: Vec<_> = rt::paginate::<Page, ()>(c, list("active"), p, cursor_info)
        .collect()
        .await;
    assert_eq!(pages.len(), 2);
    assert!(pages.iter().all(Result::is_ok));
    assert_eq!(hits(&server).await.len(), 2);
}

#[tokio::test]
async fn an_error_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(|req: &Seen| match query(req, "cursor").as_deref() {
            None => page(&["a"], json!({"next_cursor": "c1"})),
            _ => ResponseTemplate::new(404),
        })
        .mount(&server)
        .await;
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let results: Vec<_> =
        rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, cursor_info)
            .collect()
            .await;
    assert_eq!(results.len(), 2);
    assert_eq!(results[1].as_ref().unwrap_err().status(), Some(404));
    assert_eq!(hits(&server).await.len(), 2);
}

#[tokio::test]
async fn items_flattens_pages_in_order() {
    let server = cursor_server().await;
    let p = leak(plan(rt::PageKind::Cursor, Some("cursor")));
    let pages = rt::paginate::<Page, ()>(client(config(&server)), list("active"), p, cursor_info);
    let mut items = rt::items(pages, ids);
    let mut got = Vec::new();
    while let Some(item) = items.next().await {
        got.push(item.unwrap().id);
    }
    assert_eq!(got, ["a", "b", "c", "d", "e"]);
    assert_eq!(hits(&server).await.len(), 3);
}

#[tokio::test]
async fn set_next_url_by_hand_resolves_against_the_request_url() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/other"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let c = client(config(&server));
    let mut req = list("active");
    req.set_next_url("other?page=2");
    c.send::<()>(req).await.unwrap();
    let seen = hits(&server).await;
    assert_eq!(seen[0].url.path(), "/v1/other");
    assert_eq!(seen[0].url.query(), Some("page=2"));
}

#[tokio::test]
async fn last_item_id_without_has_more_and_with_a_missing_id() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/things"))
        .respond_with(|req: &Seen| match query(req, "after").as_deref() {
            None => page(&["1", "2"], json!({})),
            Some("2") => page(&["3"], json!({})),
            _ => page(&[], json!({})),
        })
        .mount(&server)
        .await;
    fn extract(page: &Page, _: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            next_token: page
                .data
                .last()
                .and_then(|i| rt::ToCursor::to_cursor(&i.id)),
            has_more: page.has_more,
            ..Default::default()
        }
    }
    let p = leak(plan(rt::PageKind::LastItemId, Some("after")));
    let stream = rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, extract);
    assert_eq!(all_items(stream).await, ["1", "2", "3"]);
    assert_eq!(hits(&server).await.len(), 3, "stops on the empty page");

    // has_more says there is more, but nothing to continue from: an error, not a silent stop
    fn no_id(page: &Page, _: &rt::Response) -> rt::PageInfo {
        rt::PageInfo {
            item_count: page.data.len(),
            has_more: Some(true),
            ..Default::default()
        }
    }
    let results: Vec<_> = rt::paginate::<Page, ()>(client(config(&server)), list("x"), p, no_id)
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(matches!(results[1], Err(rt::Error::Pagination { .. })));
}
