//! End to end: the `orders` connector (specs/records.yaml) syncs a three-page list from a
//! mock server into SQLite; a second run, with new and updated records on the server, loads
//! only those (its cursor is `updated_at`, which moves when a record changes, not the
//! `created` the API could filter on).

use apitap_runtime::codegen::{Credential, RetryPolicy, SyncArgs};
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// When order `n` last changed: one second apart.
fn updated(n: u32) -> String {
    format!("2024-01-01T00:00:{n:02}Z")
}

fn order(n: u32) -> Value {
    order_updated(n, n)
}

/// Order `n`, last changed at second `at`.
fn order_updated(n: u32, at: u32) -> Value {
    json!({
        "id": format!("ord_{n}"),
        "status": if n.is_multiple_of(2) { "paid" } else { "open" },
        "created": 1_700_000_000 + n * 100,
        "updated_at": updated(at),
        "total": n as f64 * 1.5,
        "tags": ["a", "b"],
        "metadata": {"k": format!("v{n}")},
        "reference": n,
        "customer": {"id": format!("cus_{n}"), "email": "x@example.com"},
        "shipping": {"name": "Ann", "address": {"city": "Oslo", "geo": {"lat": 1.0, "lon": 2.0}}},
        "lines": [
            {"sku": "s1", "quantity": 1, "discounts": [{"code": "d1", "amount": 5}]},
            {"sku": "s2", "quantity": 2}
        ]
    })
}

async fn serve_page(
    server: &MockServer,
    after: Option<&str>,
    created_gte: Option<&str>,
    orders: &[u32],
    more: bool,
) {
    let m = Mock::given(method("GET")).and(path("/orders"));
    let m = match after {
        Some(a) => m.and(query_param("starting_after", a)),
        None => m.and(query_param_is_missing("starting_after")),
    };
    let m = match created_gte {
        Some(c) => m.and(query_param("created[gte]", c)),
        None => m.and(query_param_is_missing("created[gte]")),
    };
    let data: Vec<Value> = orders.iter().map(|n| order(*n)).collect();
    respond(m, data, more, server).await;
}

/// A page of `records` after `after`, asked for without a filter.
async fn serve_records(server: &MockServer, after: Option<&str>, records: Vec<Value>, more: bool) {
    let m = Mock::given(method("GET"))
        .and(path("/orders"))
        .and(query_param_is_missing("created[gte]"));
    let m = match after {
        Some(a) => m.and(query_param("starting_after", a)),
        None => m.and(query_param_is_missing("starting_after")),
    };
    respond(m, records, more, server).await;
}

async fn respond(m: wiremock::MockBuilder, data: Vec<Value>, more: bool, server: &MockServer) {
    m.respond_with(
        ResponseTemplate::new(200).set_body_json(json!({"data": data, "has_more": more})),
    )
    .mount(server)
    .await;
}

fn count(db: &rusqlite::Connection, table: &str) -> i64 {
    db.query_row(&format!("SELECT COUNT(*) FROM \"{table}\""), [], |r| {
        r.get(0)
    })
    .unwrap()
}

