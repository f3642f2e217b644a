//! `run_streams` over a hand-written connector (pages from memory, with failures where a
//! test wants them) and over a real paginated mock API.
#![cfg(feature = "sqlite")]

use std::sync::Mutex;

use apitap_runtime::codegen as rt;
use futures::StreamExt;
use rt::{Cell, ColumnSource, ColumnSpec, Flatten, Rows, SqlType, TableSpec, ToCell, WriteMode};
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

static API: rt::ApiSpec = rt::ApiSpec {
    name: "Sync test",
    default_base_url: "http://127.0.0.1:9",
    base_url_env: "",
    security_schemes: &[],
};

const fn col(name: &'static str, sql_type: SqlType) -> ColumnSpec {
    ColumnSpec {
        name,
        sql_type,
        nullable: true,
        source: ColumnSource::Field(&[]),
    }
}

static TABLES: &[TableSpec] = &[
    TableSpec {
        name: "owner",
        columns: &[
            ColumnSpec {
                name: "id",
                sql_type: SqlType::Text,
                nullable: false,
                source: ColumnSource::Field(&["id"]),
            },
            col("updated", SqlType::Integer),
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "pet",
        columns: &[
            ColumnSpec {
                name: "id",
                sql_type: SqlType::Text,
                nullable: false,
                source: ColumnSource::Field(&["id"]),
            },
            col("updated", SqlType::Integer),
            col("_parent_owner", SqlType::Text),
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "unused",
        columns: &[col("x", SqlType::Text)],
        primary_key: &[],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
];

#[derive(serde::Deserialize)]
struct Owner {
    id: String,
    updated: i64,
}

#[derive(serde::Deserialize)]
struct Pet {
    id: String,
    updated: i64,
}

impl Flatten for Owner {
    fn flatten(&self, rows: &mut Rows) {
        rows.push(0, vec![self.id.to_cell(), self.updated.to_cell()]);
    }
}

impl Flatten for Pet {
    fn flatten(&self, rows: &mut Rows) {
        rows.push(
            1,
            vec![self.id.to_cell(), self.updated.to_cell(), Cell::Null],
        );
    }
}

static STREAMS: &[rt::StreamSpec] = &[
    const_stream(),
    rt::StreamSpec {
        name: "pets",
        enabled: true,
        tables: &[1],
        parent: Some("owners"),
        partition: &[rt::PartitionParam {
            name: "owner",
            source: rt::ParamSource::Field(&["id"]),
            column: Some(2),
        }],
        needs: &[],
        accepts: &["owner"],
        cursor: Some("updated"),
        since_param: None,
        pagination: "page number",
        page_size: None,
        selected: false,
        reason: "test",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
];

/// One `open` call: stream, partition key, start position, page size.
type Opened = (usize, String, Option<rt::PagePosition>, Option<u64>);

/// Pages from memory: owners `o1..=o{owners}` two per page, then for each owner three pets
/// one per page. `fail_at`: (stream, params key, page index) that fails once.
struct Fake {
    streams: &'static [rt::StreamSpec],
    client: rt::Client,
    owners: u32,
    fail_at: Mutex<Option<(usize, String, usize)>>,
    /// (stream, params key, HTTP status): that partition fails on every run.
    broken: Mutex<Option<(usize, String, u16)>>,
    /// The first owners page also holds a record that does not decode.
    bad_owner: bool,
    /// Every `open`: stream, partition key, start position.
    opened: Mutex<Vec<Opened>>,
    /// The threads records were loaded on.
    threads: Mutex<std::collections::HashSet<std::thread::ThreadId>>,
    /// Each record costs this much CPU-bound time (a blocking sleep).
    load_time: std::time::Duration,
    /// Loading a record on the thread of this name panics.
    panic_on_thread: Option<&'static str>,
}

impl Fake {
    fn new(owners: u32) -> Fake {
        Fake::with(STREAMS, owners)
    }

    fn with(streams: &'static [rt::StreamSpec], owners: u32) -> Fake {
        Fake {
            streams,
            client: rt::Client::new(rt::Config::new(), &API).unwrap(),
            owners,
            fail_at: Mutex::new(None),
            broken: Mutex::new(None),
            bad_owner: false,
            opened: Mutex::new(Vec::new()),
            threads: Mutex::new(std::collections::HashSet::new()),
            load_time: std::time::Duration::ZERO,
            panic_on_thread: None,
        }
    }

    fn pages(&self, stream: usize, params: &[(String, String)]) -> Vec<Vec<Value>> {
        match stream {
            0 if self.bad_owner => {
                let mut pages = Fake::new(self.owners).pages(0, params);
                pages[0].push(json!({"id": 5, "updated": 101}));
                pages
            }
            0 => (1..=self.owners)
                .collect::<Vec<_>>()
                .chunks(2)
                .map(|c| {
                    c.iter()
                        .map(|n| json!({"id": format!("o{n}"), "updated": 100 + n}))
                        .collect()
                })
                .collect(),
            _ => {
                let owner = &params.iter().find(|(k, _)| k == "owner").unwrap().1;
                (1..=3)
                    .map(|n| vec![json!({"id": format!("{owner}-p{n}"), "updated": 10 - n})])
                    .collect()
            }
        }
    }
}

impl rt::Connector for Fake {
    fn streams(&self) -> &'static [rt::StreamSpec] {
        self.streams
    }
    fn tables(&self) -> &'static [TableSpec] {
        TABLES
    }
    fn runtime(&self) -> &rt::Client {
        &self.client
    }
    fn identity(&self) -> rt::Identity {
        rt::Identity::default()
    }
    fn open(
        &self,
        stream: usize,
        params: &[(String, String)],
        _since: Option<&str>,
        start: rt::PageStart,
    ) -> Result<rt::RawPages, rt::OpenError> {
        let key = rt::partition_key(STREAMS[stream].name, params);
        self.opened.lock().unwrap().push((
            stream,
            key.clone(),
            start.resume.clone(),
            start.page_size,
        ));
        if let Some((s, k, status)) = self.broken.lock().unwrap().clone() {
            if s == stream && k == key {
                let failure = rt::SourceFailure {
                    message: format!("HTTP {status}"),
                    status: Some(status),
                    retryable: status >= 500,
                };
                return Ok(futures::stream::iter(vec![Err(failure)]).boxed());
            }
        }
        let pages = self.pages(stream, params);
        let first = match start.resume {
            Some(rt::PagePosition::Number(n)) => n as usize,
            None => 0,
            Some(other) => {
                return Err(rt::OpenError::Other(format!(
                    "unexpected position {other:?}"
                )))
            }
        };
        let fail = self.fail_at.lock().unwrap().clone();
        let total = pages.len();
        let mut out = Vec::new();
        for (i, records) in pages.into_iter().enumerate().skip(first) {
            if fail.as_ref() == Some(&(stream, key.clone(), i)) {
                *self.fail_at.lock().unwrap() = None;
                out.push(Err(rt::SourceFailure {
                    message: "connection reset".into(),
                    status: None,
                    retryable: true,
                }));
                break;
            }
            let next = (i + 1 < total).then(|| rt::PagePosition::Number(i as u64 + 1));
            out.push(Ok(rt::RawPage { records, next }));
        }
        Ok(futures::stream::iter(out).boxed())
    }
    fn load(
        &self,
        stream: usize,
        record: &Value,
        since: Option<&str>,
        rows: &mut Rows,
    ) -> rt::Loaded {
        self.threads
            .lock()
            .unwrap()
            .insert(std::thread::current().id());
        std::thread::sleep(self.load_time);
        let thread = std::thread::current();
        if let Some(name) = self.panic_on_thread.filter(|n| thread.name() == Some(*n)) {
            panic!("load failed on {name}");
        }
        match stream {
            0 => rt::load_record::<Owner>(record, since, rows, |o| Some(o.updated.to_string())),
            _ => rt::load_record::<Pet>(record, since, rows, |p| Some(p.updated.to_string())),
        }
    }
}

fn args(list: &[&str]) -> rt::SyncArgs {
    rt::SyncArgs::parse(list.iter().map(|s| s.to_string())).unwrap()
}

async fn run(
    fake: &Fake,
    db: &std::path::Path,
    extra: &[&str],
) -> Result<rt::SyncReport, rt::SyncError> {
    let dest = format!("sqlite:{}", db.display());
    let mut list = vec!["--to", dest.as_str()];
    list.extend_from_slice(extra);
    let args = args(&list);
    let plan = rt::SyncPlan::new(fake.streams, &args).unwrap();
    let mut sink = rt::Sink::open_for(&dest, TABLES, Some(&plan.tables()))
        .await
        .unwrap();
    let result = rt::run_streams(fake, &plan, &mut sink).await;
    sink.finish().await.unwrap();
    result
}

fn query(db: &std::path::Path, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt
        .query_map([], |r| {
            let v: rusqlite::types::Value = r.get(0)?;
            Ok(match v {
                rusqlite::types::Value::Text(t) => t,
                rusqlite::types::Value::Integer(i) => i.to_string(),
                other => format!("{other:?}"),
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows
}

#[tokio::test]
async fn parents_and_children_in_one_run_same_with_any_concurrency() {
    let mut dumps = Vec::new();
    for concurrency in ["1", "8"] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let fake = Fake::new(5);
        let report = run(&fake, &db, &["--all", "--concurrency", concurrency])
            .await
            .unwrap();
        assert_eq!(report.records, 5 + 15);
        assert_eq!(report.streams.len(), 2);
        assert_eq!(report.streams[1].partitions, 5);
        assert_eq!(report.pages, 3 + 15);
        let pets = query(
            &db,
            "SELECT id || ' ' || _parent_owner FROM pet ORDER BY id",
        );
        assert_eq!(pets.len(), 15);
        assert_eq!(pets[0], "o1-p1 o1");
        // Only the tables of the streams that ran exist.
        let tables = query(
            &db,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        );
        assert_eq!(
            tables,
            vec![
                "_apitap_run_streams",
                "_apitap_runs",
                "_apitap_state",
                "_rejected",
                "owner",
                "pet"
            ]
        );
        // State per partition; no position left once complete.
        let states = query(
            &db,
            "SELECT stream || '=' || value FROM _apitap_state ORDER BY stream",
        );
        assert_eq!(states.len(), 6, "{states:?}");
        assert!(
            states.contains(&"owners#children=pets=105".to_string()),
            "{states:?}"
        );
        assert!(
            states.contains(&"pets?owner=o3=9".to_string()),
            "{states:?}"
        );
        // The page size the stream asks for by default.
        assert!(fake
            .opened
            .lock()
            .unwrap()
            .iter()
            .any(|o| o.0 == 0 && o.3 == Some(2)));
        dumps.push((pets, query(&db, "SELECT id FROM owner ORDER BY id")));
    }
    assert_eq!(dumps[0], dumps[1]);
}

#[tokio::test]
async fn a_failed_run_resumes_at_its_last_committed_page() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(7);
    *fake.fail_at.lock().unwrap() = Some((0, "owners".into(), 2));
    let err = run(&fake, &db, &["owners", "--batch-size", "1"])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("connection reset"), "{err}");
    assert_eq!(err.report().records, 4, "two whole pages committed");
    assert_eq!(err.report().state, None, "no state before the end");
    let resume = query(
        &db,
        "SELECT value FROM _apitap_state WHERE stream = 'owners#resume'",
    );
    assert_eq!(resume.len(), 1);
    assert!(resume[0].contains("\"number\":2"), "{resume:?}");

    let report = run(&fake, &db, &["owners"]).await.unwrap();
    assert_eq!(report.records, 3, "only the pages not loaded");
    assert_eq!(report.streams[0].resumed, 1);
    assert_eq!(
        fake.opened.lock().unwrap().last().unwrap().2,
        Some(rt::PagePosition::Number(2))
    );
    assert_eq!(query(&db, "SELECT count(*) FROM owner"), vec!["7"]);
    assert_eq!(
        query(&db, "SELECT stream || '=' || value FROM _apitap_state"),
        vec!["owners=107"]
    );
}

#[tokio::test]
async fn a_failed_child_is_run_first_by_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(4);
    *fake.fail_at.lock().unwrap() = Some((1, "pets?owner=o3".into(), 1));
    let err = run(&fake, &db, &["--all", "--concurrency", "1"])
        .await
        .unwrap_err();
    assert!(err.to_string().contains("connection reset"), "{err}");
    // The owners were read to the end; the failed child is kept to be run again.
    let resume = query(
        &db,
        "SELECT value FROM _apitap_state WHERE stream LIKE 'owners%#resume'",
    );
    assert!(
        resume[0].contains(r#""page":null"#)
            && resume[0].contains(r#""retry":[{"stream":"pets","params":[["owner","o3"]]}]"#),
        "{resume:?}"
    );
    // o3 failed at its second page: its first is loaded, with its position.
    assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["10"]);
    let report = run(&fake, &db, &["--all"]).await.unwrap();
    assert!(report.streams.iter().all(|s| s.incomplete == 0));
    assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["12"]);
    assert_eq!(query(&db, "SELECT count(*) FROM owner"), vec!["4"]);
    let left = query(
        &db,
        "SELECT stream FROM _apitap_state WHERE stream LIKE '%#resume'",
    );
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test]
async fn page_cap_saves_a_position_not_a_state() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(6);
    // The runtime's page cap is in the client config; the fake ends its stream with a next
    // position instead, as the paginator does at the cap.
    let pages = fake.pages(0, &[]);
    assert_eq!(pages.len(), 3);
    struct Capped(Fake);
    impl rt::Connector for Capped {
        fn streams(&self) -> &'static [rt::StreamSpec] {
            STREAMS
        }
        fn tables(&self) -> &'static [TableSpec] {
            TABLES
        }
        fn runtime(&self) -> &rt::Client {
            &self.0.client
        }
        fn identity(&self) -> rt::Identity {
            rt::Identity::default()
        }
        fn open(
            &self,
            s: usize,
            p: &[(String, String)],
            since: Option<&str>,
            start: rt::PageStart,
        ) -> Result<rt::RawPages, rt::OpenError> {
            Ok(self.0.open(s, p, since, start)?.take(1).boxed())
        }
        fn load(&self, s: usize, r: &Value, since: Option<&str>, rows: &mut Rows) -> rt::Loaded {
            self.0.load(s, r, since, rows)
        }
    }
    let capped = Capped(fake);
    let dest = format!("sqlite:{}", db.display());
    let plan = rt::SyncPlan::new(STREAMS, &args(&["owners", "--to", &dest])).unwrap();
    let mut sink = rt::Sink::open_for(&dest, TABLES, Some(&plan.tables()))
        .await
        .unwrap();
    let report = rt::run_streams(&capped, &plan, &mut sink).await.unwrap();
    sink.finish().await.unwrap();
    assert_eq!(report.records, 2);
    assert_eq!(report.streams[0].incomplete, 1);
    assert!(
        report.notes.iter().any(|n| n.contains("page cap")),
        "{:?}",
        report.notes
    );
    assert_eq!(
        query(
            &db,
            "SELECT count(*) FROM _apitap_state WHERE stream = 'owners'"
        ),
        vec!["0"]
    );
    // The full run goes on from page 2 and gets every record.
    let report = run(&capped.0, &db, &["owners"]).await.unwrap();
    assert_eq!(report.records, 4);
    assert_eq!(query(&db, "SELECT count(*) FROM owner"), vec!["6"]);
}

