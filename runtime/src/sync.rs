//! The command line, report and errors of a generated connector's `sync` binary.
//!
//! Generated code parses the command line ([`SyncArgs`]) and hands it to the driver in
//! [`crate::run_streams`], which reports what it loaded ([`SyncReport`]) or why it stopped
//! ([`SyncError`], carrying the report of what was loaded before).

use std::cmp::Ordering;
use std::fmt;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::checks::CheckResult;
use crate::config::Secret;
use crate::drift::Contract;
use crate::runlog::{Identity, RunStatus};
use crate::sink::SinkError;
use crate::stats::RequestFigures;

/// Default records per batch (one transaction each) into a database across a network
/// (PostgreSQL), where each batch costs round trips; also [`SyncArgs::default`]'s, which
/// does not know the destination (set `batch_size` from [`default_batch_size`] there).
pub const DEFAULT_BATCH_SIZE: usize = 1000;

/// Default records per batch into a local destination (SQLite, files), where a batch costs
/// no round trip: a smaller one holds less in memory at the same records/s (Stripe-like
/// charges into SQLite: 16 MiB peak at 250 against 18 at 1,000; BENCHMARKS.md).
pub const LOCAL_BATCH_SIZE: usize = 250;

/// The batch size `sync` takes without `--batch-size`, by where it loads.
pub fn default_batch_size(destination: &str) -> usize {
    if crate::sink::is_postgres(destination) {
        DEFAULT_BATCH_SIZE
    } else {
        LOCAL_BATCH_SIZE
    }
}

/// Command line of a generated `sync` binary:
/// `sync [STREAM] --to DEST [--streams a,b] [--list] [--since VALUE] [--param k=v]...
/// [--batch-size N] [--page-size N] [--concurrency N] [--shard K/N] [--max-pages N]
/// [--full-refresh]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncArgs {
    /// One stream to pull (the operation's name, as `sync <operation>` always took); `None`
    /// runs the selected streams.
    pub operation: Option<String>,
    /// `--streams a,b,c`: the streams to run (their parents are read, not loaded, when not
    /// listed themselves).
    pub streams: Option<Vec<String>>,
    /// `--all`: every stream that needs no `--param`, child streams included (by default:
    /// the streams selected in `apitap.toml`, else the root streams).
    pub all: bool,
    /// `--list`: print the streams and exit.
    pub list: bool,
    /// Destination (`sqlite:PATH`, `postgres://...`, `jsonl:DIR`, `csv:DIR`); empty with
    /// `--list` or `--help`.
    pub destination: String,
    /// Start from this incremental value instead of the saved state.
    pub since: Option<String>,
    /// Operation parameters, in order given; each goes to the streams that have it.
    pub params: Vec<(String, String)>,
    /// Records per batch (one transaction each, closed at a page boundary); at least 1.
    pub batch_size: usize,
    /// Records per page, overriding each stream's default.
    pub page_size: Option<u64>,
    /// Requests in flight at once, across streams and partitions; at least 1.
    pub concurrency: usize,
    /// `--shard K/N`: this worker runs the partitions whose key hashes to K of N (1-based).
    pub shard: Option<(u32, u32)>,
    /// Stop each partition after this many pages (it resumes there next run).
    pub max_pages: Option<u64>,
    /// Ignore the saved state and positions and pull everything.
    pub full_refresh: bool,
    /// `--contract evolve|warn|freeze`: overrides every stream's schema contract.
    pub contract: Option<Contract>,
    /// `--no-checks`: skip the data-quality checks.
    pub no_checks: bool,
    /// `--report FILE`: write the run log entry of this run there, as JSON.
    pub report: Option<PathBuf>,
    /// `--metrics FILE`: write the run's counters and gauges there, in the Prometheus text
    /// format (atomically, for node_exporter's textfile collector).
    pub metrics: Option<PathBuf>,
    /// `--notify URL`: POST a JSON summary there when the run fails or a check fails (a
    /// webhook URL holds a token: it is never printed).
    pub notify: Option<Secret>,
    /// `--notify-always`: notify after every run.
    pub notify_always: bool,
    /// `--log-format text|json`: events on stderr as text, or one JSON object per line.
    pub log_format: Option<LogFormat>,
    /// `--status`: print the last runs per stream from the destination's run log.
    pub status: bool,
    /// `--json`: `--status` as JSON.
    pub json: bool,
    /// `--to-password-env NAME`: the PostgreSQL password is in this environment variable
    /// (when the URL has none; it then comes before `PGPASSWORD`).
    pub password_env: Option<String>,
    /// `-h`/`--help` was given: print [`SyncArgs::usage`] and exit successfully (the other
    /// fields are then defaults and need not be valid).
    pub help: bool,
}

