//! End to end: run health. The `billing` connector's `sync` runs as a process (its exit
//! status, stdout and stderr are what a scheduler sees) against a mock API, into SQLite and
//! PostgreSQL: every run writes its row and its streams' rows in the destination, loaded
//! rows carry the run id, data-quality checks (`specs/billing.toml`: customers) end the run
//! with exit status 3, alerts reach a local receiver, the metrics file parses as Prometheus
//! text, JSON logs parse line by line, `--status` reads the history back, and no output
//! holds the credential.

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The credential the runs use: it must appear in no output.
const SECRET: &str = "sk_live_S3CRET_7f3a9c";
/// The alert webhook's token, part of its URL: it must appear in no output either.
const HOOK_TOKEN: &str = "T0KEN-b2e41d";

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `secs` since the epoch as RFC 3339 (UTC).
fn rfc3339(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[derive(Default)]
struct World {
    customers: Vec<Value>,
    /// Answer the next customers request with 429 (then serve normally).
    throttle_once: bool,
}

#[derive(Clone)]
struct Api(Arc<Mutex<World>>);

impl Respond for Api {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        let mut world = self.0.lock().unwrap();
        if req.headers.get("x-api-key").is_none_or(|v| v != SECRET) {
            return ResponseTemplate::new(401);
        }
        if std::mem::take(&mut world.throttle_once) {
            return ResponseTemplate::new(429).insert_header("Retry-After", "0");
        }
        let q: std::collections::BTreeMap<String, String> = req
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let num = |k: &str, d: usize| q.get(k).and_then(|v| v.parse().ok()).unwrap_or(d);
        let (offset, limit) = (num("offset", 0), num("limit", 10));
        let page: Vec<&Value> = world.customers.iter().skip(offset).take(limit).collect();
        ResponseTemplate::new(200)
            .set_body_json(json!({"customers": page, "total": world.customers.len()}))
    }
}

/// Customer `n`, created `age` seconds ago; every fifth (1, 6, ...) has no email.
fn customer(n: u32, age: i64) -> Value {
    json!({
        "id": format!("cus_{n:03}"),
        "name": format!("Customer {n}"),
        "email": (n % 5 != 1).then(|| format!("c{n}@example.com")),
        "created_at": rfc3339(now() - age),
        "updated_at": null,
    })
}

struct Env {
    world: Arc<Mutex<World>>,
    api: MockServer,
    hook: MockServer,
    dir: tempfile::TempDir,
}

/// What one run of the process showed.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn env(hook_status: u16) -> Env {
    let world = Arc::new(Mutex::new(World::default()));
    let api = MockServer::start().await;
    Mock::given(path("/customers"))
        .respond_with(Api(world.clone()))
        .mount(&api)
        .await;
    let hook = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("/hooks/{HOOK_TOKEN}")))
        .respond_with(ResponseTemplate::new(hook_status))
        .mount(&hook)
        .await;
    Env {
        world,
        api,
        hook,
        dir: tempfile::tempdir().unwrap(),
    }
}

impl Env {
    fn add(&self, from: u32, to: u32, age: i64) {
        let mut w = self.world.lock().unwrap();
        for n in from..=to {
            // Newer customers are younger, so each run's newest record is the last one.
            w.customers.push(customer(n, age - i64::from(n)));
        }
    }

    fn sqlite(&self) -> String {
        format!("sqlite:{}", self.dir.path().join("billing.db").display())
    }