#[tokio::test]
async fn two_shards_load_what_one_run_does() {
    let dir = tempfile::tempdir().unwrap();
    let whole = dir.path().join("whole.db");
    let shared = dir.path().join("shards.db");
    run(&Fake::new(9), &whole, &["--all"]).await.unwrap();
    let a = run(&Fake::new(9), &shared, &["--all", "--shard", "1/2"])
        .await
        .unwrap();
    let b = run(&Fake::new(9), &shared, &["--all", "--shard", "2/2"])
        .await
        .unwrap();
    assert!(
        a.records > 0 && b.records > 0,
        "{} {}",
        a.records,
        b.records
    );
    assert_eq!(a.records + b.records, 9 + 27, "no record loaded twice");
    for sql in [
        "SELECT id FROM owner ORDER BY id",
        "SELECT id || _parent_owner FROM pet ORDER BY id",
    ] {
        assert_eq!(query(&whole, sql), query(&shared, sql), "{sql}");
    }
}

#[tokio::test]
async fn selection_errors_name_what_to_do() {
    let err = rt::SyncPlan::new(STREAMS, &args(&["nope", "--to", "x"])).unwrap_err();
    assert!(
        err.contains("unknown stream `nope`; one of: owners, pets"),
        "{err}"
    );
    let err = rt::SyncPlan::new(STREAMS, &args(&["owners", "--to", "x", "--param", "zzz=1"]))
        .unwrap_err();
    assert!(
        err.contains("no stream of this run has a parameter `zzz`"),
        "{err}"
    );
    // By default the root streams (none is selected); --all adds the children.
    let plan = rt::SyncPlan::new(STREAMS, &args(&["--to", "x"])).unwrap();
    assert_eq!(plan.loaded(), vec!["owners"]);
    let plan = rt::SyncPlan::new(STREAMS, &args(&["--to", "x", "--all"])).unwrap();
    assert_eq!(plan.loaded(), vec!["owners", "pets"]);
    // A child alone: its parent is read, not loaded, and its tables are not created.
    let plan = rt::SyncPlan::new(STREAMS, &args(&["pets", "--to", "x"])).unwrap();
    assert_eq!(plan.tables(), vec![1]);
    assert_eq!(plan.loaded(), vec!["pets"]);
    // A child with its parent's value given runs as a root.
    let plan = rt::SyncPlan::new(
        STREAMS,
        &args(&["pets", "--to", "x", "--param", "owner=o1"]),
    )
    .unwrap();
    assert_eq!(plan.loaded(), vec!["pets"]);
    let list = rt::list_streams(STREAMS, TABLES);
    assert!(list.contains("pets\n  tables:     pet\n"), "{list}");
    assert!(
        list.contains("  parent:     owners (owner = id)\n"),
        "{list}"
    );
    assert!(list.contains("  page size:  limit = 2\n"), "{list}");
}

