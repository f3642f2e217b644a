//! End to end: nothing is lost. The `billing` connector (specs/billing.yaml, configured by
//! specs/billing.toml) against a mock API that pages for real: a capped run followed by a
//! full one loads every record; fields the spec does not declare land in `_extra` columns
//! and the run summary (or, with `freeze`, the stream fails naming them); a record twice in
//! one page keeps only its last children; `append` keeps every version, `replace` removes
//! what the source no longer has; a lookback re-reads a window for late records; and the
//! crate of the API's next version (`billing_v2`, from specs/billing-v2.yaml) loads into
//! the same SQLite or PostgreSQL database, adding and widening columns, old rows intact.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use apitap_runtime::codegen::{Credential, RetryPolicy, SyncArgs, SyncReport};
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The data behind the mock API, and every request it answered.
#[derive(Debug, Default)]
struct World {
    charges: Vec<Value>,
    /// Served in the order given, after the ones sorted (to repeat a record in one page).
    customers: Vec<Value>,
    plans: Vec<Value>,
    /// Answer 500 to the plans page of this number.
    fail_plans_page: Option<usize>,
    /// Serve this list as the one and only page of charges, as it is.
    charges_page: Option<Vec<Value>>,
    log: Vec<String>,
}

#[derive(Clone)]
struct Api(Arc<Mutex<World>>);

fn query(req: &Request) -> BTreeMap<String, String> {
    req.url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn num(q: &BTreeMap<String, String>, k: &str, default: usize) -> usize {
    q.get(k).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn text<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or_default()
}

impl Respond for Api {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut world = self.0.lock().unwrap();
        world.log.push(match req.url.query() {
            Some(q) => format!("{}?{q}", req.url.path()),
            None => req.url.path().to_string(),
        });
        if req.headers.get("x-api-key").is_none_or(|v| v != "k") {
            return ResponseTemplate::new(401);
        }
        let q = query(req);
        let body = match req.url.path() {
            "/charges" => {
                if let Some(page) = &world.charges_page {
                    return ResponseTemplate::new(200)
                        .set_body_json(json!({"data": page, "has_more": false}));
                }
                // The most recently updated first, as the spec says.
                let mut list: Vec<&Value> = world
                    .charges
                    .iter()
                    .filter(|c| {
                        q.get("updated_since")
                            .is_none_or(|s| text(c, "updated_at") >= s.as_str())
                    })
                    .collect();
                list.sort_by(|a, b| {
                    (text(b, "updated_at"), text(b, "id"))
                        .cmp(&(text(a, "updated_at"), text(a, "id")))
                });
                let start = match q.get("starting_after") {
                    Some(after) => list
                        .iter()
                        .position(|c| text(c, "id") == after)
                        .map_or(0, |p| p + 1),
                    None => 0,
                };
                let limit = num(&q, "limit", 10);
                let page: Vec<&Value> = list.iter().skip(start).take(limit).copied().collect();
                json!({"data": page, "has_more": start + limit < list.len()})
            }
            "/customers" => {
                let offset = num(&q, "offset", 0);
                let limit = num(&q, "limit", 10);
                let page: Vec<&Value> = world.customers.iter().skip(offset).take(limit).collect();
                json!({"customers": page, "total": world.customers.len()})
            }
            "/plans" => {
                let page = num(&q, "page", 1);
                if world.fail_plans_page == Some(page) {
                    return ResponseTemplate::new(500);
                }
                let per = num(&q, "per_page", 10);
                let data: Vec<&Value> = world
                    .plans
                    .iter()
                    .skip((page - 1) * per)
                    .take(per)
                    .collect();
                json!({"plans": data, "total_pages": world.plans.len().div_ceil(per)})
            }
            _ => return ResponseTemplate::new(404),
        };
        ResponseTemplate::new(200).set_body_json(body)
    }
}

/// A time `minute` minutes after noon on 2024-03-01.
fn at(minute: u32) -> String {
    format!("2024-03-01T{:02}:{:02}:00Z", 12 + minute / 60, minute % 60)
}

/// Charge `n`, last updated at `at(minute)`, with `refunds` refunds.
fn charge(n: u32, minute: u32, refunds: u32) -> Value {
    json!({
        "id": format!("ch_{n:03}"),
        "amount": 100 * n,
        "currency": "eur",
        "status": "succeeded",
        "created_at": at(0),
        "updated_at": at(minute),
        "card": {"brand": "visa", "last4": "4242"},
        "refunds": (0..refunds).map(|r| json!({"id": format!("re_{n}_{r}"), "amount": r + 1})).collect::<Vec<_>>(),
    })
}