/// How `sync` logs its events on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per event (run, stream, page, retry, check).
    Json,
}

/// Requests in flight at once by default.
pub const DEFAULT_CONCURRENCY: usize = 4;

impl Default for SyncArgs {
    fn default() -> Self {
        SyncArgs {
            operation: None,
            streams: None,
            all: false,
            list: false,
            destination: String::new(),
            since: None,
            params: Vec::new(),
            batch_size: DEFAULT_BATCH_SIZE,
            page_size: None,
            concurrency: DEFAULT_CONCURRENCY,
            shard: None,
            max_pages: None,
            full_refresh: false,
            contract: None,
            no_checks: false,
            report: None,
            metrics: None,
            notify: None,
            notify_always: false,
            log_format: None,
            status: false,
            json: false,
            password_env: None,
            help: false,
        }
    }
}

/// A positive number for option `name`.
fn positive<T: std::str::FromStr + PartialOrd + Default>(
    name: &str,
    text: &str,
) -> Result<T, String> {
    text.parse::<T>()
        .ok()
        .filter(|n| *n > T::default())
        .ok_or_else(|| format!("{name} expects a positive number, got `{text}`"))
}

impl SyncArgs {
    /// Parses the arguments AFTER the program name (`std::env::args().skip(1)`). Accepts
    /// `--opt VALUE` and `--opt=VALUE`. The error says what is wrong; print it with
    /// [`SyncArgs::usage`].
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<SyncArgs, String> {
        let mut out = SyncArgs::default();
        let mut destination = None;
        let mut batch_size = None;
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
                "--list" if inline.is_none() => out.list = true,
                "--all" if inline.is_none() => out.all = true,
                "--to" => destination = Some(value("--to")?),
                "--since" => out.since = Some(value("--since")?),
                "--streams" => {
                    let list = value("--streams")?;
                    let names: Vec<String> = list
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect();
                    if names.is_empty() {
                        return Err("--streams expects a comma-separated list of streams".into());
                    }
                    out.streams.get_or_insert_with(Vec::new).extend(names);
                }
                "--param" => {
                    let kv = value("--param")?;
                    let Some((k, v)) = kv.split_once('=').filter(|(k, _)| !k.is_empty()) else {
                        return Err(format!("--param expects KEY=VALUE, got `{kv}`"));
                    };
                    out.params.push((k.to_string(), v.to_string()));
                }
                "--batch-size" => {
                    batch_size = Some(positive("--batch-size", &value("--batch-size")?)?)
                }
                "--page-size" => {
                    out.page_size = Some(positive("--page-size", &value("--page-size")?)?)
                }
                "--concurrency" => {
                    out.concurrency = positive("--concurrency", &value("--concurrency")?)?
                }
                "--shard" => {
                    let text = value("--shard")?;
                    let parsed = text
                        .split_once('/')
                        .and_then(|(k, n)| {
                            Some((k.trim().parse::<u32>().ok()?, n.trim().parse::<u32>().ok()?))
                        })
                        .filter(|(k, n)| *k >= 1 && k <= n);
                    out.shard = Some(parsed.ok_or_else(|| {
                        format!("--shard expects K/N with 1 <= K <= N (e.g. 2/4), got `{text}`")
                    })?);
                }
                "--max-pages" => {
                    out.max_pages = Some(positive("--max-pages", &value("--max-pages")?)?)
                }
                "--full-refresh" if inline.is_none() => out.full_refresh = true,
                "--contract" => out.contract = Some(Contract::parse(&value("--contract")?)?),
                "--no-checks" if inline.is_none() => out.no_checks = true,
                "--report" => out.report = Some(PathBuf::from(value("--report")?)),
                "--metrics" => out.metrics = Some(PathBuf::from(value("--metrics")?)),
                "--notify" => out.notify = Some(Secret::new(value("--notify")?)),
                "--notify-always" if inline.is_none() => out.notify_always = true,
                "--log-format" => {
                    out.log_format = Some(match value("--log-format")?.as_str() {
                        "text" => LogFormat::Text,
                        "json" => LogFormat::Json,
                        other => {
                            return Err(format!("--log-format expects text or json, got `{other}`"))
                        }
                    })
                }
                "--status" if inline.is_none() => out.status = true,
                "--json" if inline.is_none() => out.json = true,
                "--to-password-env" => out.password_env = Some(value("--to-password-env")?),
                other if other.starts_with('-') => {
                    return Err(format!("unknown option `{other}`"));
                }
                _ if out.operation.is_none() => out.operation = Some(arg),
                _ => return Err(format!("unexpected argument `{arg}`")),
            }
        }
        if out.help || out.list {
            return Ok(out);
        }
        if out.status {
            out.destination = destination.ok_or("--status needs --to DESTINATION")?;
            return Ok(out);
        }
        if out.json && !out.status {
            return Err("--json goes with --status".into());
        }
        let choices = [out.operation.is_some(), out.streams.is_some(), out.all];
        if choices.iter().filter(|x| **x).count() > 1 {
            return Err("give one stream, --streams or --all, not several".into());
        }
        out.destination = destination.ok_or("missing --to DESTINATION")?;
        out.batch_size = batch_size.unwrap_or_else(|| default_batch_size(&out.destination));
        Ok(out)
    }

    /// Help text listing `streams`.
    pub fn usage(program: &str, streams: &[&str]) -> String {
        let mut text = format!(
            "usage: {program} [STREAM] --to DEST [options]\n\
             \x20      {program} --list\n\n\
             Pulls every page of the selected streams (or of STREAM alone), child streams once per\n\
             parent record, flattens the records into tables and loads them. Database destinations\n\
             are upserted by primary key and remember where each stream and partition stopped, so\n\
             the next run fetches only what is new and a stopped run resumes at its last page;\n\
             file destinations are append-only logs.\n\n\
             destinations:\n\
             \x20 sqlite:PATH                     SQLite database file (created if missing)\n\
             \x20 postgres://USER@HOST/DB         PostgreSQL; TLS as libpq: ?sslmode=disable|prefer\n\
             \x20                                 (default)|require|verify-ca|verify-full and\n\
             \x20                                 &sslrootcert=CA.pem (default: the system's roots);\n\
             \x20                                 the password from the URL, PGPASSWORD or\n\
             \x20                                 --to-password-env NAME\n\
             \x20 jsonl:DIR                       one <table>.jsonl per table\n\
             \x20 csv:DIR                         one <table>.csv per table\n\
             \x20 parquet:DIR                     DIR/<table>/<run>-<n>.parquet per run (build\n\
             \x20                                 with the `parquet` feature)\n\n\
             options:\n\
             \x20 --to DEST           where to load (required)\n\
             \x20 --streams A,B       run these streams (default: those selected in apitap.toml,\n\
             \x20                     else every root stream)\n\
             \x20 --all               every stream that needs no --param, child streams included\n\
             \x20 --list              print the streams with tables, cursor, parent, pagination\n\
             \x20 --since VALUE       start from VALUE instead of the saved state\n\
             \x20 --param KEY=VALUE   set a parameter of the streams that have it (repeatable)\n\
             \x20 --page-size N       records per page (default: each stream's, see --list)\n\
             \x20 --concurrency N     requests in flight at once (default {DEFAULT_CONCURRENCY})\n\
             \x20 --shard K/N         run the K-th of N disjoint shares of the partitions\n\
             \x20 --batch-size N      records per transaction (default {LOCAL_BATCH_SIZE}; {DEFAULT_BATCH_SIZE} into\n\
             \x20                     PostgreSQL)\n\
             \x20 --max-pages N       stop each partition after N pages (resumed next run)\n\
             \x20 --full-refresh      ignore the saved state and pull everything\n\
             \x20 --contract MODE     fields beyond the spec: evolve (keep them in _extra), warn\n\
             \x20                     (and log them), freeze (fail the stream); default: the\n\
             \x20                     stream's contract (see --list)\n\
             \x20 --no-checks         skip the data-quality checks\n\
             \x20 --report FILE       write this run's log entry there, as JSON\n\
             \x20 --metrics FILE      write the run's metrics there (Prometheus text format)\n\
             \x20 --notify URL        POST a JSON summary (with a `text` field, for Slack or\n\
             \x20                     Teams) when the run fails or a check fails\n\
             \x20 --notify-always     notify after every run\n\
             \x20 --log-format FMT    events on stderr: text, or json (one object per line)\n\
             \x20 --status            print the last runs per stream from the destination's\n\
             \x20                     run log (--json for JSON)\n\
             \x20 -h, --help          show this help\n\n\
             exit status: 0 success, 1 the run failed (what was loaded stays; the next run\n\
             resumes), 2 a wrong command line, 3 a data-quality check failed (the data is\n\
             loaded; its rows carry the run id).\n\n\
             streams:\n"
        );
        for stream in streams {
            text.push_str("  ");
            text.push_str(stream);
            text.push('\n');
        }
        text
    }
}

