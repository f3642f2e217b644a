//! `run_sync` over hand-made record streams and over a real paginated mock API.
#![cfg(feature = "sinks")]

mod sink_support;

use apitap_runtime::codegen as rt;
use futures::{stream, StreamExt};
use serde_json::{json, Value};
use sink_support::{customer, Customer, TABLES};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: rt::ApiSpec = rt::ApiSpec {
    name: "Sync test",
    default_base_url: "http://127.0.0.1:9",
    base_url_env: "",
    security_schemes: &[],
};

type Item = Result<Result<Customer, (String, String)>, rt::Error<()>>;

fn client(base: &str) -> rt::Client {
    rt::Client::new(rt::Config::new().base_url(base), &API).unwrap()
}

fn state_of(c: &Customer) -> Option<String> {
    Some(c.created.to_string())
}

fn lines(path: &std::path::Path) -> usize {
    std::fs::read_to_string(path)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

#[tokio::test]
async fn counts_records_rows_rejections_and_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = rt::Sink::open(&format!("jsonl:{}", dir.path().display()), TABLES)
        .await
        .unwrap();
    let items: Vec<Item> = vec![
        Ok(Ok(customer(1, 2))),
        Ok(Ok(customer(2, 0))),
        Ok(Err((
            "at `balance`: invalid type".into(),
            "{\"id\":\"x\"}".into(),
        ))),
        Ok(Ok(customer(3, 1))),
        Ok(Ok(customer(4, 1))),
        Ok(Ok(customer(5, 1))),
    ];
    let report = rt::run_sync(
        &mut sink,
        "customers",
        stream::iter(items),
        state_of,
        Some("1700000000".into()),
        &client("http://127.0.0.1:9"),
        2,
    )
    .await
    .unwrap();
    assert_eq!(report.records, 5);
    assert_eq!(report.rejected, 1);
    assert_eq!(
        report.rows_by_table,
        vec![
            ("customers".to_string(), 5),
            ("customers__items".to_string(), 5)
        ]
    );
    assert_eq!(report.state.as_deref(), Some("1700000005"));
    assert_eq!((report.pages, report.requests, report.retries), (0, 0, 0));
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000005")
    );
    sink.finish().await.unwrap();
    assert_eq!(lines(&dir.path().join("customers.jsonl")), 5);
    assert_eq!(lines(&dir.path().join("_rejected.jsonl")), 1);
    let summary = report.to_string();
    assert!(
        summary.starts_with("loaded 5 records (1 rejected) in "),
        "{summary}"
    );
    assert!(
        summary.contains("rows: customers 5, customers__items 5"),
        "{summary}"
    );
    assert!(summary.ends_with("state: 1700000005"), "{summary}");
}

#[tokio::test]
async fn fatal_error_keeps_what_was_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = rt::Sink::open(&format!("jsonl:{}", dir.path().display()), TABLES)
        .await
        .unwrap();
    let items: Vec<Item> = vec![
        Ok(Ok(customer(1, 0))),
        Ok(Ok(customer(2, 0))),
        Ok(Ok(customer(3, 0))),
        Err(rt::Error::Pagination {
            message: "cursor repeated".into(),
        }),
        Ok(Ok(customer(4, 0))),
    ];
    let err = rt::run_sync(
        &mut sink,
        "customers",
        stream::iter(items),
        state_of,
        None,
        &client("http://127.0.0.1:9"),
        2,
    )
    .await
    .unwrap_err();
    let report = err.report();
    assert_eq!(
        report.records, 3,
        "the complete batch and the batch in flight"
    );
    assert_eq!(report.state.as_deref(), Some("1700000003"));
    assert!(err.to_string().contains("cursor repeated"), "{err}");
    assert!(matches!(
        err,
        rt::SyncError::Source {
            retryable: false,
            ..
        }
    ));
    assert_eq!(lines(&dir.path().join("customers.jsonl")), 3);
}