fn customer(n: u32, name: &str, created: u32, updated: Option<u32>) -> Value {
    json!({
        "id": format!("cus_{n}"),
        "name": name,
        "email": null,
        "created_at": at(created),
        "updated_at": updated.map(at),
    })
}

fn plan(id: &str, amount: u32) -> Value {
    json!({"id": id, "name": format!("Plan {id}"), "amount": amount})
}

struct Setup {
    world: Arc<Mutex<World>>,
    server: MockServer,
    dir: tempfile::TempDir,
}

async fn setup() -> Setup {
    let world = Arc::new(Mutex::new(World::default()));
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(Api(world.clone()))
        .mount(&server)
        .await;
    Setup {
        world,
        server,
        dir: tempfile::tempdir().unwrap(),
    }
}

impl Setup {
    fn db(&self) -> String {
        format!("sqlite:{}", self.dir.path().join("billing.db").display())
    }

    fn sqlite(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.dir.path().join("billing.db")).unwrap()
    }

    fn client(&self) -> billing::Client {
        billing::Client::new(
            billing::Config::new()
                .base_url(self.server.uri())
                .credential("key", Credential::api_key("k"))
                .retry(RetryPolicy::none()),
        )
        .unwrap()
    }

    /// `sync ARGS` of the v1 crate; the error carries the report's text.
    async fn sync(&self, args: &[&str]) -> Result<SyncReport, String> {
        let args = SyncArgs::parse(args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        billing::sync::run(&self.client(), &args)
            .await
            .map_err(|e| e.to_string())
    }

    fn take_log(&self) -> Vec<String> {
        std::mem::take(&mut self.world.lock().unwrap().log)
    }
}

fn count(db: &rusqlite::Connection, table: &str) -> i64 {
    db.query_row(&format!("SELECT COUNT(*) FROM \"{table}\""), [], |r| {
        r.get(0)
    })
    .unwrap()
}

