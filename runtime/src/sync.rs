//! The driver behind each connector's generated `sync` binary.
//!
//! Generated code parses the command line ([`SyncArgs`]), builds the first request (turning
//! the saved state into a filter parameter), and hands the record stream to [`run_sync`],
//! which flattens records into batches, loads each batch in one transaction together with
//! the incremental state, keeps records that fail validation aside instead of aborting, and
//! prints progress and a summary. Keeping the loop here means every connector loads data the
//! same way and a fix reaches all of them.

use std::cmp::Ordering;
use std::fmt;
use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use futures::{Stream, StreamExt};

use crate::client::Client;
use crate::error::Error;
use crate::rows::{Flatten, Rows};
use crate::sink::{Sink, SinkError};

/// Default records per batch (one transaction each).
pub const DEFAULT_BATCH_SIZE: usize = 1000;

/// Command line of a generated `sync` binary:
/// `sync <operation> --to DEST [--since VALUE] [--param k=v]... [--batch-size N]
/// [--max-pages N] [--full-refresh]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncArgs {
    /// Operation to pull (as listed in the usage text).
    pub operation: String,
    /// Destination (`sqlite:PATH`, `postgres://...`, `jsonl:DIR`, `csv:DIR`).
    pub destination: String,
    /// Start from this incremental value instead of the saved state.
    pub since: Option<String>,
    /// Operation parameters, in order given.
    pub params: Vec<(String, String)>,
    /// Records per batch (one transaction each); at least 1.
    pub batch_size: usize,
    /// Stop after this many pages.
    pub max_pages: Option<u64>,
    /// Ignore the saved state and pull everything.
    pub full_refresh: bool,
    /// `-h`/`--help` was given: print [`SyncArgs::usage`] and exit successfully (the other
    /// fields are then defaults and need not be valid).
    pub help: bool,
}

impl SyncArgs {
    /// Parses the arguments AFTER the program name (`std::env::args().skip(1)`). Accepts
    /// `--opt VALUE` and `--opt=VALUE`. The error says what is wrong; print it with
    /// [`SyncArgs::usage`].
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<SyncArgs, String> {
        let mut out = SyncArgs {
            operation: String::new(),
            destination: String::new(),
            since: None,
            params: Vec::new(),
            batch_size: DEFAULT_BATCH_SIZE,
            max_pages: None,
            full_refresh: false,
            help: false,
        };
        let mut operation = None;
        let mut destination = None;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match name.as_str() {
                "-h" | "--help" => out.help = true,
                "--to" => destination = Some(value("--to")?),
                "--since" => out.since = Some(value("--since")?),
                "--param" => {
                    let kv = value("--param")?;
                    let Some((k, v)) = kv.split_once('=').filter(|(k, _)| !k.is_empty()) else {
                        return Err(format!("--param expects KEY=VALUE, got `{kv}`"));
                    };
                    out.params.push((k.to_string(), v.to_string()));
                }
                "--batch-size" => {
                    let n = value("--batch-size")?;
                    out.batch_size = n.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                        format!("--batch-size expects a positive number, got `{n}`")
                    })?;
                }
                "--max-pages" => {
                    let n = value("--max-pages")?;
                    out.max_pages = Some(
                        n.parse()
                            .map_err(|_| format!("--max-pages expects a number, got `{n}`"))?,
                    );
                }
                "--full-refresh" if inline.is_none() => out.full_refresh = true,
                other if other.starts_with('-') => {
                    return Err(format!("unknown option `{other}`"));
                }
                _ if operation.is_none() => operation = Some(arg),
                _ => return Err(format!("unexpected argument `{arg}`")),
            }
        }
        if out.help {
            return Ok(out);
        }
        out.operation = operation.ok_or("missing the operation to sync")?;
        out.destination = destination.ok_or("missing --to DESTINATION")?;
        Ok(out)
    }

    /// Help text listing `operations`.
    pub fn usage(program: &str, operations: &[&str]) -> String {
        let mut text = format!(
            "usage: {program} <operation> --to DEST [options]\n\n\
             Pulls every page of an operation, flattens the records into tables and loads them.\n\
             Database destinations are upserted by primary key and remember where the last run\n\
             stopped; file destinations are append-only logs.\n\n\
             destinations:\n\
             \x20 sqlite:PATH                     SQLite database file (created if missing)\n\
             \x20 postgres://USER:PASS@HOST/DB    PostgreSQL (no TLS)\n\
             \x20 jsonl:DIR                       one <table>.jsonl per table\n\
             \x20 csv:DIR                         one <table>.csv per table\n\n\
             options:\n\
             \x20 --to DEST           where to load (required)\n\
             \x20 --since VALUE       start from VALUE instead of the saved state\n\
             \x20 --param KEY=VALUE   set an operation parameter (repeatable)\n\
             \x20 --batch-size N      records per transaction (default {DEFAULT_BATCH_SIZE})\n\
             \x20 --max-pages N       stop after N pages\n\
             \x20 --full-refresh      ignore the saved state and pull everything\n\
             \x20 -h, --help          show this help\n\n\
             operations:\n"
        );
        for op in operations {
            text.push_str("  ");
            text.push_str(op);
            text.push('\n');
        }
        text
    }
}