#[tokio::test]
async fn a_child_alone_reads_its_parent_without_loading_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let report = run(&Fake::new(3), &db, &["pets"]).await.unwrap();
    assert_eq!(report.records, 9);
    assert!(!report.streams[0].loaded);
    let tables = query(
        &db,
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    );
    assert_eq!(
        tables,
        vec![
            "_apitap_run_streams",
            "_apitap_runs",
            "_apitap_state",
            "_rejected",
            "pet"
        ]
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
    size_param: Some("limit"),
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

#[tokio::test]
async fn paginated_pages_carry_the_next_position_and_resume_from_one() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/owners"))
        .and(query_param("cursor", "p2"))
        .and(query_param("limit", "7"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"data": [{"id": "c"}], "next": null})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/owners"))
        .and(query_param_is_missing("cursor"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [{"id": "a"}, {"id": "b"}], "next": "p2"})),
        )
        .mount(&server)
        .await;
    let client = rt::Client::new(rt::Config::new().base_url(server.uri()), &API).unwrap();
    let request = || rt::Request::new(rt::Method::GET, "/owners", "list_owners");
    let start = rt::PageStart {
        page_size: Some(7),
        resume: None,
    };
    let pages: Vec<_> =
        rt::paginate_from::<Page, ()>(client.clone(), request(), &PLAN, extract, start)
            .collect()
            .await;
    let nexts: Vec<_> = pages.into_iter().map(|p| p.unwrap().1).collect();
    assert_eq!(
        nexts,
        vec![Some(rt::PagePosition::Token("p2".into())), None]
    );
    let resumed = rt::PageStart {
        page_size: Some(7),
        resume: Some(rt::PagePosition::Token("p2".into())),
    };
    let pages: Vec<_> = rt::paginate_from::<Page, ()>(client, request(), &PLAN, extract, resumed)
        .collect()
        .await;
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].as_ref().unwrap().0.data[0]["id"], "c");
    let raw = rt::raw_pages::<()>(
        futures::stream::iter(vec![Ok((json!({"data": [1, 2]}), None))]).boxed(),
        "/data",
    );
    let raw: Vec<_> = raw.collect().await;
    assert_eq!(raw[0].as_ref().unwrap().records, vec![json!(1), json!(2)]);
}