    fn file(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    fn hook_url(&self) -> String {
        format!("{}/hooks/{HOOK_TOKEN}", self.hook.uri())
    }

    /// `billing_sync ARGS` as a process, with the credential in the environment.
    async fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_billing_sync"))
            .args(args)
            .env("BILLING_BASE_URL", self.api.uri())
            .env("BILLING_API_KEY", SECRET)
            .output()
            .expect("run billing_sync");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// A sync of the customers with every output on: report, metrics, JSON logs, alert.
    async fn sync(&self, dest: &str, tag: &str, extra: &[&str]) -> Run {
        let report = self.file(&format!("report-{tag}.json"));
        let metrics = self.file(&format!("metrics-{tag}.prom"));
        let hook = self.hook_url();
        let mut args = vec![
            "list_customers",
            "--to",
            dest,
            "--page-size",
            "3",
            "--report",
            &report,
            "--metrics",
            &metrics,
            "--log-format",
            "json",
            "--notify",
            &hook,
        ];
        args.extend_from_slice(extra);
        self.run(&args).await
    }

    async fn alerts(&self) -> Vec<Value> {
        self.hook
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .map(|r| serde_json::from_slice(&r.body).expect("alert bodies are JSON"))
            .collect()
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every stderr line is one JSON event; returns their `event` fields.
fn json_events(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            v["event"].as_str().unwrap_or("").to_string()
        })
        .collect()
}

/// The samples of a metrics file, parsed as Prometheus text: (name, labels, value).
fn metrics(text: &str) -> Vec<(String, std::collections::HashMap<String, String>, f64)> {
    let lines = text.lines().map(|l| Ok(l.to_string()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("Prometheus text");
    scrape
        .samples
        .into_iter()
        .map(|s| {
            let value = match s.value {
                prometheus_parse::Value::Gauge(v)
                | prometheus_parse::Value::Counter(v)
                | prometheus_parse::Value::Untyped(v) => v,
                other => panic!("unexpected sample {other:?}"),
            };
            let labels: std::collections::HashMap<String, String> = s
                .labels
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            (s.metric, labels, value)
        })
        .collect()
}

fn sample(
    samples: &[(String, std::collections::HashMap<String, String>, f64)],
    name: &str,
    labels: &[(&str, &str)],
) -> f64 {
    samples
        .iter()
        .find(|(n, l, _)| {
            n == name
                && labels
                    .iter()
                    .all(|(k, v)| l.get(*k).map(String::as_str) == Some(*v))
        })
        .unwrap_or_else(|| panic!("no sample {name} {labels:?}"))
        .2
}

fn sqlite_text(db: &Path, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let n = stmt.column_count();
    stmt.query_map([], |r| {
        let cells: Vec<String> = (0..n)
            .map(|i| match r.get_ref(i).unwrap() {
                rusqlite::types::ValueRef::Null => "NULL".into(),
                rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                rusqlite::types::ValueRef::Real(v) => v.to_string(),
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    String::from_utf8_lossy(t).into_owned()
                }
            })
            .collect();
        Ok(cells.join("|"))
    })
    .unwrap()
    .map(|r| r.unwrap())
    .collect()
}

/// Fails when `text` (named `what`) holds the credential or the webhook's token.
fn assert_no_secret(what: &str, text: &str) {
    assert!(
        !text.contains(SECRET),
        "{what} holds the credential:\n{text}"
    );
    assert!(
        !text.contains(HOOK_TOKEN),
        "{what} holds the webhook token:\n{text}"
    );
}

#[tokio::test]
async fn two_runs_are_logged_with_their_streams_and_every_output_is_clean() {
    let e = env(200).await;
    e.add(1, 10, 3600);
    e.world.lock().unwrap().throttle_once = true;
    let db = e.sqlite();
    let first = e.sync(&db, "1", &["--notify-always"]).await;
    assert_eq!(first.code, 0, "{}\n{}", first.stdout, first.stderr);
    e.add(11, 20, 1800);
    let second = e.sync(&db, "2", &["--notify-always"]).await;
    assert_eq!(second.code, 0, "{}\n{}", second.stdout, second.stderr);

    let path = e.dir.path().join("billing.db");
    let runs = sqlite_text(
        &path,
        "SELECT run_id, connector, version, spec_sha256, status, exit_code, records, started <= finished FROM _apitap_runs ORDER BY started",
    );
    assert_eq!(runs.len(), 2, "{runs:?}");
    let lock = read(&format!(
        "{}/../generated-examples/billing/apitap.lock",
        env!("CARGO_MANIFEST_DIR")
    ));
    let sha = lock
        .lines()
        .find_map(|l| l.strip_prefix("spec_sha256 = "))
        .unwrap()
        .trim_matches('"');
    let ids: Vec<String> = runs
        .iter()
        .map(|r| r.split('|').next().unwrap().to_string())
        .collect();
    assert_eq!(
        runs[0],
        format!("{}|billing|0.1.0|{sha}|success|0|10|1", ids[0])
    );
    // The second run: the ten new customers.
    assert_eq!(
        runs[1],
        format!("{}|billing|0.1.0|{sha}|success|0|10|1", ids[1])
    );
    let streams = sqlite_text(
        &path,
        "SELECT stream, status, records, rows, rejected, pages, requests, failed_requests, retries_429, retries_5xx, bytes > 0, latency_max_ms >= latency_p50_ms, state_before IS NULL, newest = state_after FROM _apitap_run_streams ORDER BY run_id",
    );
    assert_eq!(
        streams,
        [
            // 4 pages of 3, one of them throttled once: 5 attempts, 1 failed.
            "list_customers|complete|10|{\"customer\":10}|0|4|5|1|1|0|1|1|1|1",
            // 20 customers now: 7 pages, the 10 new ones loaded (the one at the saved
            // state is read again, not stored again).
            "list_customers|complete|10|{\"customer\":10}|0|7|7|0|0|0|1|1|0|1",
        ]
    );
    let checks: Value = serde_json::from_str(
        &sqlite_text(
            &path,
            "SELECT checks FROM _apitap_run_streams ORDER BY run_id DESC LIMIT 1",
        )[0],
    )
    .unwrap();
    let names: Vec<&str> = checks
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["passed"], json!(true), "{c}");
            c["check"].as_str().unwrap()
        })
        .collect();
    assert_eq!(
        names,
        [
            "min_records",
            "volume_change",
            "max_staleness",
            "required.email",
            "max_error_rate",
            "max_rejected"
        ]
    );
    // Every loaded row names its run.
    let by_run = sqlite_text(
        &path,
        "SELECT _apitap_run_id, count(*) FROM customer GROUP BY _apitap_run_id ORDER BY _apitap_run_id",
    );
    assert_eq!(by_run, [format!("{}|10", ids[0]), format!("{}|10", ids[1])]);

    // --report: the same, as JSON.
    let report: Value = serde_json::from_str(&read(&e.file("report-2.json"))).unwrap();
    assert_eq!(report["run_id"], json!(ids[1]));
    assert_eq!(report["status"], json!("success"));
    assert_eq!(report["streams"][0]["records"], json!(10));
    assert_eq!(report["spec_sha256"], json!(sha));

    // --metrics: Prometheus text, parsed.
    let first_metrics = metrics(&read(&e.file("metrics-1.prom")));
    let second_metrics = metrics(&read(&e.file("metrics-2.prom")));
    let stream = [("connector", "billing"), ("stream", "list_customers")];
    assert_eq!(
        sample(&second_metrics, "apitap_stream_records", &stream),
        10.0
    );
    assert_eq!(
        sample(
            &second_metrics,
            "apitap_run_exit_code",
            &[("connector", "billing")]
        ),
        0.0
    );
    assert_eq!(
        sample(
            &first_metrics,
            "apitap_stream_retries",
            &[("stream", "list_customers"), ("cause", "429")]
        ),
        1.0
    );
    assert_eq!(
        sample(
            &second_metrics,
            "apitap_stream_check_passed",
            &[("check", "volume_change")]
        ),
        1.0
    );
    let fresh = sample(&second_metrics, "apitap_stream_freshness_seconds", &stream);
    assert!((1700.0..2000.0).contains(&fresh), "{fresh}");

    // JSON logs: one object per line, with run, stream, page, retry and check events.
    for run in [&first, &second] {
        let events = json_events(&run.stderr);
        for kind in ["run", "stream", "page", "check"] {
            assert!(
                events.iter().any(|e| e == kind),
                "no {kind} event in {events:?}"
            );
        }
    }
    assert!(json_events(&first.stderr).iter().any(|e| e == "retry"));

    // Alerts: one per run (--notify-always), with a `text` Slack shows as is.
    let alerts = e.alerts().await;
    assert_eq!(alerts.len(), 2);
    assert!(
        alerts[1]["text"].as_str().unwrap().contains("success"),
        "{}",
        alerts[1]
    );
    assert_eq!(alerts[1]["run_id"], json!(ids[1]));

    // No output holds the credential or the webhook's token.
    for (i, run) in [&first, &second].iter().enumerate() {
        assert_no_secret(&format!("stdout of run {i}"), &run.stdout);
        assert_no_secret(&format!("stderr of run {i}"), &run.stderr);
    }
    for file in [
        "report-1.json",
        "report-2.json",
        "metrics-1.prom",
        "metrics-2.prom",
    ] {
        assert_no_secret(file, &read(&e.file(file)));
    }
    for alert in &alerts {
        assert_no_secret("alert", &alert.to_string());
    }
    for table in [
        "_apitap_runs",
        "_apitap_run_streams",
        "_apitap_state",
        "_rejected",
        "customer",
    ] {
        let rows = sqlite_text(&path, &format!("SELECT * FROM \"{table}\"")).join("\n");
        assert_no_secret(table, &rows);
    }
}

