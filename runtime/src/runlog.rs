//! The run log: what each run did, kept in the destination so the history of a connector can
//! be queried where its data is (`_apitap_runs`, `_apitap_run_streams`, or
//! `_apitap_runs.jsonl` beside file destinations), written as JSON by `--report`, and read
//! back for the volume check and `sync --status`.
//!
//! A run is `running` from its start (a run that never finishes stays so, which says it
//! died), then `success`, `checks_failed` (data loaded, a data-quality check failed) or
//! `failed`. Each has its exit status.

use serde_json::{json, Map, Value};

use crate::checks::CheckResult;
use crate::sync::{StreamReport, SyncReport};

/// Name of the table of runs.
pub const RUNS_TABLE: &str = "_apitap_runs";
/// Name of the table of streams per run.
pub const RUN_STREAMS_TABLE: &str = "_apitap_run_streams";

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunStatus {
    /// Started, not finished (a run that died stays so).
    Running,
    /// Everything loaded, every check passed.
    #[default]
    Success,
    /// Everything loaded, but a data-quality check failed.
    ChecksFailed,
    /// A stream failed: what was loaded before stays, the rest resumes next run.
    Failed,
}

impl RunStatus {
    /// The name stored in the run log.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Running => "running",
            RunStatus::Success => "success",
            RunStatus::ChecksFailed => "checks_failed",
            RunStatus::Failed => "failed",
        }
    }

    /// The process exit status of a run that ended so: 0 success, 1 failed, 3 a
    /// data-quality check failed (2 is a wrong command line).
    pub fn exit_code(self) -> i32 {
        match self {
            RunStatus::Success => 0,
            RunStatus::Failed | RunStatus::Running => 1,
            RunStatus::ChecksFailed => 3,
        }
    }
}

/// Exit status of a command line that could not be understood.
pub const EXIT_USAGE: i32 = 2;

/// Who ran: the connector's name and version and the hash of the spec it was generated from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Identity {
    /// Crate name.
    pub connector: &'static str,
    /// Crate version.
    pub version: &'static str,
    /// The crate's `apitap.lock` (its `spec_sha256` is the spec's hash): read from the file
    /// rather than copied into the code, so a new spec changes no line of `src/`.
    pub lock: &'static str,
}

impl Identity {
    /// SHA-256 of the spec the crate was generated from (empty when unknown).
    pub fn spec_sha256(&self) -> &'static str {
        self.lock
            .lines()
            .find_map(|l| l.trim().strip_prefix("spec_sha256"))
            .and_then(|rest| rest.trim_start().strip_prefix('='))
            .map(|v| v.trim().trim_matches('"'))
            .unwrap_or("")
    }
}

/// A new run id: the start time, then random hex (`20240301T100000.123Z-3fa2b1c9`): unique
/// across workers, sorted by start.
pub(crate) fn new_run_id(started: &str) -> String {
    let compact: String = started.chars().filter(|c| *c != '-' && *c != ':').collect();
    format!("{compact}-{:08x}", fastrand::u32(..))
}

/// How a stream of a run ended.
pub fn stream_status(s: &StreamReport) -> &'static str {
    if s.error.is_some() {
        "failed"
    } else if s.incomplete > 0 {
        "incomplete"
    } else if s.checks.iter().any(|c| !c.passed) {
        "checks_failed"
    } else {
        "complete"
    }
}

/// A stream of the report as JSON (the `--report` file, `_apitap_runs.jsonl`).
pub fn stream_json(s: &StreamReport) -> Value {
    let rows: Map<String, Value> = s.rows.iter().map(|(t, n)| (t.clone(), json!(n))).collect();
    let drift: Map<String, Value> = s.drift.iter().map(|(f, n)| (f.clone(), json!(n))).collect();
    let r = &s.requests;
    json!({
        "stream": s.name,
        "status": stream_status(s),
        "loaded": s.loaded,
        "records": s.records,
        "rows": rows,
        "rejected": s.rejected,
        "pages": s.pages,
        "partitions": s.partitions,
        "resumed": s.resumed,
        "incomplete": s.incomplete,
        "requests": r.requests,
        "failed_requests": r.failed,
        "retries": {
            "429": r.retries_429,
            "5xx": r.retries_5xx,
            "transport": r.retries_transport,
            "timeout": r.retries_timeout,
            "other": r.retries_other,
        },
        "latency_ms": {
            "p50": r.latency_ms(0.5),
            "p95": r.latency_ms(0.95),
            "max": r.latency_ms(1.0),
        },
        "bytes": r.bytes,
        "drift": drift,
        "migrations": s.migrations,
        "state_before": s.state_before,
        "state_after": s.state,
        "newest": s.newest,
        "checks": s.checks,
        "error": s.error,
    })
}