/// [`STREAMS`] with owners' children pulled only for owners changed since their state.
static CHANGED_ONLY: &[rt::StreamSpec] = &[
    rt::StreamSpec {
        name: "owners",
        enabled: true,
        tables: &[0],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &[],
        cursor: Some("updated"),
        since_param: None,
        pagination: "cursor",
        page_size: None,
        selected: false,
        reason: "",
        children_of_changed: true,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "pets",
        enabled: true,
        tables: &[1],
        parent: Some("owners"),
        partition: &[rt::PartitionParam {
            name: "owner",
            source: rt::ParamSource::Field(&["id"]),
            column: Some(2),
        }],
        needs: &[],
        accepts: &["owner"],
        cursor: Some("updated"),
        since_param: None,
        pagination: "page number",
        page_size: None,
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
];

#[tokio::test]
async fn children_of_every_parent_record_unless_parents_change_with_them() {
    for (streams, second_run_partitions) in [(STREAMS, 4), (CHANGED_ONLY, 1)] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let fake = Fake::with(streams, 4);
        run(&fake, &db, &["--all"]).await.unwrap();
        let report = run(&fake, &db, &["--all"]).await.unwrap();
        // Owners are all older than the state but the one at it: they are not loaded again.
        assert_eq!(report.streams[0].records, 1);
        assert_eq!(report.streams[1].partitions, second_run_partitions);
        assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["12"]);
    }
}