/// What a sync loaded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncReport {
    /// Records committed to the destination.
    pub records: u64,
    /// Rows committed per table (tables that received rows, in table order).
    pub rows_by_table: Vec<(String, u64)>,
    /// Pages fetched.
    pub pages: u64,
    /// HTTP requests sent.
    pub requests: u64,
    /// Attempts repeated after transient failures.
    pub retries: u64,
    /// Records that failed validation and went to `_rejected`.
    pub rejected: u64,
    /// Wall time.
    pub duration: Duration,
    /// Incremental state committed with the last batch (or the initial one).
    pub state: Option<String>,
}

impl fmt::Display for SyncReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.duration.as_secs_f64();
        let rate = if secs > 0.0 {
            self.records as f64 / secs
        } else {
            0.0
        };
        writeln!(
            f,
            "loaded {} records ({} rejected) in {secs:.2}s, {rate:.0} records/s",
            self.records, self.rejected
        )?;
        writeln!(
            f,
            "pages {}, requests {}, retries {}",
            self.pages, self.requests, self.retries
        )?;
        if self.rows_by_table.is_empty() {
            writeln!(f, "rows: none")?;
        } else {
            let rows: Vec<String> = self
                .rows_by_table
                .iter()
                .map(|(t, n)| format!("{t} {n}"))
                .collect();
            writeln!(f, "rows: {}", rows.join(", "))?;
        }
        match &self.state {
            Some(state) => write!(f, "state: {state}"),
            None => write!(f, "state: none"),
        }
    }
}

/// A sync that stopped early. Complete batches stay committed with their state; the report
/// says what was loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// The API or the pagination failed.
    #[error("reading `{stream}` failed after {} records were loaded: {message}", report.records)]
    Source {
        /// Stream (operation) name.
        stream: String,
        /// The runtime error's message.
        message: String,
        /// HTTP status, when the API answered.
        status: Option<u16>,
        /// Whether running again may succeed.
        retryable: bool,
        /// What was loaded before the failure.
        report: Box<SyncReport>,
    },
    /// The destination failed.
    #[error("loading `{stream}` failed after {} records were loaded: {source}", report.records)]
    Sink {
        /// Stream (operation) name.
        stream: String,
        /// The sink's error.
        #[source]
        source: SinkError,
        /// What was loaded before the failure.
        report: Box<SyncReport>,
    },
}

impl SyncError {
    /// What was loaded before the failure.
    pub fn report(&self) -> &SyncReport {
        match self {
            SyncError::Source { report, .. } | SyncError::Sink { report, .. } => report,
        }
    }
}

/// Orders state values: as numbers when both parse as numbers, else as text (ISO-8601
/// timestamps and zero-padded ids order correctly as text).
pub fn compare_state(a: &str, b: &str) -> Ordering {
    match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) if x.is_finite() && y.is_finite() => {
            x.partial_cmp(&y).unwrap_or_else(|| a.cmp(b))
        }
        _ => a.cmp(b),
    }
}

/// Tracks the incremental state. The maximum seen is only a safe checkpoint while records
/// arrive in ascending order: many APIs list newest first, and saving the newest value after
/// the first batch would make a crashed run's successor skip every older record not loaded
/// yet. The driver cannot know the order in advance, so a batch carries the state only once
/// the stream has shown an increase and no decrease so far; otherwise the state is saved
/// once, with the last batch of a stream that ended normally.
#[derive(Debug)]
struct StateTracker {
    initial: Option<String>,
    max: Option<String>,
    /// No value so far was below the maximum before it.
    ascending: bool,
    /// Some value was above the maximum before it.
    increased: bool,
}

impl StateTracker {
    fn see(&mut self, value: Option<String>) {
        let Some(value) = value else { return };
        match &self.max {
            Some(max) => match compare_state(&value, max) {
                Ordering::Less => self.ascending = false,
                Ordering::Greater => {
                    self.max = Some(value);
                    self.increased = true;
                }
                Ordering::Equal => {}
            },
            None => self.max = Some(value),
        }
    }

