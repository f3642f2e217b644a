//! The `paged` connector (specs/paged.yaml, one operation per pagination scheme) against a
//! mock server serving three pages: every item arrives once, in order, and the caller's
//! other parameters ride along on every page.

use apitap_runtime::codegen::{Credential, RetryPolicy};
use futures::TryStreamExt;
use serde_json::{json, Value};
use wiremock::matchers::{
    body_partial_json, header, method, path, query_param, query_param_is_missing,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn events(ids: &[&str]) -> Value {
    Value::Array(
        ids.iter()
            .map(|id| json!({"id": id, "name": format!("event {id}")}))
            .collect(),
    )
}

fn client(server: &MockServer, config: paged::Config) -> paged::Client {
    paged::Client::new(
        config
            .base_url(server.uri())
            .credential("token", Credential::bearer("t"))
            .retry(RetryPolicy::none()),
    )
    .unwrap()
}

async fn ids<E: std::fmt::Debug>(
    s: apitap_runtime::codegen::PageStream<paged::types::Event, E>,
) -> Vec<String> {
    s.map_ok(|e| e.id).try_collect().await.unwrap()
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn cursor_in_a_nested_response_field() {
    let server = MockServer::start().await;
    let page = |cursor: Option<&str>, items: &[&str], next: &str| {
        let m = Mock::given(method("GET"))
            .and(path("/cursor/events"))
            .and(query_param("kind", "click"))
            .and(header("authorization", "Bearer t"));
        let m = match cursor {
            Some(c) => m.and(query_param("cursor", c)),
            None => m.and(query_param_is_missing("cursor")),
        };
        m.respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"events": events(items), "response_metadata": {"next_cursor": next}}),
        ))
    };
    page(None, &["a", "b"], "c2").expect(1).mount(&server).await;
    page(Some("c2"), &["c", "d"], "c3")
        .expect(1)
        .mount(&server)
        .await;
    page(Some("c3"), &["e"], "").expect(1).mount(&server).await;
    let c = client(&server, paged::Config::new());
    assert_eq!(
        ids(c.list_events_cursor().kind("click").items()).await,
        ["a", "b", "c", "d", "e"]
    );
    assert_eq!(requests(&server).await, 3);
}

#[tokio::test]
async fn last_item_id_with_has_more_and_page_size_from_config() {
    let server = MockServer::start().await;
    let page = |after: Option<&str>, items: &[&str], more: bool| {
        let m = Mock::given(method("GET"))
            .and(path("/last-id/customers"))
            .and(query_param("limit", "2"));
        let m = match after {
            Some(a) => m.and(query_param("starting_after", a)),
            None => m.and(query_param_is_missing("starting_after")),
        };
        m.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"object": "list", "data": events(items), "has_more": more})),
        )
    };
    page(None, &["cus_1", "cus_2"], true)
        .expect(1)
        .mount(&server)
        .await;
    page(Some("cus_2"), &["cus_3", "cus_4"], true)
        .expect(1)
        .mount(&server)
        .await;
    page(Some("cus_4"), &["cus_5"], false)
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server, paged::Config::new().page_size(2));
    assert_eq!(
        ids(c.list_customers().items()).await,
        ["cus_1", "cus_2", "cus_3", "cus_4", "cus_5"]
    );
}

#[tokio::test]
async fn next_url_relative_to_the_host() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/next-url/calls"))
        .and(query_param_is_missing("PageToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"calls": events(&["1", "2"]), "next_page_uri": "/next-url/calls?PageSize=2&PageToken=p2"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/next-url/calls"))
        .and(query_param("PageToken", "p2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"calls": events(&["3"]), "next_page_uri": "/next-url/calls?PageSize=2&PageToken=p3"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/next-url/calls"))
        .and(query_param("PageToken", "p3"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"calls": events(&["4"]), "next_page_uri": null})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server, paged::Config::new());
    assert_eq!(
        ids(c.list_calls().page_size(2).items()).await,
        ["1", "2", "3", "4"]
    );
}

#[tokio::test]
async fn next_url_inside_a_union_read_from_the_body() {
    let server = MockServer::start().await;
    let base = server.uri();
    for (page, items, next) in [
        (None, vec!["d1"], Some(2)),
        (Some("2"), vec!["d2"], Some(3)),
        (Some("3"), vec!["d3"], None),
    ] {
        let m = Mock::given(method("GET")).and(path("/next-url/droplets"));
        let m = match page {
            Some(p) => m.and(query_param("page", p)),
            None => m.and(query_param_is_missing("page")),
        };
        let pages = match next {
            Some(n) => {
                json!({"last": format!("{base}/next-url/droplets?page=3"), "next": format!("{base}/next-url/droplets?page={n}")})
            }
            None => {
                json!({"first": format!("{base}/next-url/droplets?page=1"), "prev": format!("{base}/next-url/droplets?page=2")})
            }
        };
        m.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"droplets": events(&items), "links": {"pages": pages}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    }
    let c = client(&server, paged::Config::new());
    assert_eq!(ids(c.list_droplets().items()).await, ["d1", "d2", "d3"]);
}

