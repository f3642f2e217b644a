//! End to end: the `ledger` connector (specs/ledger.yaml) runs every stream in one `sync`:
//! three root streams and a child and grandchild stream fanned out per parent record, each
//! paginated its own way, against a mock server that pages for real. Checks exact tables,
//! equal results at any concurrency, incremental second runs, shards, stream selection and
//! a run killed part-way that the next run resumes.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use apitap_runtime::codegen::{Credential, RetryPolicy, SyncArgs};
use serde_json::{json, Value};
use wiremock::{MockServer, Request, Respond, ResponseTemplate};

/// The data behind the mock API, and every request it answered.
#[derive(Debug, Default)]
struct World {
    /// (id, updated)
    customers: Vec<(String, i64)>,
    products: u32,
    events: u32,
    /// Invoices added to a customer after the first run (its `updated` does not move).
    extra_invoices: BTreeMap<String, u32>,
    log: Vec<String>,
}

fn invoices_of(customer: &str) -> u32 {
    let n: u32 = customer.trim_start_matches("cus_").parse().unwrap_or(0);
    n % 3 + 3
}

const LINES_PER_INVOICE: u32 = 4;

#[derive(Clone)]
struct Api {
    world: Arc<Mutex<World>>,
    delay: Duration,
}

fn query(req: &Request) -> BTreeMap<String, String> {
    req.url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn num(q: &BTreeMap<String, String>, k: &str, default: usize) -> usize {
    q.get(k).and_then(|v| v.parse().ok()).unwrap_or(default)
}

impl Respond for Api {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut world = self.world.lock().unwrap();
        let target = match req.url.query() {
            Some(q) => format!("{}?{q}", req.url.path()),
            None => req.url.path().to_string(),
        };
        world.log.push(target);
        if req.headers.get("x-api-key").is_none_or(|v| v != "k") {
            return ResponseTemplate::new(401);
        }
        let q = query(req);
        let segments: Vec<&str> = req.url.path().trim_matches('/').split('/').collect();
        let body = match segments.as_slice() {
            ["customers"] => {
                let since = q.get("since").and_then(|s| s.parse::<i64>().ok());
                let mut list: Vec<&(String, i64)> = world
                    .customers
                    .iter()
                    .filter(|(_, u)| since.is_none_or(|s| *u >= s))
                    .collect();
                list.sort_by_key(|(id, u)| (*u, id.clone()));
                let start = match q.get("starting_after") {
                    Some(after) => list
                        .iter()
                        .position(|(id, _)| id == after)
                        .map_or(0, |p| p + 1),
                    None => 0,
                };
                let limit = num(&q, "limit", 10);
                let page: Vec<Value> = list
                    .iter()
                    .skip(start)
                    .take(limit)
                    .map(|(id, u)| json!({"id": id, "name": format!("Name {id}"), "email": null, "updated": u}))
                    .collect();
                json!({"data": page, "has_more": start + limit < list.len()})
            }
            ["customers", c, "invoices"] => {
                let n =
                    (invoices_of(c) + world.extra_invoices.get(*c).copied().unwrap_or(0)) as usize;
                let per = num(&q, "per_page", 10);
                let page = num(&q, "page", 1);
                let data: Vec<Value> = (1..=n)
                    .skip((page - 1) * per)
                    .take(per)
                    .map(|i| json!({"id": format!("{c}_inv{i}"), "amount": i * 100, "status": "paid", "created": 1000 + i}))
                    .collect();
                json!({"data": data, "total_pages": n.div_ceil(per)})
            }
            ["customers", c, "invoices", inv, "lines"] => {
                let size = num(&q, "page_size", 2);
                let at = num(&q, "page_token", 0);
                let total = LINES_PER_INVOICE as usize;
                let lines: Vec<Value> = (at..total.min(at + size))
                    .map(|l| json!({"id": format!("{inv}_l{l}"), "sku": "s", "quantity": l}))
                    .collect();
                let next = (at + size < total).then(|| {
                    format!(
                        "/customers/{c}/invoices/{inv}/lines?page_token={}&page_size={size}",
                        at + size
                    )
                });
                json!({"lines": lines, "next": next})
            }
            ["products"] => {
                let offset = num(&q, "offset", 0);
                let limit = num(&q, "limit", 10);
                let total = world.products as usize;
                let data: Vec<Value> = (offset..total.min(offset + limit))
                    .map(|p| json!({"id": format!("prod_{p}"), "name": "P", "tags": ["a"]}))
                    .collect();
                json!({"products": data, "total": total})
            }
            ["events"] => {
                let limit = num(&q, "limit", 5);
                let at = q
                    .get("cursor")
                    .and_then(|c| c.strip_prefix("c")?.parse().ok())
                    .unwrap_or(0usize);
                let total = world.events as usize;
                // Newest first.
                let data: Vec<Value> = (at..total.min(at + limit))
                    .map(|k| {
                        let n = total - k;
                        json!({"id": format!("evt_{n}"), "type": "x", "created": 5000 + n})
                    })
                    .collect();
                let next = (at + limit < total).then(|| format!("c{}", at + limit));
                json!({"events": data, "next_cursor": next})
            }
            _ => return ResponseTemplate::new(404),
        };
        ResponseTemplate::new(200)
            .set_body_json(body)
            .set_delay(self.delay)
    }
}