#[tokio::test]
async fn a_volume_drop_fails_its_check_with_exit_status_3_and_an_alert() {
    let e = env(200).await;
    e.add(1, 10, 3600);
    let db = e.sqlite();
    let first = e.sync(&db, "1", &[]).await;
    assert_eq!(first.code, 0, "{}\n{}", first.stdout, first.stderr);
    // One new record against ten.
    e.add(12, 12, 600);
    let second = e.sync(&db, "2", &[]).await;
    assert_eq!(second.code, 3, "{}\n{}", second.stdout, second.stderr);
    assert!(
        second.stdout.contains("check list_customers: volume_change FAILED: 1 records against a mean of 10.0 over 1 runs (-90 %)"),
        "{}",
        second.stdout
    );
    assert!(
        second.stdout.contains("checks_failed (exit status 3)"),
        "{}",
        second.stdout
    );
    let path = e.dir.path().join("billing.db");
    let runs = sqlite_text(
        &path,
        "SELECT status, exit_code FROM _apitap_runs ORDER BY started",
    );
    assert_eq!(runs, ["success|0", "checks_failed|3"]);
    // The data is loaded, marked with the run's id.
    let last = sqlite_text(
        &path,
        "SELECT run_id FROM _apitap_runs ORDER BY started DESC LIMIT 1",
    );
    let marked = sqlite_text(
        &path,
        &format!(
            "SELECT count(*) FROM customer WHERE _apitap_run_id = '{}'",
            last[0]
        ),
    );
    assert_eq!(marked, ["1"]);
    // The alert goes out for the failed check only (no --notify-always).
    let alerts = e.alerts().await;
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["status"], json!("checks_failed"));
    assert_eq!(alerts[0]["exit_code"], json!(3));
    assert_eq!(
        alerts[0]["failed_checks"][0]["check"],
        json!("volume_change")
    );
    assert!(alerts[0]["text"]
        .as_str()
        .unwrap()
        .contains("check failed: list_customers volume_change"));
    // --no-checks skips them.
    let third = e.sync(&db, "3", &["--no-checks"]).await;
    assert_eq!(third.code, 0, "{}", third.stdout);
}