    /// The state to store once every record seen so far is loaded and the stream is done.
    fn complete(&self) -> Option<String> {
        match (&self.initial, &self.max) {
            (Some(i), Some(m)) if compare_state(i, m) == Ordering::Greater => Some(i.clone()),
            (_, Some(m)) => Some(m.clone()),
            (i, None) => i.clone(),
        }
    }

    /// The state safe to store with a batch while the stream goes on.
    fn checkpoint(&self) -> Option<String> {
        if self.ascending && self.increased {
            self.complete()
        } else {
            None
        }
    }
}

/// Progress on stderr when it is a terminal, redrawn at most ten times a second.
struct Progress {
    enabled: bool,
    last: Option<Instant>,
    drawn: bool,
}

impl Progress {
    fn new() -> Self {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            last: None,
            drawn: false,
        }
    }

    fn tick(&mut self, records: u64, pages: u64, rows: u64, start: Instant) {
        if !self.enabled
            || self
                .last
                .is_some_and(|t| t.elapsed() < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(Instant::now());
        let secs = start.elapsed().as_secs_f64().max(1e-9);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r\x1b[2K{records} records, {pages} pages, {:.0} rows/s",
            rows as f64 / secs
        );
        let _ = err.flush();
        self.drawn = true;
    }

    fn done(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.drawn = false;
        }
    }
}

/// One sync in progress: the batch being filled and what has been committed.
struct Run<'a> {
    sink: &'a mut Sink,
    stream: &'a str,
    client: &'a Client,
    start: Instant,
    before: crate::MetricsSnapshot,
    rows: Rows,
    pending: u64,
    committed_rows: Vec<u64>,
    report: SyncReport,
    tracker: StateTracker,
}

impl Run<'_> {
    /// Commits the batch in flight with `state` (when `Some`).
    async fn flush(&mut self, state: Option<String>) -> Result<(), SinkError> {
        if self.rows.is_empty() && self.pending == 0 && state == self.report.state {
            return Ok(());
        }
        self.sink
            .write_with_state(&self.rows, self.stream, state.as_deref())
            .await?;
        for (i, n) in self.rows.count_by_table().into_iter().enumerate() {
            if self.committed_rows.len() <= i {
                self.committed_rows.resize(i + 1, 0);
            }
            self.committed_rows[i] += n as u64;
        }
        self.report.records += self.pending;
        self.pending = 0;
        if state.is_some() {
            self.report.state = state;
        }
        self.rows.clear();
        Ok(())
    }

    /// The report as of now (metrics deltas, rows per table, duration).
    fn finish_report(&mut self) -> SyncReport {
        let now = self.client.metrics();
        let tables = self.sink.tables();
        self.report.pages = now.pages.saturating_sub(self.before.pages);
        self.report.requests = now.requests.saturating_sub(self.before.requests);
        self.report.retries = now.retries.saturating_sub(self.before.retries);
        self.report.duration = self.start.elapsed();
        self.report.rows_by_table = self
            .committed_rows
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(i, n)| {
                let name = tables
                    .get(i)
                    .map(|t| t.name.to_string())
                    .unwrap_or_else(|| format!("table {i}"));
                (name, *n)
            })
            .collect();
        self.report.clone()
    }

    fn sink_error(&mut self, source: SinkError) -> SyncError {
        SyncError::Sink {
            stream: self.stream.to_string(),
            source,
            report: Box::new(self.finish_report()),
        }
    }
}