fn world() -> Arc<Mutex<World>> {
    Arc::new(Mutex::new(World {
        customers: (1..=7)
            .map(|n| (format!("cus_{n}"), 100 + n as i64))
            .collect(),
        products: 8,
        events: 10,
        extra_invoices: BTreeMap::new(),
        log: Vec::new(),
    }))
}

async fn serve(world: &Arc<Mutex<World>>, delay: Duration) -> MockServer {
    let server = MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(Api {
            world: world.clone(),
            delay,
        })
        .mount(&server)
        .await;
    server
}

fn client(server: &MockServer) -> ledger::Client {
    ledger::Client::new(
        ledger::Config::new()
            .base_url(server.uri())
            .credential("key", Credential::api_key("k"))
            .retry(RetryPolicy::none()),
    )
    .unwrap()
}

fn args(db: &std::path::Path, extra: &[&str]) -> SyncArgs {
    let mut list = vec!["--to".to_string(), format!("sqlite:{}", db.display())];
    list.extend(extra.iter().map(|s| s.to_string()));
    SyncArgs::parse(list).unwrap()
}

fn rows(db: &std::path::Path, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let out = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    out
}

fn count(db: &std::path::Path, table: &str) -> usize {
    rows(
        db,
        &format!("SELECT CAST(count(*) AS TEXT) FROM \"{table}\""),
    )[0]
    .parse()
    .unwrap()
}

const EXPECTED_INVOICES: usize = 28; // 4+5+3+4+5+3+4
const DUMP: &[&str] = &[
    "SELECT id || '|' || name || '|' || updated FROM customer ORDER BY id",
    "SELECT id || '|' || amount || '|' || _parent_customer FROM invoice ORDER BY id",
    "SELECT id || '|' || quantity || '|' || _parent_invoice || '|' || _parent_customer FROM line ORDER BY id",
    "SELECT id || '|' || tags FROM product ORDER BY id",
    "SELECT id || '|' || created FROM event ORDER BY id",
];

fn dump(db: &std::path::Path) -> Vec<Vec<String>> {
    DUMP.iter().map(|sql| rows(db, sql)).collect()
}