/// The whole run as JSON: the run's row with its streams.
pub fn report_json(r: &SyncReport) -> Value {
    json!({
        "run_id": r.run_id,
        "connector": r.identity.connector,
        "version": r.identity.version,
        "spec_sha256": r.identity.spec_sha256(),
        "started": r.started,
        "finished": r.finished,
        "status": r.status.as_str(),
        "exit_code": r.status.exit_code(),
        "shard": r.shard.map(|(k, n)| format!("{k}/{n}")),
        "records": r.records,
        "rejected": r.rejected,
        "pages": r.pages,
        "requests": r.requests,
        "retries": r.retries,
        "duration_s": r.duration.as_secs_f64(),
        "migrations": r.migrations,
        "notes": r.notes,
        "error": r.error,
        "streams": r.streams.iter().map(stream_json).collect::<Vec<_>>(),
    })
}

/// One stream of one earlier run, as the run log has it.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamRunRow {
    /// The run.
    pub run_id: String,
    /// When it started (RFC 3339).
    pub started: String,
    /// How the run ended (`success`, `failed`, ...).
    pub run_status: String,
    /// The stream.
    pub stream: String,
    /// How the stream ended (`complete`, `incomplete`, `failed`, `checks_failed`).
    pub status: String,
    /// Its records were loaded (else it was read only for its child streams).
    pub loaded: bool,
    /// Records loaded.
    pub records: u64,
    /// The newest cursor value after the run.
    pub newest: Option<String>,
    /// Its checks.
    pub checks: Vec<CheckResult>,
    /// Its error.
    pub error: Option<String>,
}

/// The rows of `_apitap_runs.jsonl` lines (each a [`report_json`]), newest first.
pub(crate) fn rows_of_json_lines(text: &str) -> Vec<StreamRunRow> {
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(run) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let s = |v: &Value, k: &str| v[k].as_str().map(str::to_string);
        for stream in run["streams"].as_array().into_iter().flatten() {
            out.push(StreamRunRow {
                run_id: s(&run, "run_id").unwrap_or_default(),
                started: s(&run, "started").unwrap_or_default(),
                run_status: s(&run, "status").unwrap_or_default(),
                stream: s(stream, "stream").unwrap_or_default(),
                status: s(stream, "status").unwrap_or_default(),
                loaded: stream["loaded"].as_bool().unwrap_or(true),
                records: stream["records"].as_u64().unwrap_or(0),
                newest: s(stream, "newest"),
                checks: serde_json::from_value(stream["checks"].clone()).unwrap_or_default(),
                error: s(stream, "error"),
            });
        }
    }
    out.reverse();
    out
}

/// Appends `report` as one line of the JSON Lines run log at `path`, synced to disk (file
/// destinations keep their run log so).
pub(crate) fn append_to_file(path: &std::path::Path, report: &SyncReport) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut line = report_json(report).to_string();
    line.push('\n');
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(line.as_bytes())?;
    file.sync_data()
}