#[tokio::test]
async fn a_stale_cursor_fails_its_check() {
    let e = env(200).await;
    // The newest customer was created five hours ago; the limit is two.
    e.add(1, 6, 5 * 3600 + 100);
    let run = e.sync(&e.sqlite(), "1", &[]).await;
    assert_eq!(run.code, 3, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("max_staleness FAILED"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("is 5h 1m old (limit: at most 2h 0m old)"),
        "{}",
        run.stdout
    );
    let metrics = metrics(&read(&e.file("metrics-1.prom")));
    assert_eq!(sample(&metrics, "apitap_run_exit_code", &[]), 3.0);
    assert_eq!(
        sample(
            &metrics,
            "apitap_stream_check_passed",
            &[("check", "max_staleness")]
        ),
        0.0
    );
}

#[tokio::test]
async fn an_alert_that_cannot_be_delivered_changes_nothing() {
    let e = env(500).await;
    e.add(1, 4, 600);
    let run = e.sync(&e.sqlite(), "1", &["--notify-always"]).await;
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("was not delivered after 3 attempts: answered 500"),
        "{}",
        run.stderr
    );
    assert_eq!(e.alerts().await.len(), 3, "retried");
    assert_no_secret("stderr", &run.stderr);
}

#[tokio::test]
async fn status_prints_the_last_runs_per_stream() {
    let e = env(200).await;
    e.add(1, 10, 3600);
    let db = e.sqlite();
    assert_eq!(e.sync(&db, "1", &[]).await.code, 0);
    e.add(12, 12, 600);
    assert_eq!(e.sync(&db, "2", &[]).await.code, 3);
    let table = e.run(&["--status", "--to", &db]).await;
    assert_eq!(table.code, 0, "{}", table.stderr);
    let lines: Vec<&str> = table.stdout.lines().collect();
    assert!(
        lines[0].starts_with("stream") && lines[0].contains("checks"),
        "{}",
        table.stdout
    );
    assert_eq!(lines.len(), 3, "{}", table.stdout);
    assert!(
        lines[1].contains("checks_failed") && lines[1].contains("FAILED: volume_change"),
        "{}",
        table.stdout
    );
    assert!(
        lines[2].contains("complete") && lines[2].contains("6 passed"),
        "{}",
        table.stdout
    );
    let json = e.run(&["--status", "--json", "--to", &db]).await;
    let parsed: Value = serde_json::from_str(&json.stdout).unwrap();
    let runs = parsed["list_customers"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["status"], json!("checks_failed"));
    assert_eq!(runs[1]["records"], json!(10));
    // A wrong command line is its own status.
    assert_eq!(e.run(&["--status"]).await.code, 2);
    assert_eq!(e.run(&["--to", &db, "--bogus"]).await.code, 2);
}