#[tokio::test]
async fn every_stream_in_one_run_the_same_at_any_concurrency_then_only_what_is_new() {
    let dir = tempfile::tempdir().unwrap();
    let mut dumps = Vec::new();
    for concurrency in ["1", "8"] {
        let world = world();
        let server = serve(&world, Duration::ZERO).await;
        let db = dir.path().join(format!("c{concurrency}.db"));
        let report = ledger::sync::run(
            &client(&server),
            &args(&db, &["--page-size", "3", "--concurrency", concurrency]),
        )
        .await
        .unwrap();
        assert_eq!(
            report.records as usize,
            7 + EXPECTED_INVOICES + EXPECTED_INVOICES * 4 + 8 + 10
        );
        assert_eq!(count(&db, "customer"), 7);
        assert_eq!(count(&db, "invoice"), EXPECTED_INVOICES);
        assert_eq!(count(&db, "line"), EXPECTED_INVOICES * 4);
        assert_eq!(count(&db, "product"), 8);
        assert_eq!(count(&db, "event"), 10);
        // The stream that needs --param did not run, and its table was not created.
        let tables = rows(
            &db,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        );
        assert!(!tables.contains(&"report".to_string()), "{tables:?}");
        // Child rows carry their parents' keys.
        assert_eq!(
            rows(&db, "SELECT _parent_invoice || ' ' || _parent_customer FROM line WHERE id = 'cus_5_inv2_l3'"),
            vec!["cus_5_inv2 cus_5"]
        );
        // Several pages of each, at the page size asked for.
        let log = world.lock().unwrap().log.clone();
        assert!(
            log.iter().any(|r| r.starts_with("/customers?")
                && r.contains("limit=3")
                && r.contains("starting_after=cus_3")),
            "{log:?}"
        );
        assert!(
            log.iter().any(|r| r.contains("/invoices?")
                && r.contains("page=2")
                && r.contains("per_page=3")),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|r| r.contains("/lines?page_token=3&page_size=3")),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|r| r.starts_with("/products?") && r.contains("offset=6")),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|r| r.starts_with("/events?") && r.contains("cursor=c9")),
            "{log:?}"
        );
        dumps.push(dump(&db));

        if concurrency == "1" {
            // Second run: one customer changed, one is new, and an unchanged customer got an
            // invoice. Customers are read whole for their children (a child can change while
            // its parent does not), but only the changed ones are loaded again.
            {
                let mut w = world.lock().unwrap();
                w.customers[1].1 = 500;
                w.customers.push(("cus_8".into(), 501));
                w.extra_invoices.insert("cus_1".into(), 1);
                w.events = 12;
                w.log.clear();
            }
            let report = ledger::sync::run(&client(&server), &args(&db, &["--page-size", "3"]))
                .await
                .unwrap();
            let log = world.lock().unwrap().log.clone();
            assert!(
                log.iter()
                    .filter(|r| r.starts_with("/customers?"))
                    .all(|r| !r.contains("since=")),
                "{log:?}"
            );
            assert_eq!(
                rows(
                    &db,
                    "SELECT id FROM invoice WHERE _parent_customer = 'cus_1' ORDER BY id"
                ),
                vec![
                    "cus_1_inv1",
                    "cus_1_inv2",
                    "cus_1_inv3",
                    "cus_1_inv4",
                    "cus_1_inv5"
                ],
                "the new invoice of an unchanged customer"
            );
            assert_eq!(count(&db, "customer"), 8);
            assert_eq!(
                rows(
                    &db,
                    "SELECT CAST(updated AS TEXT) FROM customer WHERE id = 'cus_2'"
                ),
                vec!["500"]
            );
            assert_eq!(count(&db, "event"), 12);
            assert_eq!(
                count(&db, "invoice"),
                EXPECTED_INVOICES + invoices_of("cus_8") as usize + 1
            );
            let stream = |name: &str| {
                report
                    .streams
                    .iter()
                    .find(|s| s.name == name)
                    .unwrap()
                    .records
            };
            // cus_7 (at the saved value: the filter is inclusive), cus_2 and cus_8.
            assert_eq!(stream("list_customers"), 3);
            // Per customer, invoices from its own saved value on: its newest again, and all
            // of cus_8's.
            assert_eq!(
                stream("list_customer_invoices"),
                7 + 1 + invoices_of("cus_8") as u64
            );
            // The two new events and the one at the saved value (the filter is inclusive).
            assert_eq!(stream("list_events"), 3, "only the newer events are loaded");
        }
    }
    assert_eq!(
        dumps[0], dumps[1],
        "--concurrency 1 and 8 load the same tables"
    );
}