/// The stream rows of the JSON Lines run log at `path`, newest first (none without it).
pub(crate) fn read_file(path: &std::path::Path) -> std::io::Result<Vec<StreamRunRow>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(rows_of_json_lines(&text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Records of the last `runs` runs that loaded `stream` to its end (not `current`), newest
/// first: whatever else failed in those runs, and whether their own checks passed (so the
/// baseline follows a lasting change in volume instead of failing forever).
pub(crate) fn history(rows: &[StreamRunRow], stream: &str, current: &str, runs: usize) -> Vec<u64> {
    rows.iter()
        .filter(|r| {
            r.stream == stream
                && r.run_id != current
                && r.loaded
                && matches!(r.status.as_str(), "complete" | "checks_failed")
        })
        .take(runs)
        .map(|r| r.records)
        .collect()
}

/// `sync --status`: the last `per_stream` runs of each stream, as a table.
pub fn status_table(rows: &[StreamRunRow], per_stream: usize, now: i64) -> String {
    let mut streams: Vec<&str> = Vec::new();
    for r in rows {
        if !streams.contains(&r.stream.as_str()) {
            streams.push(&r.stream);
        }
    }
    streams.sort_unstable();
    if streams.is_empty() {
        return "no runs recorded in this destination yet\n".into();
    }
    let mut out = format!(
        "{:<28} {:<20} {:<14} {:>9}  {:<26} checks\n",
        "stream", "started", "status", "records", "newest (age)"
    );
    for stream in streams {
        for r in rows.iter().filter(|r| r.stream == stream).take(per_stream) {
            let newest = match &r.newest {
                Some(n) => match crate::checks::age(n, now) {
                    Some(a) => format!("{} ({})", shorten(n, 12), crate::checks::human_duration(a)),
                    None => shorten(n, 24),
                },
                None => "-".into(),
            };
            let failed: Vec<&str> = r
                .checks
                .iter()
                .filter(|c| !c.passed)
                .map(|c| c.check.as_str())
                .collect();
            let checks = match (r.checks.is_empty(), failed.is_empty()) {
                (true, _) => "-".to_string(),
                (false, true) => format!("{} passed", r.checks.len()),
                (false, false) => format!("FAILED: {}", failed.join(", ")),
            };
            out.push_str(&format!(
                "{:<28} {:<20} {:<14} {:>9}  {:<26} {checks}\n",
                shorten(stream, 28),
                shorten(&r.started, 20),
                r.status,
                r.records,
                newest
            ));
        }
    }
    out
}

/// `sync --status --json`.
pub fn status_json(rows: &[StreamRunRow], per_stream: usize) -> Value {
    let mut by_stream: Map<String, Value> = Map::new();
    for r in rows {
        let list = by_stream
            .entry(r.stream.clone())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = list {
            if list.len() < per_stream {
                list.push(json!({
                    "run_id": r.run_id,
                    "started": r.started,
                    "run_status": r.run_status,
                    "status": r.status,
                    "records": r.records,
                    "newest": r.newest,
                    "checks": r.checks,
                    "error": r.error,
                }));
            }
        }
    }
    Value::Object(by_stream)
}

fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
    s.push('…');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_ids_sort_by_start() {
        let a = new_run_id("2024-03-01T10:00:00Z");
        assert!(a.starts_with("20240301T100000Z-"), "{a}");
        assert_eq!(a.len(), "20240301T100000Z-".len() + 8);
        assert!(new_run_id("2024-03-01T10:00:01Z") > a);
    }

    #[test]
    fn json_lines_read_back_newest_first() {
        let mut r = SyncReport {
            run_id: "r1".into(),
            started: "2024-03-01T10:00:00Z".into(),
            ..SyncReport::default()
        };
        r.streams.push(StreamReport {
            name: "s".into(),
            records: 5,
            loaded: true,
            ..StreamReport::default()
        });
        let first = report_json(&r).to_string();
        r.run_id = "r2".into();
        r.status = RunStatus::Failed;
        r.streams[0].records = 7;
        r.streams[0].error = Some("boom".into());
        let text = format!("{first}\n{}\n", report_json(&r));
        let rows = rows_of_json_lines(&text);
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].run_id.as_str(), rows[0].records), ("r2", 7));
        assert_eq!(
            history(&rows, "s", "r9", 7),
            [5],
            "only streams loaded to their end"
        );
        assert_eq!(history(&rows, "s", "r1", 7), Vec::<u64>::new());
        let table = status_table(&rows, 5, 0);
        assert!(
            table.lines().count() == 3 && table.contains("failed"),
            "{table}"
        );
    }
}