#[tokio::test]
async fn link_header_with_several_relations() {
    let server = MockServer::start().await;
    let base = server.uri();
    for (page, items, link) in [
        (None, vec!["r1", "r2"], Some(format!("<{base}/link/repos?page=2&per_page=2>; rel=\"next\", <{base}/link/repos?page=3&per_page=2>; rel=\"last\""))),
        (Some("2"), vec!["r3", "r4"], Some(format!("<{base}/link/repos?page=1&per_page=2>; rel=\"prev\", <{base}/link/repos?page=3&per_page=2>; rel=\"next\""))),
        (Some("3"), vec!["r5"], Some(format!("<{base}/link/repos?page=2&per_page=2>; rel=\"prev\""))),
    ] {
        let m = Mock::given(method("GET")).and(path("/link/repos"));
        let m = match page {
            Some(p) => m.and(query_param("page", p)),
            None => m.and(query_param_is_missing("page")),
        };
        let mut r = ResponseTemplate::new(200).set_body_json(events(&items));
        if let Some(l) = link {
            r = r.insert_header("link", l.as_str());
        }
        m.respond_with(r).expect(1).mount(&server).await;
    }
    let c = client(&server, paged::Config::new());
    assert_eq!(
        ids(c.list_repos().per_page(2).items()).await,
        ["r1", "r2", "r3", "r4", "r5"]
    );
}

#[tokio::test]
async fn offset_with_total_and_page_numbers_with_page_count() {
    let server = MockServer::start().await;
    for (offset, items) in [
        ("0", vec!["i1", "i2"]),
        ("2", vec!["i3", "i4"]),
        ("4", vec!["i5"]),
    ] {
        let m = Mock::given(method("GET")).and(path("/offset/incidents"));
        let m = if offset == "0" {
            m.and(query_param_is_missing("offset"))
        } else {
            m.and(query_param("offset", offset))
        };
        m.respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"incidents": events(&items), "total": 5, "more": offset != "4"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    }
    for (page, items) in [("1", vec!["t1"]), ("2", vec!["t2"]), ("3", vec!["t3"])] {
        let m = Mock::given(method("GET")).and(path("/pages/tickets"));
        let m = if page == "1" {
            m.and(query_param_is_missing("page"))
        } else {
            m.and(query_param("page", page))
        };
        m.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"tickets": events(&items), "meta": {"total_pages": 3}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    }
    let c = client(&server, paged::Config::new());
    assert_eq!(
        ids(c.list_incidents().limit(2).items()).await,
        ["i1", "i2", "i3", "i4", "i5"]
    );
    assert_eq!(ids(c.list_tickets().items()).await, ["t1", "t2", "t3"]);
    assert_eq!(requests(&server).await, 6);
}

#[tokio::test]
async fn cursor_in_the_body_of_a_post_search() {
    let server = MockServer::start().await;
    for (after, items, next) in [
        (None, vec!["u1"], Some("x2")),
        (Some("x2"), vec!["u2"], Some("x3")),
        (Some("x3"), vec!["u3"], None),
    ] {
        let m = Mock::given(method("POST"))
            .and(path("/search/contacts"))
            .and(body_partial_json(json!({"query": "ann"})));
        let m = match after {
            Some(a) => m.and(body_partial_json(
                json!({"pagination": {"starting_after": a}}),
            )),
            None => m.and(wiremock::matchers::body_json(json!({"query": "ann"}))),
        };
        let pages = match next {
            Some(n) => json!({"next": {"starting_after": n}}),
            None => json!({}),
        };
        m.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": events(&items), "pages": pages})),
        )
        .expect(1)
        .mount(&server)
        .await;
    }
    let c = client(&server, paged::Config::new());
    let body = paged::types::SearchContactsBody {
        query: "ann".into(),
        pagination: None,
    };
    assert_eq!(
        ids(c.search_contacts(body).items()).await,
        ["u1", "u2", "u3"]
    );
}

#[tokio::test]
async fn repeated_cursor_is_an_error_and_page_cap_stops() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/cursor/events"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"events": events(&["same"]), "response_metadata": {"next_cursor": "again"}}),
        ))
        .mount(&server)
        .await;
    let c = client(&server, paged::Config::new());
    let pages: Vec<_> = futures::StreamExt::collect::<Vec<_>>(c.list_events_cursor().pages()).await;
    assert_eq!(pages.len(), 3, "two pages, then the loop error");
    assert!(pages[0].is_ok() && pages[1].is_ok());
    let err = pages[2].as_ref().unwrap_err().to_string();
    assert!(err.contains("already used in this stream"), "{err}");
    let capped = client(&server, paged::Config::new().max_pages(1));
    assert_eq!(ids(capped.list_events_cursor().items()).await, ["same"]);
}