#[tokio::test]
async fn a_parent_cycle_is_refused() {
    static CYCLE: &[rt::StreamSpec] = &[
        rt::StreamSpec {
            name: "a",
            enabled: true,
            tables: &[],
            parent: Some("b"),
            partition: &[rt::PartitionParam {
                name: "x",
                source: rt::ParamSource::Field(&["id"]),
                column: None,
            }],
            needs: &[],
            accepts: &["x"],
            cursor: None,
            since_param: None,
            pagination: "",
            page_size: None,
            selected: false,
            reason: "",
            children_of_changed: false,
            write: rt::WriteMode::Merge,
            contract: rt::Contract::Evolve,
            lookback: None,
            checks: rt::Checks::NONE,
        },
        rt::StreamSpec {
            name: "b",
            enabled: true,
            tables: &[],
            parent: Some("a"),
            partition: &[rt::PartitionParam {
                name: "y",
                source: rt::ParamSource::Field(&["id"]),
                column: None,
            }],
            needs: &[],
            accepts: &["y"],
            cursor: None,
            since_param: None,
            pagination: "",
            page_size: None,
            selected: false,
            reason: "",
            children_of_changed: false,
            write: rt::WriteMode::Merge,
            contract: rt::Contract::Evolve,
            lookback: None,
            checks: rt::Checks::NONE,
        },
    ];
    let err = rt::SyncPlan::new(CYCLE, &args(&["a", "--to", "x"])).unwrap_err();
    assert!(err.contains("its parents form a cycle"), "{err}");
}