#[tokio::test]
async fn the_run_log_lives_in_postgres_too() {
    let schema = "e2e_run_health";
    let Some((db, dest)) = apitap_e2e::postgres_schema(schema).await else {
        return;
    };
    let e = env(200).await;
    e.add(1, 10, 3600);
    let first = e.sync(&dest, "1", &[]).await;
    assert_eq!(first.code, 0, "{}\n{}", first.stdout, first.stderr);
    e.add(12, 12, 600);
    let second = e.sync(&dest, "2", &[]).await;
    assert_eq!(second.code, 3, "{}\n{}", second.stdout, second.stderr);
    let rows = db
        .query(
            "SELECT r.status, r.exit_code, s.records, s.requests, s.checks->0->>'check', \
             (SELECT count(*) FROM customer c WHERE c._apitap_run_id = r.run_id) \
             FROM _apitap_runs r JOIN _apitap_run_streams s ON s.run_id = r.run_id ORDER BY r.started",
            &[],
        )
        .await
        .unwrap();
    let rows: Vec<(String, i64, i64, i64, String, i64)> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
        .collect();
    assert_eq!(
        rows,
        [
            ("success".into(), 0, 10, 4, "min_records".into(), 10),
            ("checks_failed".into(), 3, 1, 4, "min_records".into(), 1),
        ]
    );
    let status = e.run(&["--status", "--json", "--to", &dest]).await;
    assert_eq!(status.code, 0, "{}", status.stderr);
    let parsed: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(parsed["list_customers"].as_array().unwrap().len(), 2);
    for run in [&first, &second, &status] {
        assert_no_secret("output", &format!("{}{}", run.stdout, run.stderr));
    }
    let dump = db
        .query(
            "SELECT concat_ws('|', r.*, s.*) FROM _apitap_runs r JOIN _apitap_run_streams s USING (run_id)",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<_, String>(0))
        .collect::<Vec<_>>()
        .join("\n");
    assert_no_secret("run tables", &dump);
}