#[tokio::test]
async fn three_pages_into_sqlite_then_only_new_and_updated_records() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("orders.db");
    let server = MockServer::start().await;
    serve_page(&server, None, None, &[1, 2], true).await;
    serve_page(&server, Some("ord_2"), None, &[3, 4], true).await;
    serve_page(&server, Some("ord_4"), None, &[5], false).await;
    let client = orders::Client::new(
        orders::Config::new()
            .base_url(server.uri())
            .credential("key", Credential::api_key("k"))
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    let args = |extra: &[&str]| {
        let mut a = vec![
            "list_orders".to_string(),
            "--to".to_string(),
            format!("sqlite:{}", db_path.display()),
        ];
        a.extend(extra.iter().map(|s| s.to_string()));
        SyncArgs::parse(a).unwrap()
    };

    let report = match orders::sync::run(&client, &args(&[])).await {
        Ok(r) => r,
        Err(e) => panic!(
            "{e}; requests: {:?}",
            server
                .received_requests()
                .await
                .unwrap()
                .iter()
                .map(|r| r.url.to_string())
                .collect::<Vec<_>>()
        ),
    };
    assert_eq!(report.records, 5);
    assert_eq!(report.pages, 3);
    assert_eq!(report.rejected, 0);
    {
        let db = rusqlite::Connection::open(&db_path).unwrap();
        assert_eq!(count(&db, "order"), 5);
        assert_eq!(count(&db, "order__lines"), 10);
        assert_eq!(count(&db, "order__lines__discounts"), 5);
        let (status, customer, city, reference): (String, String, String, String) = db
            .query_row(
                "SELECT status, customer, shipping__address__city, reference FROM \"order\" WHERE id = 'ord_2'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap();
        assert_eq!(
            (
                status.as_str(),
                customer.as_str(),
                city.as_str(),
                reference.as_str()
            ),
            ("paid", "cus_2", "Oslo", "2")
        );
        let created: String = db
            .query_row(
                "SELECT created FROM \"order\" WHERE id = 'ord_1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(created.starts_with("2023-11-14T22:15"), "{created}");
        let sku: String = db
            .query_row(
                "SELECT sku FROM order__lines WHERE _root_id = 'ord_3' AND _index = 1",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(sku, "s2");
        let state: String = db
            .query_row(
                "SELECT value FROM _apitap_state WHERE stream = 'list_orders'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(state, updated(5), "the highest `updated_at` seen");
    }

    // The server now has two more orders, and order 2 changed. The API cannot filter on
    // `updated_at`, so every page is read; only what changed since the state is loaded.
    server.reset().await;
    let mut changed = order_updated(2, 9);
    changed["status"] = json!("open");
    serve_records(&server, None, vec![order(1), changed], true).await;
    serve_page(&server, Some("ord_2"), None, &[3, 4], true).await;
    serve_page(&server, Some("ord_4"), None, &[5, 6, 7], false).await;
    let report = match orders::sync::run(&client, &args(&[])).await {
        Ok(r) => r,
        Err(e) => panic!(
            "{e}; requests: {:?}",
            server
                .received_requests()
                .await
                .unwrap()
                .iter()
                .map(|r| r.url.to_string())
                .collect::<Vec<_>>()
        ),
    };
    assert_eq!(
        report.records, 4,
        "the updated order, the last old one (same timestamp) and the two new ones"
    );
    assert_eq!(report.state.as_deref(), Some(updated(9).as_str()));
    let db = rusqlite::Connection::open(&db_path).unwrap();
    assert_eq!(count(&db, "order"), 7, "nothing duplicated");
    let status: String = db
        .query_row("SELECT status FROM \"order\" WHERE id = 'ord_2'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(status, "open", "the update is loaded");
    assert_eq!(count(&db, "order__lines"), 14);
    assert_eq!(count(&db, "order__lines__discounts"), 7);
}

#[tokio::test]
async fn a_bad_record_is_rejected_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("orders.db");
    let server = MockServer::start().await;
    let mut bad = order(2);
    bad["status"] = json!(42);
    Mock::given(method("GET"))
        .and(path("/orders"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [order(1), bad, order(3)], "has_more": false})),
        )
        .mount(&server)
        .await;
    let client = orders::Client::new(
        orders::Config::new()
            .base_url(server.uri())
            .credential("key", Credential::api_key("k")),
    )
    .unwrap();
    let args = SyncArgs::parse(vec![
        "list_orders".into(),
        "--to".into(),
        format!("sqlite:{}", db_path.display()),
    ])
    .unwrap();
    let report = orders::sync::run(&client, &args).await.unwrap();
    assert_eq!((report.records, report.rejected), (2, 1));
    let db = rusqlite::Connection::open(&db_path).unwrap();
    assert_eq!(count(&db, "order"), 2);
    let (reason, raw): (String, String) = db
        .query_row("SELECT reason, raw FROM _rejected", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert!(reason.contains("status"), "{reason}");
    assert!(raw.contains("ord_2"), "{raw}");
}

#[test]
fn schema_sql_matches_the_runtime_ddl() {
    use apitap_runtime::codegen::{ddl, Dialect};
    let schema = include_str!("../../generated-examples/orders/schema.sql");
    let (pg, sqlite) = schema.split_once("-- SQLite\n").unwrap();
    let pg = pg.split_once("-- PostgreSQL\n").unwrap().1;
    assert_eq!(
        pg.trim(),
        ddl(orders::tables::TABLES, Dialect::Postgres).trim()
    );
    assert_eq!(
        sqlite.trim(),
        ddl(orders::tables::TABLES, Dialect::Sqlite).trim()
    );
}

#[tokio::test]
async fn an_interrupted_sync_resumes_with_nothing_missing_or_duplicated() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("orders.db");
    let server = MockServer::start().await;
    let client = orders::Client::new(
        orders::Config::new()
            .base_url(server.uri())
            .credential("key", Credential::api_key("k"))
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    let args = SyncArgs::parse(vec![
        "list_orders".into(),
        "--to".into(),
        format!("sqlite:{}", db_path.display()),
        "--batch-size".into(),
        "2".into(),
    ])
    .unwrap();

    // Run 1: the second page fails; the first page stays loaded with the position after it,
    // and the state does not move (the stream did not reach its end).
    serve_page(&server, None, None, &[1, 2], true).await;
    Mock::given(method("GET"))
        .and(path("/orders"))
        .and(query_param("starting_after", "ord_2"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let err = orders::sync::run(&client, &args).await.unwrap_err();
    // The error keeps the report of the page loaded before the failure.
    assert_eq!(err.report().map(|r| r.records), Some(2), "{err:?}");
    assert!(err.to_string().contains("500"), "{err}");
    {
        let db = rusqlite::Connection::open(&db_path).unwrap();
        assert_eq!(count(&db, "order"), 2);
        let states: Vec<(String, String)> = db
            .prepare("SELECT stream, value FROM _apitap_state")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(states.len(), 1, "{states:?}");
        assert_eq!(states[0].0, "list_orders#resume");
        assert!(states[0].1.contains(r#""token":"ord_2""#), "{states:?}");
    }

    // Run 2: resumes at the saved position, with the same filter, and completes.
    server.reset().await;
    serve_page(&server, Some("ord_2"), None, &[3, 4], true).await;
    serve_page(&server, Some("ord_4"), None, &[5], false).await;
    let report = orders::sync::run(&client, &args).await.unwrap();
    assert_eq!(report.records, 3, "only the pages not loaded yet");
    assert_eq!(report.state.as_deref(), Some(updated(5).as_str()));
    let db = rusqlite::Connection::open(&db_path).unwrap();
    assert_eq!(count(&db, "order"), 5, "every order once");
    assert_eq!(count(&db, "order__lines"), 10);
    assert_eq!(count(&db, "order__lines__discounts"), 5);
    let ids: Vec<String> = db
        .prepare("SELECT id FROM \"order\" ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(ids, ["ord_1", "ord_2", "ord_3", "ord_4", "ord_5"]);
}