#[tokio::test]
async fn a_child_that_keeps_failing_does_not_hold_up_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(6);
    *fake.broken.lock().unwrap() = Some((1, "pets?owner=o2".into(), 500));
    for _ in 0..2 {
        let err = run(&fake, &db, &["--all", "--concurrency", "1"])
            .await
            .unwrap_err();
        assert!(err.to_string().contains("HTTP 500"), "{err}");
        // Every other owner's pets are loaded, in the same run.
        assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["15"]);
        // The owners were read to the end (state saved); the failing partition is kept
        // to be run first next time.
        let states = query(
            &db,
            "SELECT stream || ' ' || value FROM _apitap_state WHERE stream LIKE 'owners%' ORDER BY stream",
        );
        assert_eq!(states.len(), 2, "{states:?}");
        assert_eq!(states[0], "owners#children=pets 106");
        assert!(
            states[1].contains(r#""params":[["owner","o2"]]"#),
            "{states:?}"
        );
    }
    // Once the API answers again, the next run completes.
    *fake.broken.lock().unwrap() = None;
    let report = run(&fake, &db, &["--all"]).await.unwrap();
    assert!(report.streams.iter().all(|s| s.incomplete == 0));
    assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["18"]);
    assert_eq!(
        query(
            &db,
            "SELECT value FROM _apitap_state WHERE stream = 'owners#children=pets'"
        ),
        vec!["106"]
    );
}

#[tokio::test]
async fn a_child_whose_parent_is_gone_is_empty_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(3);
    *fake.broken.lock().unwrap() = Some((1, "pets?owner=o3".into(), 404));
    let report = run(&fake, &db, &["--all"]).await.unwrap();
    assert_eq!(report.streams[1].records, 6);
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("pets?owner=o3") && n.contains("404")),
        "{:?}",
        report.notes
    );
}

#[tokio::test]
async fn a_rejected_record_is_kept_once_with_its_batch() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let mut fake = Fake::new(4);
    fake.bad_owner = true;
    let report = run(&fake, &db, &["owners"]).await.unwrap();
    assert_eq!((report.records, report.rejected), (4, 1));
    let rejected = query(
        &db,
        "SELECT stream || ' ' || reason || ' ' || raw FROM _rejected",
    );
    assert_eq!(rejected.len(), 1);
    assert!(
        rejected[0].starts_with("owners at `id`: invalid type"),
        "{rejected:?}"
    );
    // The next run reads it again (the fake ignores filters) but it is older than the state.
    let report = run(&fake, &db, &["owners"]).await.unwrap();
    assert_eq!(report.rejected, 0);
    assert_eq!(query(&db, "SELECT count(*) FROM _rejected"), vec!["1"]);
}