fn strings(db: &rusqlite::Connection, sql: &str) -> Vec<String> {
    db.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[tokio::test]
async fn a_capped_run_then_a_full_run_loads_every_record() {
    let s = setup().await;
    s.world.lock().unwrap().charges = (1..=45).map(|n| charge(n, n, 1)).collect();
    let db = s.db();
    let capped = s
        .sync(&[
            "list_charges",
            "--to",
            &db,
            "--page-size",
            "10",
            "--max-pages",
            "2",
        ])
        .await
        .unwrap();
    assert_eq!(capped.records, 20);
    assert_eq!(capped.streams[0].incomplete, 1, "{capped}");
    // A capped run requests no page it will not load (no read-ahead).
    let requested = |s: &Setup| {
        let mut world = s.world.lock().unwrap();
        std::mem::take(&mut world.log)
    };
    assert_eq!(requested(&s).len(), 2);
    assert_eq!(capped.streams[0].requests.requests, 2, "{capped}");
    {
        let sql = s.sqlite();
        assert_eq!(count(&sql, "charge"), 20);
        // The newest 20: no state yet, only the position of the next page.
        let keys = strings(&sql, "SELECT stream FROM _apitap_state");
        assert_eq!(keys, ["list_charges#resume"]);
    }
    let full = s
        .sync(&["list_charges", "--to", &db, "--page-size", "10"])
        .await
        .unwrap();
    assert_eq!(full.records, 25, "the pages the capped run did not load");
    // Read ahead on another task, each page once, and counted for its stream.
    let log = requested(&s);
    assert_eq!(log.len(), 3, "{log:?}");
    assert_eq!(full.streams[0].requests.requests, 3, "{full}");
    assert_eq!(full.state.as_deref(), Some(at(45).as_str()), "{full}");
    let sql = s.sqlite();
    assert_eq!(count(&sql, "charge"), 45, "every record present");
    assert_eq!(count(&sql, "charge__refunds"), 45);
    assert_eq!(
        strings(&sql, "SELECT stream FROM _apitap_state"),
        ["list_charges"],
        "the position is gone once the stream completed"
    );
}

#[tokio::test]
async fn a_lookback_rereads_a_window_for_late_records() {
    let s = setup().await;
    s.world.lock().unwrap().charges = (1..=30).map(|n| charge(n, n, 0)).collect();
    let db = s.db();
    let first = s.sync(&["list_charges", "--to", &db]).await.unwrap();
    assert_eq!(
        (first.records, first.state.as_deref()),
        (30, Some(at(30).as_str()))
    );
    s.take_log();
    // Two charges become visible late: one updated 5 minutes before the saved state (inside
    // the 10-minute lookback), one 20 minutes before (outside it).
    {
        let mut w = s.world.lock().unwrap();
        w.charges.push(charge(98, 25, 0));
        w.charges.push(charge(99, 10, 0));
    }
    let second = s.sync(&["list_charges", "--to", &db]).await.unwrap();
    let log = s.take_log();
    assert!(
        log[0].contains(&format!("updated_since={}", at(20).replace(':', "%3A"))),
        "asks from 10 minutes before the state: {log:?}"
    );
    let sql = s.sqlite();
    assert_eq!(
        count(&sql, "charge"),
        31,
        "the late record inside the window"
    );
    assert_eq!(
        strings(
            &sql,
            "SELECT id FROM charge WHERE id IN ('ch_098', 'ch_099')"
        ),
        ["ch_098"]
    );
    // Charges 20..=30 and the late one: re-read rows are upserted, not duplicated.
    assert_eq!(second.records, 12, "{second}");
    assert_eq!(second.state.as_deref(), Some(at(30).as_str()));
}

#[tokio::test]
async fn fields_beyond_the_spec_are_kept_in_extra_and_reported() {
    let s = setup().await;
    let mut charges: Vec<Value> = (1..=3).map(|n| charge(n, n, 2)).collect();
    for c in &mut charges {
        c["risk_score"] = json!(12);
        c["card"]["wallet"] = json!({"type": "apple_pay"});
    }
    charges[0]["refunds"][1]["reason_code"] = json!("duplicate");
    s.world.lock().unwrap().charges = charges;
    let db = s.db();
    let report = s.sync(&["list_charges", "--to", &db]).await.unwrap();
    assert_eq!(report.records, 3);
    assert_eq!(
        report.streams[0].drift,
        [
            ("charge.card.wallet".to_string(), 3),
            ("charge.refunds[].reason_code".to_string(), 1),
            ("charge.risk_score".to_string(), 3),
        ]
    );
    let summary = report.to_string();
    assert!(
        summary.contains("schema drift: `charge.risk_score` in 3 records of list_charges"),
        "{summary}"
    );
    let sql = s.sqlite();
    let extra: String = sql
        .query_row("SELECT _extra FROM charge WHERE id = 'ch_001'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&extra).unwrap(),
        json!({"risk_score": 12, "card": {"wallet": {"type": "apple_pay"}}})
    );
    let refund_extra: Vec<Option<String>> = sql
        .prepare("SELECT _extra FROM charge__refunds WHERE _root_id = 'ch_001' ORDER BY _index")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        refund_extra,
        [None, Some(r#"{"reason_code":"duplicate"}"#.to_string())]
    );
    // The mapped columns are filled as before.
    let brand: String = sql
        .query_row(
            "SELECT card__brand FROM charge WHERE id = 'ch_002'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(brand, "visa");

    // `freeze` fails the stream before loading the page, naming the fields.
    let frozen = setup().await;
    frozen.world.lock().unwrap().charges = s.world.lock().unwrap().charges.clone();
    let err = frozen
        .sync(&["list_charges", "--to", &frozen.db(), "--contract", "freeze"])
        .await
        .unwrap_err();
    assert!(
        err.contains("`charge.card.wallet`")
            && err.contains("`charge.risk_score`")
            && err.contains("freeze"),
        "{err}"
    );
    assert_eq!(
        count(&frozen.sqlite(), "charge"),
        0,
        "nothing of that page loaded"
    );

    // The typed client keeps them too (`[types] keep_unknown = ["Charge"]`).
    let raw = s.world.lock().unwrap().charges[0].clone();
    let typed: billing::types::Charge = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(typed.additional_properties["risk_score"], json!(12));
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(back["risk_score"], json!(12));
}

#[tokio::test]
async fn a_record_twice_in_one_page_keeps_only_its_last_children() {
    let s = setup().await;
    // ch_001 first with three refunds, then again (updated) with one.
    let page = vec![charge(1, 1, 3), charge(2, 2, 2), charge(1, 3, 1)];
    s.world.lock().unwrap().charges_page = Some(page);
    let report = s.sync(&["list_charges", "--to", &s.db()]).await.unwrap();
    assert_eq!(report.records, 3);
    let sql = s.sqlite();
    assert_eq!(count(&sql, "charge"), 2);
    assert_eq!(
        strings(
            &sql,
            "SELECT id FROM charge__refunds WHERE _root_id = 'ch_001' ORDER BY _index"
        ),
        ["re_1_0"],
        "the children of the first version are gone"
    );
    let updated: String = sql
        .query_row(
            "SELECT updated_at FROM charge WHERE id = 'ch_001'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(updated, at(3));
}

#[tokio::test]
async fn append_keeps_every_version() {
    let s = setup().await;
    s.world.lock().unwrap().customers = vec![
        customer(1, "Ann", 1, None),
        customer(2, "Bob", 2, None),
        customer(3, "Cy", 3, None),
    ];
    let db = s.db();
    let first = s.sync(&["list_customers", "--to", &db]).await.unwrap();
    assert_eq!(first.records, 3);
    // The cursor is `updated_at`, else `created_at`: the state is the newest of them.
    assert_eq!(first.state.as_deref(), Some(at(3).as_str()));
    {
        let mut w = s.world.lock().unwrap();
        w.customers[1] = customer(2, "Bob Jr", 2, Some(4));
        w.customers.push(customer(4, "Di", 5, None));
    }
    let second = s.sync(&["list_customers", "--to", &db]).await.unwrap();
    // Bob's new version and Di. Cy, at the saved state itself, is read again (a record
    // sharing that value could have arrived since) but not stored twice.
    assert_eq!(second.records, 2, "{second}");
    let sql = s.sqlite();
    assert_eq!(count(&sql, "customer"), 5);
    // A third run with nothing new stores nothing.
    let third = s.sync(&["list_customers", "--to", &db]).await.unwrap();
    assert_eq!(third.records, 0, "{third}");
    // A new record at the saved value itself is stored.
    s.world
        .lock()
        .unwrap()
        .customers
        .push(customer(5, "Eve", 5, None));
    let fourth = s.sync(&["list_customers", "--to", &db]).await.unwrap();
    assert_eq!(fourth.records, 1, "{fourth}");
    // A record changed without its cursor moving is a new version: stored.
    s.world.lock().unwrap().customers[3] = customer(4, "Di Two", 5, None);
    let fifth = s.sync(&["list_customers", "--to", &db]).await.unwrap();
    assert_eq!(fifth.records, 1, "{fifth}");
    let sql = s.sqlite();
    assert_eq!(count(&sql, "customer"), 7);
    assert_eq!(
        strings(
            &sql,
            "SELECT name FROM customer WHERE id = 'cus_2' ORDER BY name"
        ),
        ["Bob", "Bob Jr"],
        "both versions"
    );
    let listed = billing::sync::list();
    assert!(
        listed.contains("append (every version is kept)"),
        "{listed}"
    );
}

#[tokio::test]
async fn replace_removes_rows_gone_from_the_source_and_only_when_complete() {
    let s = setup().await;
    s.world.lock().unwrap().plans = vec![plan("p1", 10), plan("p2", 20), plan("p3", 30)];
    let db = s.db();
    let run = |extra: &'static [&'static str]| {
        let mut args = vec!["list_plans", "--to", db.as_str(), "--page-size", "2"];
        args.extend_from_slice(extra);
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let sync = |args: Vec<String>| {
        let args = SyncArgs::parse(args).unwrap();
        let client = s.client();
        async move { billing::sync::run(&client, &args).await }
    };
    sync(run(&[])).await.unwrap();
    assert_eq!(
        strings(&s.sqlite(), "SELECT id FROM plan ORDER BY id"),
        ["p1", "p2", "p3"]
    );
    {
        let mut w = s.world.lock().unwrap();
        w.plans = vec![plan("p1", 11), plan("p3", 30)];
    }
    let report = sync(run(&[])).await.unwrap();
    assert_eq!(report.records, 2);
    let sql = s.sqlite();
    assert_eq!(
        strings(&sql, "SELECT id FROM plan ORDER BY id"),
        ["p1", "p3"]
    );
    let amount: i64 = sql
        .query_row("SELECT amount FROM plan WHERE id = 'p1'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(amount, 11);
    // A run that does not complete replaces nothing.
    {
        let mut w = s.world.lock().unwrap();
        w.plans = vec![plan("p9", 90), plan("p8", 80), plan("p7", 70)];
        w.fail_plans_page = Some(2);
    }
    let err = sync(run(&[])).await.unwrap_err();
    // The page before the failure was read but, the run not complete, not kept: the
    // error's report says so.
    let report = err.report().expect("a failed stream carries its report");
    assert_eq!((report.pages, report.records), (1, 0), "{err:?}");
    assert!(
        report.notes.iter().any(|n| n.contains("were not kept")),
        "{:?}",
        report.notes
    );
    assert!(err.to_string().contains("500"), "{err}");
    assert_eq!(
        strings(&s.sqlite(), "SELECT id FROM plan ORDER BY id"),
        ["p1", "p3"]
    );
    let staging = "SELECT name FROM sqlite_master WHERE name LIKE '_apitap_stage%'";
    assert!(
        strings(&s.sqlite(), staging).is_empty(),
        "no staging table left"
    );
    // Nor does a capped one, which would replace the table with part of the source.
    s.world.lock().unwrap().fail_plans_page = None;
    let capped = sync(run(&["--max-pages", "1"])).await.unwrap();
    assert!(
        capped.notes.iter().any(|n| n.contains("not replaced")),
        "{capped}"
    );
    assert_eq!(
        strings(&s.sqlite(), "SELECT id FROM plan ORDER BY id"),
        ["p1", "p3"]
    );
    sync(run(&[])).await.unwrap();
    assert_eq!(
        strings(&s.sqlite(), "SELECT id FROM plan ORDER BY id"),
        ["p7", "p8", "p9"]
    );
    assert!(strings(&s.sqlite(), staging).is_empty());
}

/// Charges of the next API version: a description, an outcome and disputes, and a
/// fractional amount.
fn charge_v2(n: u32, minute: u32) -> Value {
    let mut c = charge(n, minute, 1);
    c["amount"] = json!(100.5 * n as f64);
    c["description"] = json!(format!("Charge {n}"));
    c["outcome"] = json!({"risk_level": "normal", "network_status": "approved"});
    c["disputes"] = json!([{"id": format!("dp_{n}"), "reason": "fraudulent"}]);
    c
}

async fn sync_v2(s: &Setup, dest: &str) -> SyncReport {
    let client = billing_v2::Client::new(
        billing_v2::Config::new()
            .base_url(s.server.uri())
            .credential("key", Credential::api_key("k"))
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    let args = SyncArgs::parse(vec!["list_charges".into(), "--to".into(), dest.into()]).unwrap();
    billing_v2::sync::run(&client, &args).await.unwrap()
}

/// Loads v1 charges with the v1 crate into `dest`, then v2 charges (two more, and ch_001
/// updated) with the crate regenerated from the next spec, into the same destination.
async fn v1_then_v2(s: &Setup, dest: &str) -> SyncReport {
    s.world.lock().unwrap().charges = (1..=3).map(|n| charge(n, n, 1)).collect();
    s.sync(&["list_charges", "--to", dest]).await.unwrap();
    {
        let mut w = s.world.lock().unwrap();
        w.charges = vec![charge(2, 2, 1), charge(3, 3, 1)];
        w.charges
            .extend([charge_v2(1, 10), charge_v2(4, 11), charge_v2(5, 12)]);
    }
    sync_v2(s, dest).await
}

fn assert_migrations(report: &SyncReport, widened: &str) {
    let m = &report.migrations;
    for expected in [
        "table `charge`: added column `description`".to_string(),
        "table `charge`: added column `outcome__risk_level`".to_string(),
        format!("table `charge`: widened column `amount` from {widened}"),
    ] {
        assert!(
            m.iter().any(|l| l.starts_with(&expected)),
            "{expected}: {m:?}"
        );
    }
    assert!(report
        .to_string()
        .contains("migrated: table `charge`: added column `description`"));
}

#[tokio::test]
async fn a_regenerated_crate_loads_into_the_same_sqlite_database() {
    let s = setup().await;
    let report = v1_then_v2(&s, &s.db()).await;
    // The 10-minute lookback reaches back past every charge: all five are (re)loaded.
    assert_eq!(report.records, 5, "{report}");
    assert_migrations(&report, "INTEGER");
    let sql = s.sqlite();
    assert_eq!(count(&sql, "charge"), 5);
    // Old rows intact, without the new fields; new rows with them.
    let rows: Vec<(String, f64, Option<String>, Option<String>)> = sql
        .prepare("SELECT id, amount, description, outcome__risk_level FROM charge ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows[1], ("ch_002".into(), 200.0, None, None));
    assert_eq!(
        rows[0],
        (
            "ch_001".into(),
            100.5,
            Some("Charge 1".into()),
            Some("normal".into())
        )
    );
    assert_eq!(rows[4].1, 502.5);
    let declared: String = sql
        .query_row(
            "SELECT type FROM pragma_table_info('charge') WHERE name = 'amount'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(declared, "REAL");
    assert_eq!(count(&sql, "charge__disputes"), 3);
    assert_eq!(count(&sql, "charge__refunds"), 5);
    // A third run with the new crate changes nothing more.
    let again = sync_v2(&s, &s.db()).await;
    assert!(again.migrations.is_empty(), "{:?}", again.migrations);
}

#[tokio::test]
async fn a_regenerated_crate_starts_a_new_csv_file_and_keeps_the_old_one() {
    let s = setup().await;
    let dir = s.dir.path().join("csv");
    let report = v1_then_v2(&s, &format!("csv:{}", dir.display())).await;
    assert!(
        report
            .migrations
            .iter()
            .any(|m| m.contains("charge.v2.csv")),
        "{:?}",
        report.migrations
    );
    let old = std::fs::read_to_string(dir.join("charge.csv")).unwrap();
    assert!(
        old.starts_with(
            "id,amount,currency,status,created_at,updated_at,card__brand,card__last4,_extra,_apitap_run_id\n"
        ),
        "{old}"
    );
    assert_eq!(old.lines().count(), 4);
    let new = std::fs::read_to_string(dir.join("charge.v2.csv")).unwrap();
    assert!(new.lines().next().unwrap().contains("description"), "{new}");
    assert_eq!(
        new.lines().count(),
        6,
        "the header and five charges (the lookback reaches all)"
    );
}

#[tokio::test]
async fn a_regenerated_crate_loads_into_the_same_postgres_database() {
    let schema = "e2e_billing_regen";
    let Some((db, dest)) = apitap_e2e::postgres_schema(schema).await else {
        return;
    };
    let s = setup().await;
    let report = v1_then_v2(&s, &dest).await;
    assert_migrations(&report, "BIGINT");
    let rows = db
        .query(
            "SELECT id, amount, description, outcome__risk_level FROM charge ORDER BY id",
            &[],
        )
        .await
        .unwrap();
    let rows: Vec<(String, f64, Option<String>, Option<String>)> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[1], ("ch_002".into(), 200.0, None, None));
    assert_eq!(
        rows[0],
        (
            "ch_001".into(),
            100.5,
            Some("Charge 1".into()),
            Some("normal".into())
        )
    );
    let ty: String = db
        .query_one(
            "SELECT data_type::text FROM information_schema.columns \
             WHERE table_schema = $1 AND table_name = 'charge' AND column_name = 'amount'",
            &[&schema],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(ty, "double precision");
    let disputes: i64 = db
        .query_one("SELECT count(*) FROM charge__disputes", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(disputes, 3);
    let again = sync_v2(&s, &dest).await;
    assert!(again.migrations.is_empty(), "{:?}", again.migrations);
}

#[test]
fn the_streams_say_how_they_write_and_what_they_track() {
    let listed = billing::sync::list();
    for expected in [
        "write:      merge (upsert by id)",
        "write:      replace (full refresh each run, swapped in when complete)",
        "lookback:   10m behind the saved state",
    ] {
        assert!(listed.contains(expected), "{expected}\n{listed}");
    }
}

/// What DuckDB (from PyPI, not the writer's own reader) reads in the Parquet files of
/// `dir`, per table: `scripts/with-duckdb` provides it; `None` without.
fn duckdb_read(dir: &std::path::Path, tables: &[&str]) -> Option<Value> {
    let Ok(pythonpath) = std::env::var("APITAP_TEST_DUCKDB_PYTHONPATH") else {
        eprintln!("skipping the DuckDB read: run through scripts/with-duckdb");
        return None;
    };
    let script = format!("{}/tests/read_parquet.py", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(dir)
        .args(tables)
        .env("PYTHONPATH", pythonpath)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("JSON from read_parquet.py"))
}

#[tokio::test]
async fn parquet_files_read_in_duckdb_across_runs_and_a_schema_change() {
    let s = setup().await;
    let dir = s.dir.path().join("lake");
    let dest = format!("parquet:{}", dir.display());
    {
        let mut w = s.world.lock().unwrap();
        w.charges = vec![charge(1, 100, 2), charge(2, 110, 1), charge(3, 120, 0)];
        w.charges[0]["risk_score"] = json!(7);
    }
    let first = s.sync(&["list_charges", "--to", &dest]).await.unwrap();
    assert_eq!(first.records, 3);
    // Two more; the 10-minute lookback also reads ch_002 and ch_003 again (files are
    // appended: the run id tells the loads apart).
    s.world
        .lock()
        .unwrap()
        .charges
        .extend([charge(4, 200, 1), charge(5, 210, 1)]);
    let second = s.sync(&["list_charges", "--to", &dest]).await.unwrap();
    assert_eq!(second.records, 4);
    // The next version of the API: a crate regenerated with more columns and a number.
    s.world.lock().unwrap().charges.push(charge_v2(6, 300));
    let third = sync_v2(&s, &dest).await;
    assert_eq!(third.records, 3, "ch_004 and ch_005 (lookback) and ch_006");
    assert!(
        third.migrations.iter().any(|m| m
            .contains("table `charge`: new files have this crate's columns (added: description")),
        "{:?}",
        third.migrations
    );
    // Complete files only, the run log and the state beside them.
    for table in ["charge", "charge__refunds"] {
        let names: Vec<String> = std::fs::read_dir(dir.join(table))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| n.ends_with(".parquet")), "{names:?}");
    }
    let runs = std::fs::read_to_string(dir.join("_apitap/_apitap_runs.jsonl")).unwrap();
    assert_eq!(runs.lines().count(), 3);
    let state: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("_apitap/_apitap_state.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(state["list_charges"]["value"], json!(at(300)));

    let Some(read) = duckdb_read(&dir, &["charge", "charge__refunds", "charge__disputes"]) else {
        return;
    };
    let charge = &read["charge"];
    assert_eq!(charge["count"], json!(10), "{charge}");
    assert_eq!(
        charge["files"].as_array().unwrap().len(),
        3,
        "one file per run"
    );
    let columns = &charge["columns"];
    for (name, ty) in [
        ("id", "VARCHAR"),
        ("amount", "DOUBLE"),
        ("updated_at", "TIMESTAMP WITH TIME ZONE"),
        ("card__brand", "VARCHAR"),
        ("description", "VARCHAR"),
        ("outcome__risk_level", "VARCHAR"),
        ("_extra", "JSON"),
        ("_apitap_run_id", "VARCHAR"),
    ] {
        assert_eq!(columns[name], json!(ty), "{name}: {columns}");
    }
    // Values: the first load of ch_001, with its field beyond the spec.
    let names: Vec<&str> = charge["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    let col = |row: &Value, name: &str| row[names.iter().position(|n| *n == name).unwrap()].clone();
    let rows = charge["rows"].as_array().unwrap();
    let ch1 = rows
        .iter()
        .find(|r| col(r, "id") == json!("ch_001"))
        .unwrap();
    assert_eq!(col(ch1, "amount"), json!("100.0"));
    assert_eq!(col(ch1, "updated_at"), json!("2024-03-01 13:40:00+00:00"));
    assert_eq!(col(ch1, "_apitap_run_id"), json!(first.run_id));
    let extra: Value = serde_json::from_str(col(ch1, "_extra").as_str().unwrap()).unwrap();
    assert_eq!(extra, json!({"risk_score": 7}));
    let ch6 = rows
        .iter()
        .find(|r| col(r, "id") == json!("ch_006"))
        .unwrap();
    assert_eq!(col(ch6, "amount"), json!("603.0"));
    assert_eq!(col(ch6, "description"), json!("Charge 6"));
    assert_eq!(col(ch6, "_apitap_run_id"), json!(third.run_id));
    // Child tables: 2 + 1 + 0 refunds, then 1 + 0 + 1 + 1 (second run), then 1 + 1 + 1.
    assert_eq!(read["charge__refunds"]["count"], json!(9));
    assert_eq!(read["charge__disputes"]["count"], json!(1));
    assert_eq!(
        read["charge__disputes"]["columns"]["_root_id"],
        json!("VARCHAR")
    );
}