#[tokio::test]
async fn newest_first_streams_save_state_only_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = rt::Sink::open(&format!("jsonl:{}", dir.path().display()), TABLES)
        .await
        .unwrap();
    let items: Vec<Item> = vec![
        Ok(Ok(customer(9, 0))),
        Ok(Ok(customer(8, 0))),
        Ok(Ok(customer(7, 0))),
        Err(rt::Error::Timeout),
    ];
    let err = rt::run_sync(
        &mut sink,
        "customers",
        stream::iter(items),
        state_of,
        None,
        &client("http://127.0.0.1:9"),
        1,
    )
    .await
    .unwrap_err();
    // Saving 1700000009 would make the next run skip older records never loaded.
    assert_eq!(err.report().state, None);
    assert_eq!(sink.load_state("customers").await.unwrap(), None);

    let items: Vec<Item> = vec![Ok(Ok(customer(9, 0))), Ok(Ok(customer(8, 0)))];
    let report = rt::run_sync(
        &mut sink,
        "customers",
        stream::iter(items),
        state_of,
        None,
        &client("http://127.0.0.1:9"),
        1,
    )
    .await
    .unwrap();
    assert_eq!(report.state.as_deref(), Some("1700000009"));
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000009")
    );
}

#[derive(serde::Deserialize)]
struct Page {
    data: Vec<Value>,
    next: Option<String>,
}

static PLAN: rt::PagePlan = rt::PagePlan {
    kind: rt::PageKind::Cursor,
    param: Some("cursor"),
    param_in: rt::ParamIn::Query,
    param_path: &[],
    size_param: None,
    size_in: rt::ParamIn::Query,
    size_path: &[],
    first_page: 1,
};

fn extract(page: &Page, _: &rt::Response) -> rt::PageInfo {
    rt::PageInfo {
        item_count: page.data.len(),
        next_token: page.next.clone(),
        ..Default::default()
    }
}

fn record(n: u32) -> Value {
    json!({
        "id": format!("cus_{n}"), "name": null, "balance": n, "score": 1.0, "active": true,
        "created": 1_700_000_000 + n, "address": {"city": "X"}, "metadata": {},
        "items": [{"sku": "a", "qty": 1}]
    })
}

#[tokio::test]
async fn syncs_a_paginated_operation() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/customers"))
        .and(query_param("cursor", "p2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [record(3), {"id": "cus_bad", "balance": "lots"}], "next": null
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/customers"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [record(1), record(2)], "next": "p2"})),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let pages = rt::paginate::<Page, ()>(
        client.clone(),
        rt::Request::new(rt::Method::GET, "/customers", "list_customers"),
        &PLAN,
        extract,
    );
    let records = pages.flat_map(|page| {
        let items: Vec<Item> = match page {
            Ok(page) => {
                let _ = page.next;
                rt::decode_records::<Customer>(page.data)
                    .into_iter()
                    .map(Ok)
                    .collect()
            }
            Err(e) => vec![Err(e)],
        };
        stream::iter(items)
    });
    let dir = tempfile::tempdir().unwrap();
    let mut sink = rt::Sink::open(&format!("csv:{}", dir.path().display()), TABLES)
        .await
        .unwrap();
    let report = rt::run_sync(
        &mut sink,
        "customers",
        records,
        state_of,
        None,
        &client,
        1000,
    )
    .await
    .unwrap();
    sink.finish().await.unwrap();
    assert_eq!((report.records, report.rejected), (3, 1));
    assert_eq!((report.pages, report.requests, report.retries), (2, 2, 0));
    assert_eq!(report.state.as_deref(), Some("1700000003"));
    assert_eq!(lines(&dir.path().join("customers.csv")), 4);
    let rejected = std::fs::read_to_string(dir.path().join("_rejected.jsonl")).unwrap();
    assert!(
        rejected.contains("cus_bad") && rejected.contains("at `balance`"),
        "{rejected}"
    );
}