#[tokio::test]
async fn a_capped_parent_moves_on_past_a_child_that_keeps_failing() {
    struct Capped(Fake);
    impl rt::Connector for Capped {
        fn streams(&self) -> &'static [rt::StreamSpec] {
            STREAMS
        }
        fn tables(&self) -> &'static [TableSpec] {
            TABLES
        }
        fn runtime(&self) -> &rt::Client {
            &self.0.client
        }
        fn identity(&self) -> rt::Identity {
            rt::Identity::default()
        }
        fn open(
            &self,
            s: usize,
            p: &[(String, String)],
            since: Option<&str>,
            start: rt::PageStart,
        ) -> Result<rt::RawPages, rt::OpenError> {
            Ok(self.0.open(s, p, since, start)?.take(1).boxed())
        }
        fn load(&self, s: usize, r: &Value, since: Option<&str>, rows: &mut Rows) -> rt::Loaded {
            self.0.load(s, r, since, rows)
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let capped = Capped(Fake::new(6));
    *capped.0.broken.lock().unwrap() = Some((1, "pets?owner=o2".into(), 500));
    let dest = format!("sqlite:{}", db.display());
    for _ in 0..3 {
        let plan = rt::SyncPlan::new(STREAMS, &args(&["--all", "--to", &dest])).unwrap();
        let mut sink = rt::Sink::open_for(&dest, TABLES, Some(&plan.tables()))
            .await
            .unwrap();
        let _ = rt::run_streams(&capped, &plan, &mut sink).await;
        sink.finish().await.unwrap();
    }
    // One owners page per run (pets one page each): three runs reach every owner.
    assert_eq!(query(&db, "SELECT count(*) FROM owner"), vec!["6"]);
    let owners: Vec<String> = query(&db, "SELECT DISTINCT _parent_owner FROM pet ORDER BY 1");
    assert_eq!(owners, vec!["o1", "o3", "o4", "o5", "o6"]);
}

#[tokio::test]
async fn a_saved_page_number_is_read_at_the_page_size_it_was_counted_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::new(7);
    *fake.fail_at.lock().unwrap() = Some((0, "owners".into(), 2));
    run(&fake, &db, &["owners"]).await.unwrap_err();
    run(&fake, &db, &["owners", "--page-size", "5"])
        .await
        .unwrap();
    let opened = fake.opened.lock().unwrap().clone();
    let last = opened.last().unwrap();
    assert_eq!(
        (last.2.clone(), last.3),
        (Some(rt::PagePosition::Number(2)), Some(2)),
        "page 2 of pages of 2, not of 5"
    );
    assert_eq!(query(&db, "SELECT count(*) FROM owner"), vec!["7"]);
}

/// [`STREAMS`] with the child stream written `replace`.
static REPLACED_PETS: &[rt::StreamSpec] = &[
    rt::StreamSpec { ..STREAMS_OWNERS },
    rt::StreamSpec {
        write: rt::WriteMode::Replace,
        ..STREAMS_PETS
    },
];

const STREAMS_OWNERS: rt::StreamSpec = rt::StreamSpec {
    name: "owners",
    enabled: true,
    tables: &[0],
    parent: None,
    partition: &[],
    needs: &[],
    accepts: &[],
    cursor: Some("updated"),
    since_param: None,
    pagination: "cursor",
    page_size: None,
    selected: false,
    reason: "",
    children_of_changed: false,
    write: rt::WriteMode::Merge,
    contract: rt::Contract::Evolve,
    lookback: None,
    checks: rt::Checks::NONE,
};

const STREAMS_PETS: rt::StreamSpec = rt::StreamSpec {
    name: "pets",
    enabled: true,
    tables: &[1],
    parent: Some("owners"),
    partition: &[rt::PartitionParam {
        name: "owner",
        source: rt::ParamSource::Field(&["id"]),
        column: Some(2),
    }],
    needs: &[],
    accepts: &["owner"],
    cursor: None,
    since_param: None,
    pagination: "page number",
    page_size: None,
    selected: false,
    reason: "test",
    children_of_changed: false,
    write: rt::WriteMode::Merge,
    contract: rt::Contract::Evolve,
    lookback: None,
    checks: rt::Checks::NONE,
};