/// Pulls records, flattens them, loads them in batches of `batch_size` records (one
/// transaction each) and keeps the incremental state.
///
/// `records` yields `Ok(Ok(record))` for good records, `Ok(Err((reason, raw_json)))` for
/// records that failed validation (they go to [`Sink::reject`] and are counted), and
/// `Err(e)` for a fatal error. `state_of` gives a record's incremental value; the maximum
/// (numeric when both values are numbers, else text order) is saved with the batches while
/// records arrive in ascending order, else once with the last batch (see the tracker's
/// docs for why). On a fatal error the batch in flight is still committed (with the state
/// only if it is a safe checkpoint) and the error carries the report of what was loaded.
pub async fn run_sync<T: Flatten, E: fmt::Debug>(
    sink: &mut Sink,
    stream: &str,
    records: impl Stream<Item = Result<Result<T, (String, String)>, Error<E>>>,
    state_of: fn(&T) -> Option<String>,
    initial_state: Option<String>,
    client: &Client,
    batch_size: usize,
) -> Result<SyncReport, SyncError> {
    let batch_size = batch_size.max(1) as u64;
    let start = Instant::now();
    let mut run = Run {
        sink,
        stream,
        client,
        start,
        before: client.metrics(),
        rows: Rows::new(),
        pending: 0,
        committed_rows: Vec::new(),
        report: SyncReport {
            state: initial_state.clone(),
            ..SyncReport::default()
        },
        tracker: StateTracker {
            initial: initial_state,
            max: None,
            ascending: true,
            increased: false,
        },
    };
    let mut progress = Progress::new();
    let mut records = std::pin::pin!(records);
    while let Some(item) = records.next().await {
        match item {
            Ok(Ok(record)) => {
                record.flatten(&mut run.rows);
                run.tracker.see(state_of(&record));
                run.pending += 1;
                if run.pending >= batch_size {
                    let checkpoint = run.tracker.checkpoint();
                    if let Err(e) = run.flush(checkpoint).await {
                        progress.done();
                        return Err(run.sink_error(e));
                    }
                }
            }
            Ok(Err((reason, raw))) => {
                if let Err(e) = run.sink.reject(stream, &reason, &raw).await {
                    progress.done();
                    return Err(run.sink_error(e));
                }
                run.report.rejected += 1;
            }
            Err(error) => {
                progress.done();
                let checkpoint = run.tracker.checkpoint();
                if let Err(e) = run.flush(checkpoint).await {
                    tracing::warn!(stream, error = %e, "could not load the batch in flight after a fatal error");
                }
                return Err(SyncError::Source {
                    stream: stream.to_string(),
                    message: error.to_string(),
                    status: error.status(),
                    retryable: error.is_retryable(),
                    report: Box::new(run.finish_report()),
                });
            }
        }
        let loaded = run.report.records + run.pending;
        let rows: u64 = run.committed_rows.iter().sum::<u64>() + run.rows.len() as u64;
        let pages = client.metrics().pages.saturating_sub(run.before.pages);
        progress.tick(loaded, pages, rows, start);
    }
    progress.done();
    let complete = run.tracker.complete();
    if let Err(e) = run.flush(complete).await {
        return Err(run.sink_error(e));
    }
    Ok(run.finish_report())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<SyncArgs, String> {
        SyncArgs::parse(list.iter().map(|s| s.to_string()))
    }

    #[test]
    fn parses_arguments() {
        let a = args(&[
            "list_customers",
            "--to",
            "sqlite:x.db",
            "--since=5",
            "--param",
            "limit=10",
            "--param=q=a=b",
            "--batch-size",
            "50",
            "--max-pages=3",
            "--full-refresh",
        ])
        .unwrap();
        assert_eq!(a.operation, "list_customers");
        assert_eq!(a.destination, "sqlite:x.db");
        assert_eq!(a.since.as_deref(), Some("5"));
        assert_eq!(
            a.params,
            vec![("limit".into(), "10".into()), ("q".into(), "a=b".into())]
        );
        assert_eq!(
            (a.batch_size, a.max_pages, a.full_refresh),
            (50, Some(3), true)
        );
        assert!(!a.help);
        assert!(args(&["--help"]).unwrap().help);
        assert_eq!(args(&["op"]).unwrap_err(), "missing --to DESTINATION");
        assert_eq!(
            args(&["--to", "x"]).unwrap_err(),
            "missing the operation to sync"
        );
        assert!(args(&["op", "--to", "x", "--batch-size", "0"]).is_err());
        assert!(args(&["op", "--to"]).unwrap_err().contains("needs a value"));
        assert!(args(&["op", "--to", "x", "--bogus"]).is_err());
        assert!(args(&["op", "--to", "x", "--param", "novalue"]).is_err());
        assert!(args(&["op", "extra", "--to", "x"]).is_err());
        let usage = SyncArgs::usage("sync", &["a", "b"]);
        assert!(usage.starts_with("usage: sync <operation>"));
        assert!(usage.ends_with("operations:\n  a\n  b\n"));
    }

    #[test]
    fn state_order() {
        assert_eq!(compare_state("9", "10"), Ordering::Less);
        assert_eq!(compare_state("b", "a"), Ordering::Greater);
        assert_eq!(
            compare_state("2024-01-02T00:00:00Z", "2024-01-10T00:00:00Z"),
            Ordering::Less
        );
        let mut t = StateTracker {
            initial: Some("5".into()),
            max: None,
            ascending: true,
            increased: false,
        };
        assert_eq!(t.checkpoint(), None);
        t.see(Some("3".into()));
        assert_eq!(t.checkpoint(), None, "one value shows no order");
        t.see(Some("7".into()));
        assert_eq!(t.checkpoint().as_deref(), Some("7"));
        t.see(Some("6".into()));
        assert_eq!(t.checkpoint(), None);
        assert_eq!(t.complete().as_deref(), Some("7"));
    }
}