#[tokio::test]
async fn selection_shards_and_page_size() {
    let dir = tempfile::tempdir().unwrap();
    let world = world();
    let server = serve(&world, Duration::ZERO).await;
    let client = client(&server);

    // --streams: only those tables are created; a child's parent is read, not loaded.
    let db = dir.path().join("some.db");
    let report = ledger::sync::run(
        &client,
        &args(&db, &["--streams", "list_products,list_customer_invoices"]),
    )
    .await
    .unwrap();
    let tables = rows(&db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY name");
    assert_eq!(tables, vec!["invoice", "product"]);
    assert_eq!(report.records as usize, EXPECTED_INVOICES + 8);
    // Defaults: the spec's maximum page size.
    let log = world.lock().unwrap().log.clone();
    assert!(
        log.iter()
            .any(|r| r.starts_with("/customers?") && r.contains("limit=100")),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|r| r.starts_with("/products?") && r.contains("limit=200")),
        "{log:?}"
    );

    // A stream that needs a parameter says so.
    let err = ledger::sync::run(&client, &args(&db, &["list_reports"]))
        .await
        .unwrap_err();
    assert!(
        matches!(err, apitap_runtime::codegen::RunError::Selection(_)),
        "{err:?}"
    );
    let err = err.to_string();
    assert!(err.contains("needs --param account=..."), "{err}");

    // Two shards into one database = one unsharded run.
    let whole = dir.path().join("whole.db");
    let shared = dir.path().join("shards.db");
    ledger::sync::run(&client, &args(&whole, &["--page-size", "2"]))
        .await
        .unwrap();
    let a = ledger::sync::run(
        &client,
        &args(&shared, &["--page-size", "2", "--shard", "1/2"]),
    )
    .await
    .unwrap();
    let b = ledger::sync::run(
        &client,
        &args(&shared, &["--page-size", "2", "--shard", "2/2"]),
    )
    .await
    .unwrap();
    assert!(a.records > 0 && b.records > 0);
    assert_eq!(
        a.records + b.records,
        (7 + EXPECTED_INVOICES * 5 + 8 + 10) as u64
    );
    assert_eq!(dump(&whole), dump(&shared));

    let list = ledger::sync::list();
    assert!(
        list.contains("list_invoice_lines  (selected)\n  tables:     line\n"),
        "{list}"
    );
    assert!(
        list.contains(
            "  parent:     list_customer_invoices (invoice = id, customer = parent's customer)\n"
        ),
        "{list}"
    );
    assert!(
        list.contains("  needs:      --param account=...\n"),
        "{list}"
    );
}

#[tokio::test]
async fn a_killed_run_is_resumed_with_every_record_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    let world = world();
    let server = serve(&world, Duration::from_millis(15)).await;
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_ledger_sync"))
            .args([
                "--to",
                &format!("sqlite:{}", db.display()),
                "--page-size",
                "3",
                "--concurrency",
                "1",
            ])
            .env("LEDGER_BASE_URL", server.uri())
            .env("LEDGER_API_KEY", "k")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut child = run();
    // The first page of customers and all their children take 1 + 5 + 24 requests; kill
    // well after that, in the middle of the second page's children.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while world.lock().unwrap().log.len() < 45 {
        assert!(
            std::time::Instant::now() < deadline,
            "the sync made too few requests"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the sync ended before it was killed"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let resume = rows(
        &db,
        "SELECT stream || ' ' || value FROM _apitap_state WHERE stream LIKE '%#resume'",
    );
    assert!(
        resume.iter().any(|r| r
            .starts_with("list_customers#children=list_customer_invoices#resume")
            && r.contains("cus_3")),
        "{resume:?}"
    );
    world.lock().unwrap().log.clear();

    let out = run().wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = world.lock().unwrap().log.clone();
    let first_customers = log.iter().find(|r| r.starts_with("/customers")).unwrap();
    assert!(
        first_customers.contains("starting_after=cus_3"),
        "resumed at the saved page: {log:?}"
    );
    assert!(
        !log.iter().any(|r| r.starts_with("/customers/cus_1/")),
        "finished parents are not read again: {log:?}"
    );
    assert_eq!(count(&db, "customer"), 7);
    assert_eq!(count(&db, "invoice"), EXPECTED_INVOICES);
    assert_eq!(count(&db, "line"), EXPECTED_INVOICES * 4);
    assert_eq!(count(&db, "product"), 8);
    assert_eq!(count(&db, "event"), 10);
    let left = rows(
        &db,
        "SELECT stream FROM _apitap_state WHERE stream LIKE '%#resume'",
    );
    assert!(left.is_empty(), "{left:?}");
}