#[tokio::test]
async fn a_replaced_child_keeps_its_rows_when_its_parent_did_not_finish() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let fake = Fake::with(REPLACED_PETS, 4);
    let first = run(&fake, &db, &["--all"]).await.unwrap();
    assert_eq!(first.streams[1].records, 12);
    // The parent fails on its first page: no child partition runs, and the empty copy of
    // the child's table must not replace it.
    *fake.broken.lock().unwrap() = Some((0, "owners".into(), 500));
    let err = run(&fake, &db, &["--all"]).await.unwrap_err();
    let report = err.report();
    assert_eq!(report.streams[1].records, 0);
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("pets: did not complete")),
        "{report}"
    );
    assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["12"]);
    // Whole again: the child's table is refreshed.
    *fake.broken.lock().unwrap() = None;
    run(&fake, &db, &["--all"]).await.unwrap();
    assert_eq!(query(&db, "SELECT count(*) FROM pet"), vec!["12"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn root_partitions_spread_over_threads_load_what_one_task_does() {
    let mut dumps = Vec::new();
    // One at a time; on the runtime's `block_on` thread; on one of its workers.
    for (concurrency, on_worker) in [("1", false), ("4", false), ("4", true)] {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("a.db");
        let mut fake = Fake::with(ROOTS, 5);
        fake.load_time = std::time::Duration::from_millis(2);
        let fake: &'static Fake = Box::leak(Box::new(fake));
        let args = ["--all", "--concurrency", concurrency];
        // An embedder's subscriber for this thread only: the partitions' logs reach it from
        // the other threads too.
        let logs = Logs::default();
        let subscriber = tracing_subscriber::fmt()
            .with_thread_names(true)
            .with_ansi(false)
            .with_writer(logs.clone())
            .finish();
        let _scoped = tracing::subscriber::set_default(subscriber);
        let report = if on_worker {
            let db = db.clone();
            tokio::spawn(async move { run(fake, &db, &args).await })
                .await
                .unwrap()
        } else {
            run(fake, &db, &args).await
        }
        .unwrap();
        assert_eq!(report.records, 5 + 12);
        assert_eq!(report.streams[1].partitions, 4);
        let states = query(
            &db,
            "SELECT stream || '=' || value FROM _apitap_state ORDER BY stream",
        );
        assert_eq!(states.len(), 5, "{states:?}");
        let threads = fake.threads.lock().unwrap().len();
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        if concurrency == "1" {
            assert_eq!(threads, 1, "--concurrency 1 runs one partition at a time");
        } else if cores > 1 {
            assert!(threads > 1, "records were loaded on {threads} thread(s)");
            if !on_worker {
                let text = logs.text();
                assert!(
                    text.contains("apitap-sync-1") && text.contains("page loaded"),
                    "{text}"
                );
            }
        }
        dumps.push((
            query(
                &db,
                "SELECT id || ' ' || _parent_owner FROM pet ORDER BY id",
            ),
            query(&db, "SELECT id FROM owner ORDER BY id"),
            states,
        ));
    }
    assert_eq!(dumps[0], dumps[1]);
    assert_eq!(dumps[0], dumps[2]);
    assert_eq!(dumps[0].0.len(), 12);
}

/// Owners, and pets of four fixed owners: five root partitions.
static ROOTS: &[rt::StreamSpec] = &[
    const_stream(),
    rt::StreamSpec {
        name: "pets",
        tables: &[1],
        partition: &[rt::PartitionParam {
            name: "owner",
            source: rt::ParamSource::Values(&["o1", "o2", "o3", "o4"]),
            column: Some(2),
        }],
        accepts: &["owner"],
        pagination: "page number",
        page_size: None,
        ..const_stream()
    },
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_on_a_partition_thread_keeps_its_message() {
    if std::thread::available_parallelism().map_or(1, |n| n.get()) < 2 {
        return; // one core: the partitions run on this thread, where a panic is plain
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let mut fake = Fake::with(ROOTS, 5);
    fake.load_time = std::time::Duration::from_millis(2);
    fake.panic_on_thread = Some("apitap-sync-1");
    let fake: &'static Fake = Box::leak(Box::new(fake));
    let outcome =
        tokio::spawn(async move { run(fake, &db, &["--all", "--concurrency", "4"]).await }).await;
    let panic = outcome.expect_err("the run panics").into_panic();
    let message = panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default();
    assert_eq!(message, "load failed on apitap-sync-1");
}

/// The owners stream (`STREAMS[0]`), also a base for other stream lists.
const fn const_stream() -> rt::StreamSpec {
    rt::StreamSpec {
        name: "owners",
        enabled: true,
        tables: &[0],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &[],
        cursor: Some("updated"),
        since_param: None,
        pagination: "cursor",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: Some(2),
            max: Some(10),
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    }
}

/// Log lines written by a `tracing` subscriber, shared with the test.
#[derive(Clone, Default)]
struct Logs(std::sync::Arc<Mutex<Vec<u8>>>);

impl Logs {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Logs {
    type Writer = Logs;
    fn make_writer(&'a self) -> Logs {
        self.clone()
    }
}
