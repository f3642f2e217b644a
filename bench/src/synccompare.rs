//! `sync-compare`: the generated `sync` against dlt's `rest_api` source, side by side in one
//! run, on the same records from the same server.
//!
//! The server ([`crate::pageserver`]) runs in this process with every page rendered
//! beforehand, so it is not the bottleneck. Each tool runs as its own process under GNU time
//! (wall time and peak RSS of that process): apitap as the `orders` example's own binary
//! (`cargo build --release -p orders --features cli`, what a user runs) into SQLite, dlt as
//! `bench/dlt_sync.py run` into SQLite (its `sqlalchemy` destination) and into DuckDB. The
//! records are the `flatten` bench's orders, about 730 bytes each with nested objects and
//! child lists. After each run the same Python code counts the rows of every table loaded,
//! so the comparison is of equal work: a tool that loaded another number of records, lines
//! or discounts fails the run. The in-process rate of decoding, flattening and loading the
//! same pages into SQLite (the `flatten` bench's work, no HTTP) is measured in the same run
//! as the limit, and so is the rate of fetching the pages alone.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::proc::{self, Status};

type BoxError = Box<dyn std::error::Error>;

/// The example's list streams and the server paths (dlt resources) they read. Both return
/// orders, which apitap loads into one set of tables (`order`, ...) and dlt into a set per
/// resource; the server gives each path its own ids, so every record is a row of its own.
const STREAMS: &[(&str, &str)] = &[("list_orders", "orders"), ("list_returns", "returns")];

/// apitap's table of the streams' records.
const APITAP_ROOT_TABLE: &str = "order";

/// The id the server gives record `i` of a resource's list.
fn record_id(resource: &str, i: usize) -> String {
    format!("{resource}_{i:012}")
}

/// The `apitap` (stream) or `dlt` (resource) names of `streams`, comma-separated.
fn names<'a>(streams: &[(&'a str, &'a str)], pick: fn(&(&'a str, &'a str)) -> &'a str) -> String {
    streams.iter().map(pick).collect::<Vec<_>>().join(",")
}

#[derive(clap::Args)]
pub struct Args {
    /// Records per stream.
    #[arg(long, default_value_t = 20_000)]
    pub records: usize,
    #[arg(long, default_value_t = 100)]
    pub per_page: usize,
    /// Streams run at once (1 or 2): `list_orders`, then `list_returns`.
    #[arg(long, default_value_t = 1)]
    pub streams: usize,
    /// Tools, comma-separated: apitap, dlt-sqlite, dlt-duckdb (and apitap-before).
    #[arg(long, default_value = "apitap,dlt-sqlite,dlt-duckdb")]
    pub tools: String,
    /// The generated binary apitap runs as (built with `--features cli`).
    #[arg(long, default_value = "target/release/orders")]
    pub apitap_bin: PathBuf,
    /// An older build of the same binary, run as the tool `apitap-before` (added to
    /// `--tools`): the same work before a change.
    #[arg(long)]
    pub apitap_before: Option<PathBuf>,
    /// The Python with dlt installed (`scripts/bench` makes this venv).
    #[arg(long, default_value = "target/bench/dlt-venv/bin/python")]
    pub python: PathBuf,
    /// Runs per tool (tools alternate within each round); medians are reported.
    #[arg(long, default_value_t = 1)]
    pub repeats: usize,
    /// apitap's `--concurrency` (requests in flight).
    #[arg(long, default_value_t = 4)]
    pub concurrency: usize,
    /// Databases and logs.
    #[arg(long, default_value = "target/bench/sync-compare")]
    pub out: PathBuf,
    /// Seconds before a tool's run is killed.
    #[arg(long, default_value_t = 900)]
    pub timeout: u64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tool {
    Apitap,
    /// The binary of `--apitap-before`: an older build, measured beside the current one.
    ApitapBefore,
    DltSqlite,
    DltDuckdb,
}

impl Tool {
    fn parse(name: &str) -> Result<Tool, BoxError> {
        Ok(match name.trim() {
            "apitap" => Tool::Apitap,
            "apitap-before" => Tool::ApitapBefore,
            "dlt-sqlite" => Tool::DltSqlite,
            "dlt-duckdb" => Tool::DltDuckdb,
            other => {
                return Err(format!(
                    "unknown tool {other:?} (apitap, apitap-before, dlt-sqlite, dlt-duckdb)"
                )
                .into())
            }
        })
    }
    fn label(self) -> &'static str {
        match self {
            Tool::Apitap => "apitap `sync` → SQLite",
            Tool::ApitapBefore => "apitap `sync` → SQLite, the `--apitap-before` binary",
            Tool::DltSqlite => "dlt `rest_api` → SQLite",
            Tool::DltDuckdb => "dlt `rest_api` → DuckDB",
        }
    }
    fn key(self) -> &'static str {
        match self {
            Tool::Apitap => "apitap",
            Tool::ApitapBefore => "apitap-before",
            Tool::DltSqlite => "dlt-sqlite",
            Tool::DltDuckdb => "dlt-duckdb",
        }
    }
}