/// What a sync loaded: totals, then one entry per stream.
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
    /// The incremental state committed when a single partition ran (else see `streams`).
    pub state: Option<String>,
    /// Per stream, in stream order.
    pub streams: Vec<StreamReport>,
    /// Things the owner should know (a page cap reached, a saved position that no longer
    /// worked, parent records without the key of their children).
    pub notes: Vec<String>,
    /// What the destination changed to fit this crate's tables (columns added, widened).
    pub migrations: Vec<String>,
    /// This run's id, on every row it loaded (`_apitap_run_id`) and in the run log.
    pub run_id: String,
    /// The connector that ran.
    pub identity: Identity,
    /// When the run started and finished (RFC 3339, UTC).
    pub started: String,
    /// See `started`.
    pub finished: String,
    /// How it ended; [`RunStatus::exit_code`] is the process's exit status.
    pub status: RunStatus,
    /// `--shard K/N`.
    pub shard: Option<(u32, u32)>,
    /// Why it failed, when it did.
    pub error: Option<String>,
}

impl SyncReport {
    /// The data-quality checks that failed, with their stream.
    pub fn failed_checks(&self) -> Vec<(&str, &CheckResult)> {
        self.streams
            .iter()
            .flat_map(|s| {
                s.checks
                    .iter()
                    .filter(|c| !c.passed)
                    .map(move |c| (s.name.as_str(), c))
            })
            .collect()
    }
}