/// One tool's run: process wall time and peak RSS, the tool's own timing of its sync, and
/// the rows of every table it loaded.
struct Measured {
    wall: f64,
    inner: f64,
    peak_mib: f64,
    tables: serde_json::Map<String, serde_json::Value>,
}

pub fn run(args: &Args) -> Result<(), BoxError> {
    let mut tools = args
        .tools
        .split(',')
        .map(Tool::parse)
        .collect::<Result<Vec<_>, _>>()?;
    if args.apitap_before.is_some() && !tools.contains(&Tool::ApitapBefore) {
        tools.insert(1.min(tools.len()), Tool::ApitapBefore);
    }
    if args.records == 0 || args.per_page == 0 {
        return Err("--records and --per-page must be at least 1".into());
    }
    std::fs::create_dir_all(&args.out)?;
    let out = std::fs::canonicalize(&args.out)?;
    if args.streams == 0 || args.streams > STREAMS.len() {
        return Err(format!("--streams must be 1 to {}", STREAMS.len()).into());
    }
    let streams = &STREAMS[..args.streams];
    let paths: Vec<String> = streams.iter().map(|(_, p)| format!("/{p}")).collect();
    let path_refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let t = Instant::now();
    let pages = Arc::new(crate::pageserver::render(
        &path_refs,
        args.records,
        args.per_page,
        |path, i| {
            let mut record = crate::flatten::order(i);
            record["id"] = record_id(path.trim_start_matches('/'), i).into();
            record
        },
    ));
    eprintln!(
        "rendered {} records x {} streams in pages of {} ({:.1} MB of JSON) in {:.2?}",
        args.records,
        streams.len(),
        args.per_page,
        pages.body_bytes as f64 / 1e6,
        t.elapsed()
    );
    let url = crate::pageserver::serve(pages)?;

    let mut results: Vec<(Tool, Vec<Measured>)> = tools.iter().map(|t| (*t, vec![])).collect();
    for round in 0..args.repeats.max(1) {
        for (tool, runs) in &mut results {
            let measured = run_tool(*tool, args, &out, &url, streams, round)?;
            let records = top_level_rows(&measured.tables, *tool, streams);
            let expected = (args.records * streams.len()) as u64;
            // Each order has three lines with one discount each: both tools make child
            // tables of them (`<parent>__lines`, `<parent>__lines__discounts`).
            let lines = rows_ending(&measured.tables, "__lines");
            let discounts = rows_ending(&measured.tables, "__lines__discounts");
            if records != expected || lines != 3 * expected || discounts != 3 * expected {
                return Err(format!(
                    "{}: {records} records, {lines} lines, {discounts} discounts loaded; expected {expected}, {}, {}; tables {:?}",
                    tool.key(),
                    3 * expected,
                    3 * expected,
                    measured.tables
                )
                .into());
            }
            runs.push(measured);
        }
    }

    // The server's side: every page fetched, nothing decoded (what HTTP alone allows).
    let fetch = fetch_only_seconds(&url, args, streams)?;
    // The limit: decoding, flattening and loading the same records in process, no HTTP,
    // one stream's worth (the rate is per record).
    let limit = in_process_seconds(args, &out)?;
    let limit_rate = args.records as f64 / limit;
    let total = (args.records * streams.len()) as f64;

    println!(
        "sync-compare: {} records x {} stream(s) ({}), pages of {}, apitap --concurrency {}; {} round(s), medians; peak RSS of the tool's process",
        args.records,
        streams.len(),
        names(streams, |s| s.0),
        args.per_page,
        args.concurrency,
        args.repeats.max(1)
    );
    println!(
        "| tool | process wall | records/s (wall) | in `sync`/`pipeline.run` | records/s (inside) | peak RSS | wall ÷ apitap's | peak RSS ÷ apitap's | rows loaded |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---|");
    let apitap = results
        .iter()
        .find(|(t, _)| *t == Tool::Apitap)
        .map(|(_, runs)| summary(runs));
    for (tool, runs) in &results {
        let (wall, inner, peak) = summary(runs);
        let (speed, memory) = match apitap {
            Some((aw, _, ap)) if *tool != Tool::Apitap => {
                (format!("{:.1}x", wall / aw), format!("{:.1}x", peak / ap))
            }
            _ => ("–".to_string(), "–".to_string()),
        };
        let rows = runs
            .last()
            .map(|m| {
                m.tables
                    .iter()
                    .map(|(t, n)| format!("{t} {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        println!(
            "| {} | {:.2} s | {:.0} | {:.2} s | {:.0} | {:.0} MiB | {speed} | {memory} | {rows} |",
            tool.label(),
            wall,
            total / wall,
            inner,
            total / inner,
            peak,
        );
    }
    println!(
        "| server and HTTP alone: every page fetched by reqwest, one stream after the other, nothing decoded (the server's limit) | – | – | {fetch:.2} s | {:.0} | – | – | – | – |",
        total / fetch
    );
    println!(
        "| in process, one thread: decode + flatten + load into SQLite, {} records in the same pages, no HTTP (the limit) | – | – | {limit:.2} s | {limit_rate:.0} | – | – | – | – |",
        args.records
    );
    if let Some((wall, inner, _)) = apitap {
        println!(
            "\napitap end to end reaches {:.0} % of the in-process rate inside `sync` ({:.0} % counting the whole process); target ≥ 50 %",
            100.0 * total / inner / limit_rate,
            100.0 * total / wall / limit_rate
        );
    }
    Ok(())
}

/// Medians of wall time, inner time and peak RSS.
fn summary(runs: &[Measured]) -> (f64, f64, f64) {
    (
        proc::median(runs.iter().map(|m| m.wall).collect()),
        proc::median(runs.iter().map(|m| m.inner).collect()),
        proc::median(runs.iter().map(|m| m.peak_mib).collect()),
    )
}

/// Rows of the tables whose names end with `suffix`.
fn rows_ending(tables: &serde_json::Map<String, serde_json::Value>, suffix: &str) -> u64 {
    tables
        .iter()
        .filter(|(name, _)| name.ends_with(suffix))
        .filter_map(|(_, n)| n.as_u64())
        .sum()
}

/// Rows of the streams' top-level tables: apitap's one table of orders, dlt's table per
/// resource.
fn top_level_rows(
    tables: &serde_json::Map<String, serde_json::Value>,
    tool: Tool,
    streams: &[(&str, &str)],
) -> u64 {
    let rows = |name: &str| tables.get(name).and_then(|v| v.as_u64()).unwrap_or(0);
    match tool {
        Tool::Apitap | Tool::ApitapBefore => rows(APITAP_ROOT_TABLE),
        _ => streams.iter().map(|(_, resource)| rows(resource)).sum(),
    }
}

fn run_tool(
    tool: Tool,
    args: &Args,
    out: &Path,
    url: &str,
    streams: &[(&str, &str)],
    round: usize,
) -> Result<Measured, BoxError> {
    let dir = out.join(format!("{}-{round}", tool.key()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let log = dir.join("run.log");
    let timeout = Duration::from_secs(args.timeout);
    // A path is made absolute, not canonical (a venv's python is a symlink that must stay
    // one); a bare name is looked up on PATH.
    let python = if args.python.components().count() > 1 {
        std::path::absolute(&args.python)?.display().to_string()
    } else {
        args.python.display().to_string()
    };
    let script = std::fs::canonicalize("bench/dlt_sync.py")?
        .display()
        .to_string();
    let (program, argv, db) = match tool {
        Tool::Apitap | Tool::ApitapBefore => {
            let db = dir.join("apitap.db");
            let mut argv = Vec::new();
            for (flag, value) in [
                ("--to", format!("sqlite:{}", db.display())),
                ("--streams", names(streams, |s| s.0)),
                ("--page-size", args.per_page.to_string()),
                ("--concurrency", args.concurrency.to_string()),
                ("--report", dir.join("report.json").display().to_string()),
            ] {
                argv.extend([flag.to_string(), value]);
            }
            let bin = match (tool, &args.apitap_before) {
                (Tool::ApitapBefore, Some(before)) => std::path::absolute(before)?,
                (Tool::ApitapBefore, None) => {
                    return Err("apitap-before needs --apitap-before BIN".into())
                }
                _ => std::path::absolute(&args.apitap_bin)?,
            };
            if !bin.exists() {
                return Err(format!(
                    "{} not found: cargo build --release -p orders --features cli",
                    bin.display()
                )
                .into());
            }
            (bin.display().to_string(), argv, db)
        }
        Tool::DltSqlite | Tool::DltDuckdb => {
            let (destination, db) = match tool {
                Tool::DltSqlite => ("sqlite", dir.join("dlt.db")),
                _ => ("duckdb", dir.join("dlt.duckdb")),
            };
            let mut argv = vec![script.clone(), "run".to_string()];
            for (flag, value) in [
                ("--url", url.to_string()),
                ("--destination", destination.to_string()),
                ("--path", db.display().to_string()),
                ("--per-page", args.per_page.to_string()),
                ("--resources", names(streams, |s| s.1)),
                ("--work", dir.join("pipelines").display().to_string()),
            ] {
                argv.extend([flag.to_string(), value]);
            }
            if streams.len() > 1 {
                argv.push("--parallel".to_string());
            }
            (python.clone(), argv, db)
        }
    };
    eprintln!("sync-compare: {} (round {})", tool.label(), round + 1);
    // The generated binary reads its base URL and key from the environment.
    let env = [
        ("ORDERS_BASE_URL", url.to_string()),
        ("ORDERS_API_KEY", "k".to_string()),
    ];
    let outcome = proc::run(&program, &argv, &dir, &log, timeout, &env)?;
    match outcome.status {
        Status::Ok => {}
        Status::TimedOut => return Err(format!("{}: timed out", tool.key()).into()),
        Status::Failed(why) => {
            return Err(format!("{}: {why} (log: {})", tool.key(), log.display()).into())
        }
    }
    // The tool's own timing: apitap's run report, dlt's around `pipeline.run`.
    let inner = match tool {
        Tool::Apitap | Tool::ApitapBefore => {
            let report: serde_json::Value =
                serde_json::from_slice(&std::fs::read(dir.join("report.json"))?)?;
            report["duration_s"].as_f64()
        }
        _ => last_json(&log)?.get("seconds").and_then(|s| s.as_f64()),
    }
    .ok_or_else(|| format!("{}: no timing in its output", tool.key()))?;
    let counted = std::process::Command::new(&python)
        .args([
            script.as_str(),
            "count",
            if tool == Tool::DltDuckdb {
                "--duckdb"
            } else {
                "--sqlite"
            },
        ])
        .arg(&db)
        .output()?;
    if !counted.status.success() {
        return Err(format!(
            "counting rows of {}: {}",
            db.display(),
            String::from_utf8_lossy(&counted.stderr)
        )
        .into());
    }
    let tables = match serde_json::from_slice(&counted.stdout)? {
        serde_json::Value::Object(map) => map,
        other => return Err(format!("row count is not an object: {other}").into()),
    };
    Ok(Measured {
        wall: outcome.wall.as_secs_f64(),
        inner,
        peak_mib: outcome.max_rss_kb.unwrap_or(0) as f64 / 1024.0,
        tables,
    })
}

/// The last line of a log that is a JSON object.
fn last_json(log: &Path) -> Result<serde_json::Value, BoxError> {
    let text = std::fs::read_to_string(log)?;
    text.lines()
        .rev()
        .find_map(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .filter(|v| v.is_object())
        })
        .ok_or_else(|| format!("no JSON result line in {}", log.display()).into())
}

/// Median seconds of decoding, flattening and loading the same records in process.
fn in_process_seconds(args: &Args, out: &Path) -> Result<f64, BoxError> {
    let pages = crate::flatten::pages(args.records, args.per_page)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut times = Vec::new();
    for i in 0..3 {
        let path = out.join(format!("in-process-{i}.db"));
        let _ = std::fs::remove_file(&path);
        let t = Instant::now();
        crate::flatten::load_into_sqlite(&runtime, &pages, &path)?;
        times.push(t.elapsed().as_secs_f64());
        let _ = std::fs::remove_file(&path);
    }
    Ok(proc::median(times))
}

/// Seconds to fetch every page of every stream with reqwest, one request at a time, bodies
/// read and dropped. The cursor of the next page is computed ([`record_id`]), not parsed.
fn fetch_only_seconds(url: &str, args: &Args, streams: &[(&str, &str)]) -> Result<f64, BoxError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let http = reqwest::Client::new();
    let pages = args.records.div_ceil(args.per_page);
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        runtime.block_on(async {
            for (_, resource) in streams {
                for page in 0..pages {
                    let mut request = format!("{url}/{resource}?limit={}", args.per_page);
                    if page > 0 {
                        let last = page * args.per_page - 1;
                        let after = record_id(resource, last);
                        request.push_str(&format!("&starting_after={after}"));
                    }
                    let body = http
                        .get(&request)
                        .send()
                        .await?
                        .error_for_status()?
                        .bytes()
                        .await?;
                    if body.is_empty() {
                        return Err(format!("empty body from {request}").into());
                    }
                }
            }
            Ok::<(), BoxError>(())
        })?;
        times.push(t.elapsed().as_secs_f64());
    }
    Ok(proc::median(times))
}