/// What one stream did in a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamReport {
    /// Stream name.
    pub name: String,
    /// Whether its records were loaded (`false`: read only for its child streams).
    pub loaded: bool,
    /// Partitions run (1 for a root stream; one per parent record for a child stream).
    pub partitions: u64,
    /// Partitions that went on from a position saved by an earlier run.
    pub resumed: u64,
    /// Partitions that stopped before their end (page cap or error); they resume next run.
    pub incomplete: u64,
    /// Records committed.
    pub records: u64,
    /// Records that went to `_rejected`.
    pub rejected: u64,
    /// Pages fetched.
    pub pages: u64,
    /// The incremental state committed, when the stream ran as one partition.
    pub state: Option<String>,
    /// The first error, if the stream failed.
    pub error: Option<String>,
    /// Fields beyond the spec (`table.path.to.field`, `[]` for array items) and how many
    /// records had each; kept in `_extra` columns.
    pub drift: Vec<(String, u64)>,
    /// Rows committed per table.
    pub rows: Vec<(String, u64)>,
    /// Its requests: attempts, failures, retries by cause, latency, bytes.
    pub requests: RequestFigures,
    /// The incremental state before the run, when the stream ran as one partition.
    pub state_before: Option<String>,
    /// The newest cursor value known after the run (loaded now or before).
    pub newest: Option<String>,
    /// What the destination changed in its tables.
    pub migrations: Vec<String>,
    /// Its data-quality checks.
    pub checks: Vec<CheckResult>,
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
        if self.streams.len() > 1 {
            for s in &self.streams {
                write!(
                    f,
                    "stream {}: {} records, {} pages, {} partition{}",
                    s.name,
                    s.records,
                    s.pages,
                    s.partitions,
                    if s.partitions == 1 { "" } else { "s" }
                )?;
                if !s.loaded {
                    write!(f, " (read for its child streams, not loaded)")?;
                }
                if s.resumed > 0 {
                    write!(f, ", {} resumed", s.resumed)?;
                }
                if s.incomplete > 0 {
                    write!(f, ", {} to resume", s.incomplete)?;
                }
                if let Some(e) = &s.error {
                    write!(f, ", failed: {e}")?;
                }
                writeln!(f)?;
            }
        }
        for s in &self.streams {
            for (field, n) in &s.drift {
                writeln!(
                    f,
                    "schema drift: `{field}` in {n} record{} of {} (kept in `_extra`)",
                    if *n == 1 { "" } else { "s" },
                    s.name
                )?;
            }
        }
        for migration in &self.migrations {
            writeln!(f, "migrated: {migration}")?;
        }
        for s in &self.streams {
            for c in &s.checks {
                writeln!(f, "check {}: {c}", s.name)?;
            }
        }
        for note in &self.notes {
            writeln!(f, "note: {note}")?;
        }
        if !self.run_id.is_empty() {
            writeln!(
                f,
                "run {}: {} (exit status {})",
                self.run_id,
                self.status.as_str(),
                self.status.exit_code()
            )?;
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
    /// The API sent fields the spec does not declare, and the stream's contract is
    /// `freeze`: the page holding them was not loaded.
    #[error(
        "stream `{stream}`: the API sent fields the spec does not declare: {}; the schema contract is `freeze`, so nothing of that page was loaded. Regenerate the crate from a spec that has them, or keep them in `_extra` with `contract = \"evolve\"` (or `--contract evolve`)",
        fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ")
    )]
    Contract {
        /// Stream name.
        stream: String,
        /// The fields (`table.path.to.field`).
        fields: Vec<String>,
        /// What was loaded before.
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
            SyncError::Source { report, .. }
            | SyncError::Sink { report, .. }
            | SyncError::Contract { report, .. } => report,
        }
    }

    /// See [`SyncError::report`].
    pub fn report_mut(&mut self) -> &mut SyncReport {
        match self {
            SyncError::Source { report, .. }
            | SyncError::Sink { report, .. }
            | SyncError::Contract { report, .. } => report,
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

/// Tracks the incremental state of one partition: the largest value among the records
/// loaded. The state is saved only when the partition reached its true end, so records
/// arriving newest first (most APIs) can never make a stopped run's successor skip the
/// older ones; a stopped run saves its page position instead ([`crate::PagePosition`]) and
/// carries `max` along in it.
#[derive(Debug, Clone, Default)]
pub(crate) struct StateTracker {
    /// The state saved by the last complete run.
    pub initial: Option<String>,
    /// The largest value seen so far (in this run and the ones it resumes).
    pub max: Option<String>,
}

impl StateTracker {
    pub fn see(&mut self, value: Option<String>) {
        let Some(value) = value else { return };
        let above = match &self.max {
            Some(max) => compare_state(&value, max) == Ordering::Greater,
            None => true,
        };
        if above {
            self.max = Some(value);
        }
    }

    /// The state to store once every record is loaded and the partition is done.
    pub fn complete(&self) -> Option<String> {
        match (&self.initial, &self.max) {
            (Some(i), Some(m)) if compare_state(i, m) == Ordering::Greater => Some(i.clone()),
            (_, Some(m)) => Some(m.clone()),
            (i, None) => i.clone(),
        }
    }
}

/// Progress on stderr when it is a terminal, redrawn at most ten times a second.
pub(crate) struct Progress {
    enabled: bool,
    last: Option<Instant>,
    drawn: bool,
}

impl Progress {
    pub fn new() -> Self {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            last: None,
            drawn: false,
        }
    }

    pub fn tick(&mut self, records: u64, pages: u64, start: Instant) {
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
            "\r\x1b[2K{records} records, {pages} pages, {:.0} records/s",
            records as f64 / secs
        );
        let _ = err.flush();
        self.drawn = true;
    }

    pub fn done(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
            self.drawn = false;
        }
    }
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
        assert_eq!(a.operation.as_deref(), Some("list_customers"));
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
        // Without --batch-size: a small batch into a local destination, a large one where
        // each costs round trips.
        let batch = |to: &str| args(&["op", "--to", to]).unwrap().batch_size;
        assert_eq!(batch("sqlite:x.db"), LOCAL_BATCH_SIZE);
        assert_eq!(batch("jsonl:out"), LOCAL_BATCH_SIZE);
        assert_eq!(batch("postgres://h/db"), DEFAULT_BATCH_SIZE);
        assert_eq!(batch("postgresql://h/db"), DEFAULT_BATCH_SIZE);
        assert!(args(&["--help"]).unwrap().help);
        assert_eq!(args(&["op"]).unwrap_err(), "missing --to DESTINATION");
        let all = args(&[
            "--to",
            "x",
            "--streams",
            "a,b",
            "--streams=c",
            "--concurrency",
            "8",
        ])
        .unwrap();
        assert_eq!(all.operation, None);
        assert_eq!(all.streams, Some(vec!["a".into(), "b".into(), "c".into()]));
        assert_eq!(all.concurrency, 8);
        let more = args(&["--to", "x", "--page-size=50", "--shard", "2/3"]).unwrap();
        assert_eq!((more.page_size, more.shard), (Some(50), Some((2, 3))));
        assert!(args(&["--list"]).unwrap().list);
        for bad in [
            ["--shard", "0/2"],
            ["--shard", "3/2"],
            ["--shard", "x"],
            ["--concurrency", "0"],
            ["--page-size", "0"],
        ] {
            assert!(args(&["--to", "x", bad[0], bad[1]]).is_err(), "{bad:?}");
        }
        assert!(args(&["op", "--to", "x", "--streams", "a"]).is_err());
        assert!(args(&["op", "--to", "x", "--batch-size", "0"]).is_err());
        assert!(args(&["op", "--to"]).unwrap_err().contains("needs a value"));
        assert!(args(&["op", "--to", "x", "--bogus"]).is_err());
        assert!(args(&["op", "--to", "x", "--param", "novalue"]).is_err());
        assert!(args(&["op", "extra", "--to", "x"]).is_err());
        let usage = SyncArgs::usage("sync", &["a", "b"]);
        assert!(usage.starts_with("usage: sync [STREAM]"));
        assert!(usage.ends_with("streams:\n  a\n  b\n"));
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
        };
        assert_eq!(t.complete().as_deref(), Some("5"));
        t.see(Some("3".into()));
        assert_eq!(
            t.complete().as_deref(),
            Some("5"),
            "never below the saved state"
        );
        t.see(Some("7".into()));
        t.see(Some("6".into()));
        t.see(None);
        assert_eq!(t.complete().as_deref(), Some("7"));
    }
}
