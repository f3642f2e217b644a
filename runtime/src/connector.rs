//! Connector runs: every selected stream of an API in one run, child streams fanned out
//! from their parents' records, concurrently, resumable, shardable.
//!
//! A generated crate describes its streams in a static [`StreamSpec`] list and implements
//! [`Connector`] (open a stream's pages for a partition's parameters; decode and flatten one
//! record). Everything else lives here, so every connector runs the same way:
//!
//! - **Partitions.** A root stream runs once (or once per fixed parameter value); a child
//!   stream runs once per record of its parent, with parameters taken from that record.
//!   State is kept per partition, under a key naming the stream and its parameters.
//! - **Exactly once.** Rows are committed at page boundaries together with the position of
//!   the next page, so a run that stops (error, page cap, kill) is resumed by the next one at
//!   the first page not loaded. A parent's position moves past a page once the child
//!   partitions of that page's records have run; those that did not finish are saved with
//!   the position and run first by the next run. The incremental state moves only when a
//!   partition reached its true end. A parent with children is read whole (a child can
//!   change while its parent does not) unless its spec says its cursor moves with them.
//! - **Concurrency.** Partitions run concurrently on one task; a semaphore bounds the pages
//!   in flight across all of them, so one rate limiter, retry budget and connection pool
//!   serve the whole run. The sink is shared behind a lock (one writer).
//! - **Shards.** `--shard K/N` keeps the partitions whose key hashes to K: N workers against
//!   one destination split a run without overlap. Parents are read by every worker that
//!   owns some of their children, and loaded only by the worker owning them.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex as StdMutex};
use std::time::Instant;

use futures::stream::{self, BoxStream, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::sync::{Mutex, Semaphore};

use crate::checks::{Checks, Measured};
use crate::client::Client;
use crate::drift::{Contract, Drift, Shapes};
use crate::error::{Error, ErrorBody};
use crate::lookback::Lookback;
use crate::paginate::{PagePosition, PageStart, PageStream, ToCursor};
use crate::rows::{Cell, ColumnSource, Flatten, Rows, TableSpec, WriteMode};
use crate::runlog::Identity;
use crate::sink::{Sink, SinkError};
use crate::stats::RequestStats;
use crate::sync::StreamReport;
use crate::sync::{compare_state, Progress, StateTracker, SyncArgs, SyncError, SyncReport};

/// One stream of a connector, as the generator planned it.
#[derive(Debug)]
pub struct StreamSpec {
    /// Stable name: the operation's snake-case name (what `sync <operation>` takes).
    pub name: &'static str,
    /// Compiled in (its operation group's cargo feature is on).
    pub enabled: bool,
    /// Indices in the crate's `TABLES` of the stream's tables, the record's root table first.
    pub tables: &'static [usize],
    /// The stream whose records fill this one's parameters.
    pub parent: Option<&'static str>,
    /// Parameters filled per partition (from the parent's records or fixed values).
    pub partition: &'static [PartitionParam],
    /// Parameters that must come from `--param` (required, with no other source).
    pub needs: &'static [&'static str],
    /// Every parameter the stream takes from `--param`.
    pub accepts: &'static [&'static str],
    /// Record field whose largest value is the incremental state.
    pub cursor: Option<&'static str>,
    /// Query parameter that asks the API for records from the state on.
    pub since_param: Option<&'static str>,
    /// How pages follow each other, for `--list`.
    pub pagination: &'static str,
    /// Page size parameter, with the default this connector sends.
    pub page_size: Option<PageSize>,
    /// Selected in `apitap.toml` (`[sync] streams`).
    pub selected: bool,
    /// Why the stream has this parent (or none), for `--list` and the README.
    pub reason: &'static str,
    /// Its children are pulled only for its records changed since its state (its cursor
    /// moves whenever a child changes); else for every record, each run.
    pub children_of_changed: bool,
    /// How its records are written (its tables' [`TableSpec::write`]).
    pub write: WriteMode,
    /// What to do with fields its spec does not declare.
    pub contract: Contract,
    /// How far behind the saved state each run starts again.
    pub lookback: Option<Lookback>,
    /// Data-quality checks evaluated at the end of each run.
    pub checks: Checks,
}

/// A partition parameter and where its value comes from.
#[derive(Debug)]
pub struct PartitionParam {
    /// Parameter name, as `--param` and the state key spell it.
    pub name: &'static str,
    /// Where the value comes from.
    pub source: ParamSource,
    /// Column of the stream's root table that holds the value in each row, if any.
    pub column: Option<usize>,
}

/// Where a partition parameter's value comes from.
#[derive(Debug)]
pub enum ParamSource {
    /// The parent record's field at this path (wire names).
    Field(&'static [&'static str]),
    /// The parent partition's parameter of this name.
    Inherit(&'static str),
    /// Each of these values in turn.
    Values(&'static [&'static str]),
}

/// A stream's page size parameter.
#[derive(Debug)]
pub struct PageSize {
    /// Parameter name.
    pub param: &'static str,
    /// What is sent when `--page-size` is not given (`None`: the API's default).
    pub default: Option<u64>,
    /// The largest the spec allows.
    pub max: Option<u64>,
}

/// What loading one record came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Flattened into the rows; its incremental value.
    Record(Option<String>),
    /// Older than the state: loaded by an earlier run.
    Skipped,
    /// Failed validation: the reason (with the JSON path).
    Rejected(String),
}

/// A source failure, already rendered (the operation's typed error is not needed here).
#[derive(Debug, Clone)]
pub struct SourceFailure {
    /// What went wrong.
    pub message: String,
    /// HTTP status, when the API answered.
    pub status: Option<u16>,
    /// Whether running again may succeed.
    pub retryable: bool,
}

/// One page of raw records and the position of the page after it (`None`: the last page).
#[derive(Debug)]
pub struct RawPage {
    /// The page's records, as JSON.
    pub records: Vec<Value>,
    /// Where the next page is; `Some` on the last page of a stream means it stopped early.
    pub next: Option<PagePosition>,
}

/// The pages of one partition.
pub type RawPages = BoxStream<'static, Result<RawPage, SourceFailure>>;

/// Why a stream could not be opened: nothing was requested yet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// A parameter the stream cannot run without is neither in its partition nor given.
    #[error("this stream needs --param {param}=...")]
    MissingParam {
        /// The spec's name of the parameter.
        param: String,
    },
    /// A `--param` the stream's operation does not take.
    #[error("stream `{stream}` has no parameter `{param}`")]
    UnknownParam {
        /// The stream.
        stream: String,
        /// The name given.
        param: String,
    },
    /// A parameter value that is not of the parameter's type.
    #[error("--param {param}={value}: {message}")]
    InvalidParam {
        /// The spec's name of the parameter.
        param: String,
        /// The value given.
        value: String,
        /// What the type expected.
        message: String,
    },
    /// The stream's operation group is not compiled in (its cargo feature is off).
    #[error("stream {stream} is not in this build (its cargo feature is off)")]
    NotInBuild {
        /// The stream's index in `STREAMS`.
        stream: usize,
    },
    /// The API has no stream at all.
    #[error("this API has no list operation whose records have tables")]
    NoStreams,
    /// Anything else a hand-written connector cannot open a stream for.
    #[error("{0}")]
    Other(String),
}

/// The value of a parameter the stream cannot run without, from its partition or `--param`.
pub fn required_param<'a>(
    params: &'a [(String, String)],
    name: &str,
) -> Result<&'a str, OpenError> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .ok_or_else(|| OpenError::MissingParam {
            param: name.to_string(),
        })
}

/// A parameter value of type `T`: JSON when it parses as such, else the text itself.
pub fn param_value<T: DeserializeOwned>(name: &str, raw: &str) -> Result<T, OpenError> {
    serde_json::from_str(raw)
        .or_else(|_| serde_json::from_value(Value::String(raw.to_owned())))
        .map_err(|e| OpenError::InvalidParam {
            param: name.to_string(),
            value: raw.to_string(),
            message: e.to_string(),
        })
}

/// What a generated crate implements for [`run_streams`]: its streams and tables, and how to
/// open and decode each.
pub trait Connector: Sync {
    /// The streams, in a stable order.
    fn streams(&self) -> &'static [StreamSpec];
    /// The crate's tables (`tables::TABLES`).
    fn tables(&self) -> &'static [TableSpec];
    /// The runtime client (metrics, configuration).
    fn runtime(&self) -> &Client;
    /// The connector's name, version and spec hash, for the run log.
    fn identity(&self) -> Identity;
    /// The pages of stream `stream` with `params` (partition parameters and `--param`
    /// values it accepts), asking for records from `since` on where the API can filter.
    fn open(
        &self,
        stream: usize,
        params: &[(String, String)],
        since: Option<&str>,
        start: PageStart,
    ) -> Result<RawPages, OpenError>;
    /// Decodes `record` of stream `stream` and flattens it into `rows`, unless it is older
    /// than `since`.
    fn load(&self, stream: usize, record: &Value, since: Option<&str>, rows: &mut Rows) -> Loaded;
}

/// Pages of JSON from a generated operation, with the records at `pointer` taken out.
pub fn raw_pages<E>(
    pages: PageStream<(Value, Option<PagePosition>), E>,
    pointer: &'static str,
) -> RawPages
where
    E: ErrorBody + fmt::Debug + Send + 'static,
{
    pages
        .map(move |page| match page {
            Ok((mut page, next)) => {
                let records = match page.pointer_mut(pointer).map(Value::take) {
                    Some(Value::Array(list)) => list,
                    _ => Vec::new(),
                };
                Ok(RawPage { records, next })
            }
            Err(error) => Err(failure(&error)),
        })
        .boxed()
}

fn failure<E: fmt::Debug>(error: &Error<E>) -> SourceFailure {
    SourceFailure {
        message: error.to_string(),
        status: error.status(),
        retryable: error.is_retryable(),
    }
}

/// Decodes one record as `T` (a failure names the JSON path), skips it when its incremental
/// value is older than `since`, else flattens it.
pub fn load_record<T: DeserializeOwned + Flatten>(
    record: &Value,
    since: Option<&str>,
    rows: &mut Rows,
    cursor_of: fn(&T) -> Option<String>,
) -> Loaded {
    match crate::decode::decode_record::<T>(record) {
        Ok(value) => {
            let cursor = cursor_of(&value);
            if let (Some(since), Some(c)) = (since, &cursor) {
                if compare_state(c, since) == std::cmp::Ordering::Less {
                    return Loaded::Skipped;
                }
            }
            value.flatten(rows);
            Loaded::Record(cursor)
        }
        Err(reason) => Loaded::Rejected(reason),
    }
}

/// The streams of a run and what each does, resolved from the command line.
#[derive(Debug)]
pub struct SyncPlan {
    streams: &'static [StreamSpec],
    entries: Vec<Entry>,
    args: SyncArgs,
}

#[derive(Debug)]
struct Entry {
    stream: usize,
    /// Load its records (else only read them for its children).
    load: bool,
    /// Runs as a root (its partition parameters all came from `--param`, or it has none).
    root: bool,
    /// Entries of its child streams in this run.
    children: Vec<usize>,
}

impl SyncPlan {
    /// The command line the plan was made from.
    pub fn args(&self) -> &SyncArgs {
        &self.args
    }

    /// Resolves which streams run: `args.operation`, else `--streams`, else with `--all`
    /// every stream that needs no `--param` (child streams included), else the streams
    /// selected in `apitap.toml`, else every root stream that needs no `--param`. A child
    /// stream's parent is read even when not selected (its records are then not loaded).
    pub fn new(streams: &'static [StreamSpec], args: &SyncArgs) -> Result<SyncPlan, String> {
        if streams.is_empty() {
            return Err("this API has no paginated list operation whose records have tables, so `sync` has no streams".into());
        }
        let find = |name: &str| {
            streams.iter().position(|s| s.name == name).ok_or_else(|| {
                let names: Vec<&str> = streams.iter().map(|s| s.name).collect();
                format!("unknown stream `{name}`; one of: {}", names.join(", "))
            })
        };
        // Each stream's parent, by index (a name no stream has is an error when it runs).
        let parent_of: Vec<Option<Result<usize, String>>> = streams
            .iter()
            .map(|s| {
                s.parent
                    .map(|p| find(p).map_err(|e| format!("stream `{}`: parent: {e}", s.name)))
            })
            .collect();
        let given: BTreeSet<&str> = args.params.iter().map(|(k, _)| k.as_str()).collect();
        let chosen = match (&args.operation, &args.streams) {
            (Some(one), _) => vec![find(one)?],
            (None, Some(list)) => list.iter().map(|n| find(n)).collect::<Result<_, _>>()?,
            (None, None) => default_selection(streams, &parent_of, &given, args.all),
        };
        if chosen.is_empty() {
            return Err("no stream to run: this connector has no stream that needs no --param; pick one with --streams".into());
        }
        // The chosen streams plus their parents (read, not loaded, unless chosen).
        let mut load = vec![false; streams.len()];
        let mut run = vec![false; streams.len()];
        let mut root = vec![false; streams.len()];
        for &i in &chosen {
            load[i] = true;
        }
        let mut pending = chosen;
        while let Some(i) = pending.pop() {
            if run[i] {
                continue;
            }
            run[i] = true;
            // A child whose partition parameters were all given runs as a root.
            let from_parent = streams[i]
                .partition
                .iter()
                .any(|p| !matches!(p.source, ParamSource::Values(_)) && !given.contains(p.name));
            match parent_of[i].clone().filter(|_| from_parent) {
                Some(parent) => pending.push(parent?),
                None => root[i] = true,
            }
        }
        for i in (0..streams.len()).filter(|&i| run[i]) {
            check_runnable(streams, &parent_of, &root, &given, i, load[i])?;
        }
        for i in (0..streams.len()).filter(|&i| load[i] && streams[i].write == WriteMode::Replace) {
            let s = &streams[i];
            if args.shard.is_some_and(|(_, n)| n > 1) {
                return Err(format!(
                    "stream `{}` is written with `replace` (a full refresh), which needs all of its partitions in one run: run it without --shard",
                    s.name
                ));
            }
            if let Some(Ok(p)) = &parent_of[i] {
                if !root[i] && streams[*p].children_of_changed {
                    return Err(format!(
                        "stream `{}` is written with `replace`, but its parent `{}` pulls children only for its changed records: the others' rows would be removed; set `children = \"all\"` on the parent or `write = \"merge\"` on the stream in apitap.toml",
                        s.name, streams[*p].name
                    ));
                }
            }
        }
        for (name, _) in &args.params {
            let known =
                (0..streams.len()).any(|i| run[i] && streams[i].accepts.contains(&name.as_str()));
            if name != "body" && !known {
                return Err(format!("no stream of this run has a parameter `{name}`"));
            }
        }
        // Entries in stream order, each with the entries of its children.
        let entry_of: Vec<Option<usize>> = run
            .iter()
            .scan(0, |next, &r| {
                Some(r.then(|| {
                    *next += 1;
                    *next - 1
                }))
            })
            .collect();
        let mut entries: Vec<Entry> = (0..streams.len())
            .filter(|&i| run[i])
            .map(|i| Entry {
                stream: i,
                load: load[i],
                root: root[i],
                children: Vec::new(),
            })
            .collect();
        for e in 0..entries.len() {
            let i = entries[e].stream;
            if root[i] {
                continue;
            }
            if let Some(p) = parent_of[i]
                .as_ref()
                .and_then(|p| p.as_ref().ok())
                .and_then(|&p| entry_of[p])
            {
                entries[p].children.push(e);
            }
        }
        Ok(SyncPlan {
            streams,
            entries,
            args: args.clone(),
        })
    }

    /// Indices of the tables the run loads (for [`Sink::open_for`]).
    pub fn tables(&self) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .entries
            .iter()
            .filter(|e| e.load)
            .flat_map(|e| self.streams[e.stream].tables.iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Names of the streams whose records are loaded.
    pub fn loaded(&self) -> Vec<&'static str> {
        self.entries
            .iter()
            .filter(|e| e.load)
            .map(|e| self.streams[e.stream].name)
            .collect()
    }
}

/// The streams a run takes when none is named: those selected in `apitap.toml` (unless
/// `all`), else every enabled stream that needs no missing `--param` up its parents (only
/// root streams, unless `all`).
fn default_selection(
    streams: &[StreamSpec],
    parent_of: &[Option<Result<usize, String>>],
    given: &BTreeSet<&str>,
    all: bool,
) -> Vec<usize> {
    if !all {
        let selected: Vec<usize> = (0..streams.len())
            .filter(|&i| streams[i].selected && streams[i].enabled)
            .collect();
        if !selected.is_empty() {
            return selected;
        }
    }
    (0..streams.len())
        .filter(|&i| {
            if !streams[i].enabled || (!all && streams[i].parent.is_some()) {
                return false;
            }
            let mut at = i;
            for _ in 0..=streams.len() {
                if streams[at].needs.iter().any(|n| !given.contains(n)) {
                    return false;
                }
                match &parent_of[at] {
                    Some(Ok(p)) => at = *p,
                    Some(Err(_)) => return false,
                    None => return true,
                }
            }
            false
        })
        .collect()
}

/// Whether stream `i` of a run can run: it leads up to a root (no cycle of parents), is
/// compiled in, and has every `--param` it needs.
fn check_runnable(
    streams: &[StreamSpec],
    parent_of: &[Option<Result<usize, String>>],
    root: &[bool],
    given: &BTreeSet<&str>,
    i: usize,
    loaded: bool,
) -> Result<(), String> {
    let s = &streams[i];
    let mut at = i;
    for steps in 0.. {
        if root[at] {
            break;
        }
        match &parent_of[at] {
            Some(Ok(p)) if steps < streams.len() => at = *p,
            _ => {
                return Err(format!(
                    "stream `{}` has no root: its parents form a cycle; set one of their `parent`s to \"none\" in apitap.toml",
                    s.name
                ))
            }
        }
    }
    let role = if loaded {
        ""
    } else {
        " (the parent of a stream of this run)"
    };
    if !s.enabled {
        return Err(format!(
            "stream `{}`{role} is not in this build: enable the cargo feature of its operation group",
            s.name
        ));
    }
    let missing: Vec<String> = s
        .needs
        .iter()
        .filter(|n| !given.contains(*n))
        .map(|n| format!("--param {n}=..."))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stream `{}`{role} needs {}",
            s.name,
            missing.join(" ")
        ))
    }
}

/// `sync --list`: one block per stream with its tables, cursor, parent, pagination and page
/// size.
pub fn list_streams(streams: &[StreamSpec], tables: &[TableSpec]) -> String {
    let mut out = String::new();
    for s in streams {
        let names: Vec<&str> = s
            .tables
            .iter()
            .filter_map(|&t| tables.get(t).map(|t| t.name))
            .collect();
        out.push_str(s.name);
        if s.selected {
            out.push_str("  (selected)");
        }
        out.push('\n');
        out.push_str(&format!("  tables:     {}\n", names.join(", ")));
        let cursor = match (s.cursor, s.since_param) {
            (Some(c), Some(p)) => format!("{c} (sent as {p})"),
            (Some(c), None) => format!("{c} (filtered here)"),
            _ => "none (every run reads everything)".into(),
        };
        out.push_str(&format!("  cursor:     {cursor}\n"));
        match s.parent {
            Some(parent) => {
                let params: Vec<String> = s.partition.iter().map(describe_param).collect();
                out.push_str(&format!("  parent:     {parent} ({})\n", params.join(", ")));
            }
            None if !s.partition.is_empty() => {
                let params: Vec<String> = s.partition.iter().map(describe_param).collect();
                out.push_str(&format!("  partitions: {}\n", params.join(", ")));
            }
            None => out.push_str("  parent:     none\n"),
        }
        if streams.iter().any(|x| x.parent == Some(s.name)) {
            out.push_str(if s.children_of_changed {
                "  children:   pulled for its records changed since its state\n"
            } else {
                "  children:   pulled for every record, each run\n"
            });
        }
        if !s.needs.is_empty() {
            let needs: Vec<String> = s.needs.iter().map(|n| format!("--param {n}=...")).collect();
            out.push_str(&format!("  needs:      {}\n", needs.join(" ")));
        }
        out.push_str(&format!("  write:      {}\n", describe_write(s, tables)));
        if s.contract != Contract::Evolve {
            out.push_str(&format!("  contract:   {}\n", s.contract.as_str()));
        }
        if let Some(lookback) = s.lookback {
            out.push_str(&format!("  lookback:   {lookback}\n"));
        }
        if !s.checks.is_empty() {
            out.push_str(&format!("  checks:     {}\n", s.checks));
        }
        out.push_str(&format!("  pagination: {}\n", s.pagination));
        if let Some(size) = &s.page_size {
            let default = size
                .default
                .map_or("the API's default".to_string(), |n| n.to_string());
            out.push_str(&format!("  page size:  {} = {default}\n", size.param));
        }
        if !s.reason.is_empty() {
            out.push_str(&format!("  why:        {}\n", s.reason));
        }
    }
    out
}

/// A stream's write mode, with the key it merges on.
fn describe_write(s: &StreamSpec, tables: &[TableSpec]) -> String {
    let key = s
        .tables
        .first()
        .and_then(|&t| tables.get(t))
        .map(|t| t.primary_key.join(", "))
        .unwrap_or_default();
    match s.write {
        WriteMode::Merge => format!("merge (upsert by {key})"),
        WriteMode::Append => "append (every version is kept)".into(),
        WriteMode::Replace => "replace (full refresh each run, swapped in when complete)".into(),
    }
}

fn describe_param(p: &PartitionParam) -> String {
    match &p.source {
        ParamSource::Field(path) => format!("{} = {}", p.name, path.join(".")),
        ParamSource::Inherit(name) => format!("{} = parent's {name}", p.name),
        ParamSource::Values(values) => format!("{} in [{}]", p.name, values.join(", ")),
    }
}

/// The state key of a partition: the stream name, then its parameters sorted by name
/// (`customer_tax_ids?customer=cus_1`). Root streams without parameters keep the bare name.
pub fn partition_key(stream: &str, params: &[(String, String)]) -> String {
    if params.is_empty() {
        return stream.to_string();
    }
    let mut sorted: Vec<&(String, String)> = params.iter().collect();
    sorted.sort();
    let enc = |s: &str| percent_encoding::utf8_percent_encode(s, KEY_SET).to_string();
    // A request body can be long: the key holds its hash.
    let parts: Vec<String> = sorted
        .iter()
        .map(|(k, v)| match k.as_str() {
            "body" => format!("body#{:016x}", stable_hash(v)),
            _ => format!("{}={}", enc(k), enc(v)),
        })
        .collect();
    format!("{stream}?{}", parts.join("&"))
}

const KEY_SET: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b'%')
    .add(b'&')
    .add(b'=')
    .add(b'#')
    .add(b'?')
    .add(b' ');

/// FNV-1a: a hash that stays the same across runs, machines and Rust versions, so every
/// worker of a sharded run agrees on who owns a partition.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether shard `K/N` owns partition `key`.
pub fn shard_owns(shard: Option<(u32, u32)>, key: &str) -> bool {
    match shard {
        None | Some((_, 1)) => true,
        Some((k, n)) => stable_hash(key) % u64::from(n) == u64::from(k - 1),
    }
}

/// The saved position of a partition that stopped before its end, or whose children did
/// not all finish.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Resume {
    /// The `since` the stopped run asked with (the position is only valid with it).
    since: Option<String>,
    /// The page to go on from; `None`: from the first page.
    page: Option<PagePosition>,
    /// The page size it was read with (a page number depends on it).
    #[serde(default)]
    page_size: Option<u64>,
    /// The largest incremental value loaded so far.
    max: Option<String>,
    /// Child partitions that did not finish, to run first next time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    retry: Vec<Retry>,
}

/// A child partition to run again: its stream and parameters.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Retry {
    stream: String,
    params: Vec<(String, String)>,
}

const RESUME_SUFFIX: &str = "#resume";

/// A child partition to run: its entry, parameters and root-table cells.
type ChildRun = (usize, Vec<(String, String)>, Vec<(usize, Cell)>);

/// Shared by every partition of a run.
struct Shared<'a, C: Connector> {
    connector: &'a C,
    plan: &'a SyncPlan,
    sink: Mutex<&'a mut Sink>,
    permits: Semaphore,
    tallies: StdMutex<Vec<Tally>>,
    committed_rows: StdMutex<Vec<u64>>,
    notes: StdMutex<Vec<String>>,
    failures: StdMutex<Vec<SyncError>>,
    /// State keys of the partitions started in this run.
    started: StdMutex<std::collections::HashSet<String>>,
    abort: AtomicBool,
    progress: StdMutex<(Progress, u64, u64)>,
    start: Instant,
    /// The table plan as key trees, for the fields beyond it.
    shapes: Shapes,
    /// Notes already given in this run (see [`note_once`]).
    noted: StdMutex<HashSet<String>>,
    /// This run's id, as every loaded row carries it.
    run_id: Cell,
    /// Per entry: the figures of its requests.
    stats: Vec<Arc<RequestStats>>,
}

#[derive(Debug, Default, Clone)]
struct Tally {
    partitions: u64,
    resumed: u64,
    incomplete: u64,
    records: u64,
    rejected: u64,
    pages: u64,
    state: Option<String>,
    error: Option<String>,
    /// Per field beyond the spec: the records that had it.
    drift: BTreeMap<String, u64>,
    /// Saves no state or position (a `replace` stream reads everything each run).
    stateless: bool,
    /// Rows committed per table index.
    rows: Vec<u64>,
    /// Per required column of its checks: committed records with a value there.
    non_null: Vec<u64>,
    /// The newest cursor value known at the end (loaded now or before).
    newest: Option<String>,
    /// The state the partition started from.
    state_before: Option<String>,
}

/// Loads the plan's streams into `sink` as run `run_id` (see [`crate::run_streams`]).
/// Partitions that fail are reported (the first failure is the error, carrying the report
/// of everything loaded); the others run to their end. Each stream's checks are evaluated
/// unless `--no-checks`.
pub(crate) async fn load_streams<C: Connector>(
    connector: &C,
    plan: &SyncPlan,
    sink: &mut Sink,
    run_id: &str,
) -> Result<SyncReport, SyncError> {
    let client = connector.runtime();
    let before = client.metrics();
    let shared = Shared {
        connector,
        plan,
        sink: Mutex::new(sink),
        permits: Semaphore::new(plan.args.concurrency.max(1)),
        tallies: StdMutex::new(vec![Tally::default(); plan.entries.len()]),
        committed_rows: StdMutex::new(Vec::new()),
        notes: StdMutex::new(Vec::new()),
        failures: StdMutex::new(Vec::new()),
        started: StdMutex::new(std::collections::HashSet::new()),
        abort: AtomicBool::new(false),
        progress: StdMutex::new((Progress::new(), 0, 0)),
        start: Instant::now(),
        shapes: Shapes::new(connector.tables()),
        noted: StdMutex::new(HashSet::new()),
        run_id: Cell::Text(run_id.to_string()),
        stats: plan
            .entries
            .iter()
            .map(|_| Arc::new(RequestStats::default()))
            .collect(),
    };
    // `replace` streams load into staging tables, swapped in when they complete.
    let replaced: Vec<usize> = plan
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.load && plan.streams[e.stream].write == WriteMode::Replace)
        .map(|(i, _)| i)
        .collect();
    for &e in &replaced {
        let spec = &plan.streams[plan.entries[e].stream];
        let mut sink = shared.sink.lock().await;
        if let Err(source) = sink.stage(spec.tables).await {
            return Err(SyncError::Sink {
                stream: spec.name.to_string(),
                source,
                report: Box::default(),
            });
        }
    }
    let mut roots = Vec::new();
    for (e, entry) in plan.entries.iter().enumerate() {
        if !entry.root {
            continue;
        }
        let spec = &plan.streams[entry.stream];
        for params in fixed_partitions(spec, &plan.args.params) {
            roots.push((e, params));
        }
    }
    let width = plan.args.concurrency.max(1);
    stream::iter(roots)
        .map(|(e, params)| {
            let columns = child_columns(plan, e, &params);
            run_partition(&shared, e, params, columns)
        })
        .buffer_unordered(width)
        .collect::<Vec<bool>>()
        .await;
    for &e in &replaced {
        let spec = &plan.streams[plan.entries[e].stream];
        // A child's partitions are only those of the parent records read: the parents too
        // must have been read whole, from their first page, for the copy to be complete.
        let done = shared
            .tallies
            .lock()
            .map(|t| {
                let whole = |i: usize| t[i].incomplete == 0 && t[i].error.is_none();
                whole(e)
                    && ancestors(plan, e)
                        .into_iter()
                        .all(|a| whole(a) && t[a].resumed == 0)
            })
            .unwrap_or(false);
        let mut sink = shared.sink.lock().await;
        let result = if done {
            sink.swap(spec.tables).await
        } else {
            note(&shared, format!("{}: did not complete, so its tables were not replaced: they keep the rows of the last complete run, and this run's {} records of it were not kept", spec.name, shared.tallies.lock().map(|t| t[e].records).unwrap_or(0)));
            if let Ok(mut t) = shared.tallies.lock() {
                if let Ok(mut committed) = shared.committed_rows.lock() {
                    for (c, n) in committed.iter_mut().zip(&t[e].rows) {
                        *c = c.saturating_sub(*n);
                    }
                }
                t[e].records = 0;
                t[e].rows.clear();
                t[e].non_null.clear();
            }
            sink.discard(spec.tables).await
        };
        if let Err(source) = result {
            drop(sink);
            if let Ok(mut f) = shared.failures.lock() {
                f.push(SyncError::Sink {
                    stream: spec.name.to_string(),
                    source,
                    report: Box::default(),
                });
            }
        }
    }
    if let Ok(mut p) = shared.progress.lock() {
        p.0.done();
    }
    let (migrations, sink_notes) = {
        let sink = shared.sink.lock().await;
        (sink.migrations().to_vec(), sink.notes())
    };
    let now = client.metrics();
    let tallies = shared.tallies.into_inner().unwrap_or_default();
    let committed = shared.committed_rows.into_inner().unwrap_or_default();
    let tables = connector.tables();
    let mut streams: Vec<StreamReport> = plan
        .entries
        .iter()
        .zip(&tallies)
        .zip(&shared.stats)
        .map(|((e, t), stats)| {
            let spec = &plan.streams[e.stream];
            let single = t.partitions <= 1;
            StreamReport {
                name: spec.name.to_string(),
                loaded: e.load,
                partitions: t.partitions,
                resumed: t.resumed,
                incomplete: t.incomplete,
                records: t.records,
                rejected: t.rejected,
                pages: t.pages,
                state: t.state.clone(),
                error: t.error.clone(),
                drift: t.drift.iter().map(|(k, n)| (k.clone(), *n)).collect(),
                rows: named_counts(tables, &t.rows),
                requests: stats.figures(),
                state_before: if single { t.state_before.clone() } else { None },
                newest: t.newest.clone(),
                migrations: migrations
                    .iter()
                    .filter(|m| {
                        spec.tables.iter().any(|&i| {
                            tables
                                .get(i)
                                .is_some_and(|tb| m.starts_with(&format!("table `{}`:", tb.name)))
                        })
                    })
                    .cloned()
                    .collect(),
                checks: Vec::new(),
            }
        })
        .collect();
    if !plan.args.no_checks {
        let mut sink = shared.sink.lock().await;
        evaluate_checks(plan, &tallies, &mut streams, &mut sink, run_id).await;
    }
    let single = (streams.len() == 1 && streams[0].partitions <= 1)
        .then(|| streams[0].state.clone())
        .flatten();
    let report = SyncReport {
        records: streams.iter().map(|s| s.records).sum(),
        rows_by_table: named_counts(tables, &committed),
        pages: streams.iter().map(|s| s.pages).sum(),
        requests: now.requests.saturating_sub(before.requests),
        retries: now.retries.saturating_sub(before.retries),
        rejected: streams.iter().map(|s| s.rejected).sum(),
        duration: shared.start.elapsed(),
        state: single,
        streams,
        notes: {
            let mut notes = shared.notes.into_inner().unwrap_or_default();
            notes.extend(sink_notes);
            notes
        },
        migrations,
        run_id: run_id.to_string(),
        ..SyncReport::default()
    };
    let mut failures = shared.failures.into_inner().unwrap_or_default();
    if failures.is_empty() {
        return Ok(report);
    }
    let mut first = failures.remove(0);
    *first.report_mut() = report;
    Err(first)
}

/// The entries whose partitions run entry `e`'s (its parent, its parent's parent...).
fn ancestors(plan: &SyncPlan, e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = e;
    while let Some(p) = plan.entries.iter().position(|x| x.children.contains(&at)) {
        if out.contains(&p) {
            break;
        }
        out.push(p);
        at = p;
    }
    out
}

/// `(table name, n)` for the tables with rows.
fn named_counts(tables: &[TableSpec], counts: &[u64]) -> Vec<(String, u64)> {
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| {
            let name = tables
                .get(i)
                .map_or_else(|| format!("table {i}"), |t| t.name.to_string());
            (name, *n)
        })
        .collect()
}

/// Each loaded stream's checks, on its figures and the run log's history.
async fn evaluate_checks(
    plan: &SyncPlan,
    tallies: &[Tally],
    streams: &mut [StreamReport],
    sink: &mut Sink,
    run_id: &str,
) {
    let now = crate::rows::now_secs();
    // Enough of the log for every stream's runs, whatever else ran between them.
    let runs = plan
        .entries
        .iter()
        .filter_map(|e| plan.streams[e.stream].checks.volume_change)
        .map(|v| v.runs as usize)
        .max();
    let history = if let Some(runs) = runs {
        match sink
            .run_history(500.max(runs * plan.entries.len() * 4))
            .await
        {
            Ok(rows) => rows,
            Err(e) => {
                tracing::warn!("reading the run log for the volume check failed: {e}");
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    for ((entry, tally), report) in plan.entries.iter().zip(tallies).zip(streams.iter_mut()) {
        let checks = &plan.streams[entry.stream].checks;
        if !entry.load || checks.is_empty() {
            continue;
        }
        let runs = checks.volume_change.map_or(0, |v| v.runs as usize);
        let past = crate::runlog::history(&history, &report.name, run_id, runs);
        report.checks = crate::checks::evaluate(
            checks,
            &Measured {
                records: report.records,
                rejected: report.rejected,
                requests: &report.requests,
                newest: report.newest.as_deref(),
                now,
                non_null: &tally.non_null,
                history: &past,
            },
        );
        for c in &report.checks {
            if c.passed {
                tracing::info!(event = "check", stream = %report.name, check = %c.check, passed = true, figure = %c.figure, limit = %c.limit, "check passed");
            } else {
                tracing::warn!(event = "check", stream = %report.name, check = %c.check, passed = false, figure = %c.figure, limit = %c.limit, "check failed");
            }
        }
    }
}

/// The partitions of a root entry: the product of its fixed values, with the `--param`
/// values it takes (they are part of the partition, and of its state key: runs with other
/// values keep other states).
fn fixed_partitions(spec: &StreamSpec, given: &[(String, String)]) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<Vec<(String, String)>> = vec![given_params(spec, given, &[])];
    for p in spec.partition {
        if given.iter().any(|(k, _)| k == p.name) {
            continue;
        }
        if let ParamSource::Values(values) = p.source {
            out = out
                .into_iter()
                .flat_map(|base| {
                    values.iter().map(move |v| {
                        let mut next = base.clone();
                        next.push((p.name.to_string(), v.to_string()));
                        next
                    })
                })
                .collect();
        }
    }
    out
}

/// The `--param` values stream `spec` takes, but those in `skip` and the page size (which
/// changes no record): they belong to its partitions and their state keys.
fn given_params(
    spec: &StreamSpec,
    given: &[(String, String)],
    skip: &[(String, String)],
) -> Vec<(String, String)> {
    let size = spec.page_size.as_ref().map(|p| p.param);
    given
        .iter()
        .filter(|(k, _)| {
            spec.accepts.contains(&k.as_str())
                && Some(k.as_str()) != size
                && !skip.iter().any(|(s, _)| s == k)
        })
        .cloned()
        .collect()
}

/// How a partition ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Every page read and loaded, the state saved.
    Complete,
    /// Stopped before the end (page cap, a child not complete, the run aborted); its
    /// position is saved and the next run goes on.
    Incomplete,
}

/// One partition: its pages, its records' child partitions, its state; whether it is
/// complete. What goes wrong is recorded in `shared` and stops this partition only.
fn run_partition<'s, 'a: 's, C: Connector>(
    shared: &'s Shared<'a, C>,
    entry: usize,
    params: Vec<(String, String)>,
    columns: Vec<(usize, Cell)>,
) -> futures::future::BoxFuture<'s, bool> {
    Box::pin(async move {
        let plan = shared.plan;
        let e = &plan.entries[entry];
        let spec = &plan.streams[e.stream];
        let key = partition_key(spec.name, &params);
        let args = &plan.args;
        let owned = shard_owns(args.shard, &key);
        if !owned && e.children.is_empty() {
            return true;
        }
        let load = e.load && owned;
        // State of this way of reading the partition: reading a parent for its children
        // must not move the state of loading it, nor of other sets of children or shards.
        let mut state_key = key.clone();
        if !e.children.is_empty() {
            let mut names: Vec<&str> = e
                .children
                .iter()
                .map(|&c| plan.streams[plan.entries[c].stream].name)
                .collect();
            names.sort_unstable();
            state_key.push_str(&format!("#children={}", names.join(",")));
            if !load {
                state_key.push_str("#parent-only");
            }
            if let Some((k, n)) = args.shard.filter(|(_, n)| *n > 1) {
                state_key.push_str(&format!("#shard={k}/{n}"));
            }
        }
        let resume_key = format!("{state_key}{RESUME_SUFFIX}");
        // The same partition from two parent records (or pages): one run is enough.
        let first = shared
            .started
            .lock()
            .map(|mut started| started.insert(state_key.clone()))
            .unwrap_or(true);
        if !first {
            return true;
        }
        let mut tally = Tally {
            partitions: 1,
            ..Tally::default()
        };
        let part = Part {
            entry,
            params: &params,
            columns: &columns,
            load,
            state_key: &state_key,
            resume_key: &resume_key,
        };
        let pages = partition_pages(shared, &part, &mut tally);
        let complete = match crate::stats::scope(shared.stats[entry].clone(), pages).await {
            Ok(Outcome::Complete) => true,
            Ok(Outcome::Incomplete) => {
                tally.incomplete = 1;
                false
            }
            Err(error) => {
                tally.error.get_or_insert_with(|| error.to_string());
                tally.incomplete = 1;
                if matches!(error, SyncError::Sink { .. }) {
                    shared.abort.store(true, AtomicOrdering::SeqCst);
                }
                if let Ok(mut f) = shared.failures.lock() {
                    f.push(error);
                }
                false
            }
        };
        if let Ok(mut t) = shared.tallies.lock() {
            let sum = &mut t[entry];
            sum.partitions += tally.partitions;
            sum.resumed += tally.resumed;
            sum.incomplete += tally.incomplete;
            sum.records += tally.records;
            sum.rejected += tally.rejected;
            sum.pages += tally.pages;
            for (label, n) in tally.drift {
                *sum.drift.entry(label).or_default() += n;
            }
            add_counts(&mut sum.rows, &tally.rows);
            add_counts(&mut sum.non_null, &tally.non_null);
            if let Some(n) = tally.newest {
                let newer = sum
                    .newest
                    .as_deref()
                    .is_none_or(|m| compare_state(&n, m) == std::cmp::Ordering::Greater);
                if newer {
                    sum.newest = Some(n);
                }
            }
            if sum.partitions == 1 {
                sum.state_before = tally.state_before;
            }
            if sum.partitions == 1 {
                sum.state = tally.state;
            }
            if sum.error.is_none() {
                sum.error = tally.error;
            }
        }
        complete
    })
}

fn add_counts(sum: &mut Vec<u64>, more: &[u64]) {
    if sum.len() < more.len() {
        sum.resize(more.len(), 0);
    }
    for (s, m) in sum.iter_mut().zip(more) {
        *s += m;
    }
}

/// One partition as [`run_partition`] resolved it.
struct Part<'p> {
    entry: usize,
    params: &'p [(String, String)],
    /// Root-table cells its rows carry.
    columns: &'p [(usize, Cell)],
    /// Load its records (else read them for its children only).
    load: bool,
    /// Key of its incremental state, and of its saved page position.
    state_key: &'p str,
    resume_key: &'p str,
}

/// The page loop of [`run_partition`].
async fn partition_pages<C: Connector>(
    shared: &Shared<'_, C>,
    part: &Part<'_>,
    tally: &mut Tally,
) -> Result<Outcome, SyncError> {
    let Part {
        entry,
        params,
        columns,
        load,
        state_key,
        resume_key,
    } = *part;
    let plan = shared.plan;
    let args = &plan.args;
    let e = &plan.entries[entry];
    let spec = &plan.streams[e.stream];
    let name = spec.name;
    let sink_error = |source: SinkError| SyncError::Sink {
        stream: name.to_string(),
        source,
        report: Box::default(),
    };
    let replace = spec.write == WriteMode::Replace;
    tally.stateless = replace;
    let (saved, resume) = if args.full_refresh || replace {
        (None, None)
    } else {
        let mut sink = shared.sink.lock().await;
        let saved = sink.load_state(state_key).await.map_err(sink_error)?;
        let resume = sink.load_state(resume_key).await.map_err(sink_error)?;
        (saved, resume)
    };
    // An explicit --since asks for that filter: a position saved under another is no use.
    let resume = resume.filter(|_| args.since.is_none());
    let mut resume: Option<Resume> = match resume.map(|text| serde_json::from_str::<Resume>(&text))
    {
        Some(Ok(r)) => Some(r),
        Some(Err(_)) => {
            note(shared, format!("{state_key}: the saved page position is unreadable; starting from the first page"));
            None
        }
        None => None,
    };
    tally.state_before = saved.clone();
    let mut tracker = StateTracker {
        initial: saved.clone(),
        max: None,
    };
    // The --param values this stream takes (its page size among them), then the
    // partition's own.
    let mut call: Vec<(String, String)> = args
        .params
        .iter()
        .filter(|(k, _)| spec.accepts.contains(&k.as_str()) && !params.iter().any(|(p, _)| p == k))
        .cloned()
        .collect();
    call.extend(params.iter().cloned());
    // Reading a parent for its children: every record, not only those changed since its
    // state (a child can change while its parent does not), unless the connector says its
    // parents change with their children.
    let fan_out_all = !e.children.is_empty() && !spec.children_of_changed;
    let page_size = match (args.page_size, &spec.page_size) {
        (Some(n), Some(size)) => match size.max {
            Some(max) if n > max => {
                note(shared, format!("{name}: --page-size {n} is above the {max} the API allows for `{}`; sending {max}", size.param));
                Some(max)
            }
            _ => Some(n),
        },
        (_, Some(size)) => size.default,
        (_, None) => None,
    };
    let root_table = spec.tables.first().copied();
    let mut page_size = page_size;
    // The page size sent: a `--param` that sets it wins (the paginator keeps it), then the
    // stream's, then the client's configuration.
    let explicit_size = spec
        .page_size
        .as_ref()
        .and_then(|p| call.iter().find(|(k, _)| k == p.param))
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());
    let configured_size = shared.connector.runtime().config().get_page_size();
    // Child partitions left unfinished by the run that saved the position: run them first.
    let mut retry: Vec<Retry> = resume
        .as_mut()
        .map(|r| std::mem::take(&mut r.retry))
        .unwrap_or_default();
    // A page number counts pages of one size: resuming at another would skip records.
    if let Some(r) = resume.as_mut() {
        if matches!(r.page, Some(PagePosition::Number(_))) {
            let now = explicit_size.or(page_size).or(configured_size);
            if r.page_size != now {
                if explicit_size.is_none() && (r.page_size.is_some() || configured_size.is_none()) {
                    page_size = r.page_size;
                } else {
                    note(shared, format!("{state_key}: the page size changed since the saved page number; starting from the first page"));
                    r.page = None;
                }
            }
        }
    }
    let sent_size = explicit_size.or(page_size).or(configured_size);
    if !retry.is_empty() {
        let runs: Vec<ChildRun> = retry
            .iter()
            .filter_map(|r| {
                let c = e
                    .children
                    .iter()
                    .copied()
                    .find(|&c| key_of(plan, c) == r.stream)?;
                let columns = child_columns(plan, c, &r.params);
                Some((c, r.params.clone(), columns))
            })
            .collect();
        retry = run_children(shared, runs).await;
    }
    let mut retried_from_start = false;
    // Records older than this were loaded by an earlier run (a lookback re-reads a window
    // behind it, for records that arrive late). A full refresh reads everything.
    let since = match (&args.since, &saved) {
        _ if replace => None,
        (Some(given), _) => Some(given.clone()),
        (None, Some(saved)) => match spec.lookback {
            Some(lookback) => Some(lookback.apply(saved).unwrap_or_else(|| {
                note(shared, format!("{state_key}: the lookback cannot move the saved state `{saved}`; it is used as it is"));
                saved.clone()
            })),
            None => Some(saved.clone()),
        },
        (None, None) => None,
    };
    let contract = args.contract.unwrap_or(spec.contract);
    let keeps = load && root_table.is_some_and(|t| shared.shapes.keeps(t));
    // A record twice in one batch would leave the children of its first version: the
    // batch is committed before the second comes in (each commit replaces children).
    let dedupe =
        load && spec.write != WriteMode::Append && spec.tables.len() > 1 && root_table.is_some();
    let tables = shared.connector.tables();
    let mut start_rows = vec![0usize; tables.len()];
    // An append stream reads again the records at its saved state (the filter keeps them,
    // so none that shares the value is missed): those the last run stored are not stored a
    // second time. The keys at the newest value are saved beside the state.
    let boundary_key = format!("{state_key}#boundary");
    let edges = load && spec.write == WriteMode::Append && spec.cursor.is_some();
    let stored_edge: HashSet<String> = match (&saved, edges && args.since.is_none()) {
        (Some(_), true) => {
            let mut sink = shared.sink.lock().await;
            let text = sink.load_state(&boundary_key).await.map_err(sink_error)?;
            text.and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default()
        }
        _ => HashSet::new(),
    };
    let mut edge = Edge {
        value: saved.clone(),
        keys: stored_edge.clone(),
    };
    'attempt: loop {
        let position = resume.as_ref().and_then(|r| r.page.clone());
        // What the API is asked for: the filter the saved position was made with.
        let request_since = match &resume {
            Some(r) if position.is_some() => r.since.clone(),
            _ if fan_out_all => None,
            _ => since.clone(),
        };
        if let Some(r) = &resume {
            tracker.see(r.max.clone());
            tally.resumed = u64::from(position.is_some());
        }
        let start = PageStart {
            page_size,
            resume: position.clone(),
        };
        let mut pages = shared
            .connector
            .open(e.stream, &call, request_since.as_deref(), start)
            .map_err(|e| SyncError::Source {
                stream: name.to_string(),
                message: e.to_string(),
                status: None,
                retryable: false,
                report: Box::default(),
            })?;
        let mut batch = Batch {
            entry,
            ..Batch::default()
        };
        let mut scratch = Rows::new();
        let mut fetched = 0u64;
        // Where the next page starts (`None`: the first page, or after the last one).
        let mut current: Option<PagePosition> = position;
        // The saved position after the pages read so far, with the children to run again.
        let doc = |page: Option<&PagePosition>, retry: &[Retry], tracker: &StateTracker| {
            serde_json::to_string(&Resume {
                since: request_since.clone(),
                page: page.cloned(),
                page_size: sent_size,
                max: tracker.max.clone(),
                retry: retry.to_vec(),
            })
            .unwrap_or_default()
        };
        loop {
            if shared.abort.load(AtomicOrdering::SeqCst) {
                // Another partition's destination failed: stop here, nothing more is saved.
                return Ok(Outcome::Incomplete);
            }
            let item = {
                let _permit = shared.permits.acquire().await;
                pages.next().await
            };
            let page = match item {
                None => break,
                Some(Ok(page)) => page,
                Some(Err(failure)) => {
                    // A saved position the API no longer honours (an expired cursor) must
                    // not wedge every later run: start this partition over, once.
                    let refused = failure.status.is_some_and(|s| {
                        (400..500).contains(&s) && s != 429 && s != 401 && s != 403
                    });
                    if current.is_some() && fetched == 0 && refused && !retried_from_start {
                        note(shared, format!("{state_key}: the API refused the saved page position ({}); started from the first page", failure.message));
                        if let Some(r) = resume.as_mut() {
                            r.page = None;
                        }
                        retried_from_start = true;
                        continue 'attempt;
                    }
                    // A child of a parent record deleted since it was listed: nothing to load.
                    let gone = failure.status.is_some_and(|s| s == 404 || s == 410);
                    if !e.root && gone && fetched == 0 && current.is_none() {
                        note(shared, format!("{state_key}: the API answered {} (its parent is gone?); nothing loaded", failure.status.unwrap_or(404)));
                        commit(shared, &mut batch, tally, name, &[(resume_key, None)]).await?;
                        return Ok(Outcome::Complete);
                    }
                    // What the pages before the failure hold is kept, with their position
                    // and the children to run again.
                    if fetched > 0 || !retry.is_empty() {
                        let saved_doc = doc(current.as_ref(), &retry, &tracker);
                        commit(
                            shared,
                            &mut batch,
                            tally,
                            name,
                            &[(resume_key, Some(&saved_doc))],
                        )
                        .await?;
                    }
                    return Err(SyncError::Source {
                        stream: name.to_string(),
                        message: failure.message,
                        status: failure.status,
                        retryable: failure.retryable,
                        report: Box::default(),
                    });
                }
            };
            fetched += 1;
            tally.pages += 1;
            current = page.next.clone();
            let mut children: Vec<ChildRun> = Vec::new();
            let mut page_records = 0u64;
            for record in &page.records {
                if dedupe {
                    if let Some(key) = root_table.and_then(|t| raw_key(&tables[t], record)) {
                        if batch.keys.contains(&key) {
                            commit(shared, &mut batch, tally, name, &[]).await?;
                        }
                        batch.keys.insert(key);
                    }
                }
                let target = if load { &mut batch.rows } else { &mut scratch };
                let first_row = root_table.map_or(0, |t| target.table(t).len());
                if keeps || edges {
                    for &t in spec.tables {
                        if let Some(slot) = start_rows.get_mut(t) {
                            *slot = target.table(t).len();
                        }
                    }
                }
                let verdict = shared
                    .connector
                    .load(e.stream, record, since.as_deref(), target);
                let fan_out = match &verdict {
                    Loaded::Record(_) | Loaded::Rejected(_) => true,
                    Loaded::Skipped => fan_out_all,
                };
                let verdict = match verdict {
                    Loaded::Record(cursor) if edges => {
                        // A record's version: its key and a hash of all it holds, so a
                        // record changed within one cursor value is stored again.
                        let key = root_table
                            .and_then(|t| raw_key(&tables[t], record))
                            .map(|k| format!("{k}#{:016x}", stable_hash(&record.to_string())));
                        let stored = match (&cursor, &saved, &key) {
                            (Some(c), Some(s), Some(k)) => {
                                compare_state(c, s).is_eq() && stored_edge.contains(k)
                            }
                            _ => false,
                        };
                        if stored {
                            for &t in spec.tables {
                                target.truncate(t, start_rows.get(t).copied().unwrap_or(0));
                            }
                            Loaded::Skipped
                        } else {
                            edge.see(cursor.as_deref(), key);
                            Loaded::Record(cursor)
                        }
                    }
                    other => other,
                };
                match verdict {
                    Loaded::Record(cursor) => {
                        if keeps {
                            let mut found = Drift::new();
                            let t = root_table.unwrap_or(0);
                            if !shared
                                .shapes
                                .fill(t, record, target, &start_rows, &mut found)
                            {
                                note_once(shared, format!("{name}: a record's child rows do not line up with its JSON; its fields beyond the spec were not kept"));
                            }
                            if !found.is_empty() {
                                if contract == Contract::Freeze {
                                    return Err(SyncError::Contract {
                                        stream: name.to_string(),
                                        fields: found.into_iter().collect(),
                                        report: Box::default(),
                                    });
                                }
                                for label in found {
                                    if contract == Contract::Warn {
                                        note_once(shared, format!("schema drift: `{label}` is not in the spec; kept in `_extra`"));
                                    }
                                    *tally.drift.entry(label).or_default() += 1;
                                }
                            }
                        }
                        tracker.see(cursor);
                        if load {
                            if let Some(t) = root_table {
                                for (column, cell) in columns {
                                    batch.rows.fill(t, first_row, *column, cell);
                                }
                            }
                            batch.records += 1;
                            page_records += 1;
                        }
                    }
                    Loaded::Skipped => {}
                    Loaded::Rejected(reason) => {
                        // One older than the state was kept by the run that first read it
                        // (parents with children are read whole every run).
                        let seen = match (since.as_deref(), spec.cursor) {
                            (Some(since), Some(field)) => record
                                .get(field)
                                .and_then(ToCursor::to_cursor)
                                .is_some_and(|c| compare_state(&c, since).is_lt()),
                            _ => false,
                        };
                        if load && !seen {
                            batch.rejects.push((reason, record.to_string()));
                        } else if !load && !e.children.is_empty() {
                            note(shared, format!("a record of `{name}` does not fit its type ({reason}); its children are pulled from its raw JSON"));
                        }
                    }
                }
                scratch.clear();
                if !fan_out {
                    continue;
                }
                // Children are found from the raw record: one its type rejects still has them.
                for &c in &e.children {
                    match child_params(plan, c, record, params) {
                        Ok(partitions) => {
                            for p in partitions {
                                let cols = child_columns(plan, c, &p);
                                children.push((c, p, cols));
                            }
                        }
                        Err(missing) => note(
                            shared,
                            format!(
                                "a record of `{name}` has no `{missing}`: its `{}` were not pulled",
                                key_of(plan, c)
                            ),
                        ),
                    }
                }
            }
            bump_progress(shared, page_records);
            tracing::info!(
                event = "page",
                stream = name,
                partition = %state_key,
                page = fetched,
                records = page_records,
                "page loaded"
            );
            if !children.is_empty() {
                // A child that does not finish (its error or page cap is reported on its
                // own) must not hold up the others, nor the parent: it is saved with the
                // parent's position and run first next time.
                retry.extend(run_children(shared, children).await);
            }
            if let Some(position) = &current {
                if batch.records >= args.batch_size.max(1) as u64 || !e.children.is_empty() {
                    let saved_doc = doc(Some(position), &retry, &tracker);
                    commit(
                        shared,
                        &mut batch,
                        tally,
                        name,
                        &[(resume_key, Some(&saved_doc))],
                    )
                    .await?;
                }
            }
            // `--max-pages` holds also where the client was built without the cap (the
            // library form of `sync`).
            if current.is_some() && args.max_pages.is_some_and(|max| fetched >= max) {
                break;
            }
        }
        if let Some(position) = current {
            // The stream ended with more pages to go: the page cap.
            let saved_doc = doc(Some(&position), &retry, &tracker);
            commit(
                shared,
                &mut batch,
                tally,
                name,
                &[(resume_key, Some(&saved_doc))],
            )
            .await?;
            tally.newest = tracker.complete();
            tally.state = saved;
            note(shared, format!("{state_key}: stopped at the page cap (--max-pages); the next run goes on from there"));
            return Ok(Outcome::Incomplete);
        }
        // Every page is loaded: the state moves. Children that did not finish are kept for
        // the next run, which runs them first.
        let complete = tracker.complete();
        let kept = (!retry.is_empty()).then(|| doc(None, &retry, &tracker));
        let mut updates: Vec<(&str, Option<&str>)> = vec![(resume_key, kept.as_deref())];
        if let Some(value) = complete.as_deref() {
            updates.push((state_key, Some(value)));
        }
        let edge_doc = (edges && edge.value == complete)
            .then(|| edge.document())
            .flatten();
        if edges {
            updates.push((&boundary_key, edge_doc.as_deref()));
        }
        commit(shared, &mut batch, tally, name, &updates).await?;
        tally.newest = complete.clone();
        tally.state = complete;
        if !retry.is_empty() {
            note(
                shared,
                format!("{state_key}: {} child partition(s) did not finish; the next run runs them first", retry.len()),
            );
            return Ok(Outcome::Incomplete);
        }
        return Ok(Outcome::Complete);
    }
}

/// Runs child partitions, at most `--concurrency` at once; those that did not finish.
async fn run_children<C: Connector>(shared: &Shared<'_, C>, runs: Vec<ChildRun>) -> Vec<Retry> {
    let plan = shared.plan;
    let width = plan.args.concurrency.max(1);
    stream::iter(runs)
        .map(|(c, params, columns)| async move {
            let done = run_partition(shared, c, params.clone(), columns).await;
            (!done).then(|| Retry {
                stream: key_of(plan, c).to_string(),
                params,
            })
        })
        .buffer_unordered(width)
        .filter_map(futures::future::ready)
        .collect()
        .await
}

/// The records flattened since the last commit, and the rejections beside them.
#[derive(Default)]
struct Batch {
    /// The plan entry whose partition fills it.
    entry: usize,
    rows: Rows,
    rejects: Vec<(String, String)>,
    /// Records in `rows`.
    records: u64,
    /// Root keys of the records in `rows` (for streams with child tables).
    keys: HashSet<String>,
}

/// Commits `batch` (rows and rejections) and `updates` in one transaction.
async fn commit<C: Connector>(
    shared: &Shared<'_, C>,
    batch: &mut Batch,
    tally: &mut Tally,
    stream: &str,
    updates: &[(&str, Option<&str>)],
) -> Result<(), SyncError> {
    let sink_error = |source: SinkError| SyncError::Sink {
        stream: stream.to_string(),
        source,
        report: Box::default(),
    };
    // A `replace` stream saves no state nor position: each run reads it whole.
    let updates = if tally.stateless { &[][..] } else { updates };
    let rejected: Vec<(&str, &str, &str)> = batch
        .rejects
        .iter()
        .map(|(reason, raw)| (stream, reason.as_str(), raw.as_str()))
        .collect();
    if batch.rows.is_empty() && rejected.is_empty() && updates.is_empty() {
        return Ok(());
    }
    let tables = shared.connector.tables();
    for t in 0..batch.rows.table_count() {
        if let Some(c) = tables.get(t).and_then(TableSpec::run_id_column) {
            batch.rows.fill_column(t, c, &shared.run_id);
        }
    }
    let spec = &shared.plan.streams[shared.plan.entries[batch.entry].stream];
    let non_null = count_set(tables, spec, &batch.rows);
    let mut sink = shared.sink.lock().await;
    sink.commit(&batch.rows, &rejected, updates)
        .await
        .map_err(sink_error)?;
    add_counts(&mut tally.non_null, &non_null);
    tally.rejected += rejected.len() as u64;
    drop(sink);
    batch.rejects.clear();
    let counts: Vec<u64> = batch
        .rows
        .count_by_table()
        .into_iter()
        .map(|n| n as u64)
        .collect();
    add_counts(&mut tally.rows, &counts);
    if let Ok(mut committed) = shared.committed_rows.lock() {
        for (i, n) in batch.rows.count_by_table().into_iter().enumerate() {
            if committed.len() <= i {
                committed.resize(i + 1, 0);
            }
            committed[i] += n as u64;
        }
    }
    tally.records += batch.records;
    batch.records = 0;
    batch.rows.clear();
    batch.keys.clear();
    Ok(())
}

/// The versions (key and content hash) of an append stream's records at its newest cursor
/// value.
struct Edge {
    value: Option<String>,
    keys: HashSet<String>,
}

impl Edge {
    /// Keys kept at most: past this, the next run may store some of them again.
    const MAX_KEYS: usize = 10_000;

    fn see(&mut self, cursor: Option<&str>, key: Option<String>) {
        let (Some(c), Some(k)) = (cursor, key) else {
            return;
        };
        let order = self
            .value
            .as_deref()
            .map_or(std::cmp::Ordering::Greater, |v| compare_state(c, v));
        match order {
            std::cmp::Ordering::Greater => {
                self.value = Some(c.to_string());
                self.keys.clear();
                self.keys.insert(k);
            }
            std::cmp::Ordering::Equal => {
                self.keys.insert(k);
            }
            std::cmp::Ordering::Less => {}
        }
    }

    /// The keys as JSON, when there are few enough to keep.
    fn document(&self) -> Option<String> {
        if self.keys.is_empty() || self.keys.len() > Self::MAX_KEYS {
            return None;
        }
        let mut keys: Vec<&String> = self.keys.iter().collect();
        keys.sort();
        serde_json::to_string(&keys).ok()
    }
}

/// Per required column of `spec`'s checks: the rows of its root table in `rows` with a value.
fn count_set(tables: &[TableSpec], spec: &StreamSpec, rows: &Rows) -> Vec<u64> {
    let Some((&root, table)) = spec.tables.first().and_then(|t| Some((t, tables.get(*t)?))) else {
        return Vec::new();
    };
    spec.checks
        .required
        .iter()
        .map(|(name, _)| match table.column_index(name) {
            Some(c) => rows
                .table(root)
                .iter()
                .filter(|row| row.get(c).is_some_and(|cell| *cell != Cell::Null))
                .count() as u64,
            None => 0,
        })
        .collect()
}

/// A record's root key from its raw JSON (the primary key columns' fields), as one string.
fn raw_key(table: &TableSpec, record: &Value) -> Option<String> {
    if table.primary_key.is_empty() {
        return None;
    }
    let mut key = String::new();
    for name in table.primary_key {
        let column = &table.columns[table.column_index(name)?];
        let ColumnSource::Field(path) = column.source else {
            return None;
        };
        let value = path.iter().try_fold(record, |v, p| v.get(p))?;
        if value.is_null() {
            return None;
        }
        key.push_str(&value.to_string());
        key.push('\u{1f}');
    }
    Some(key)
}

/// [`note`], once per text in a run.
fn note_once<C: Connector>(shared: &Shared<'_, C>, text: String) {
    let first = shared
        .noted
        .lock()
        .map(|mut seen| seen.insert(text.clone()))
        .unwrap_or(false);
    if first {
        note(shared, text);
    }
}

fn note<C: Connector>(shared: &Shared<'_, C>, text: String) {
    tracing::warn!("{text}");
    if let Ok(mut notes) = shared.notes.lock() {
        if notes.len() < 100 {
            notes.push(text);
        } else if notes.len() == 100 {
            notes.push("(more notes left out)".into());
        }
    }
}

fn bump_progress<C: Connector>(shared: &Shared<'_, C>, records: u64) {
    if let Ok(mut p) = shared.progress.lock() {
        p.1 += records;
        p.2 += 1;
        let (records, pages) = (p.1, p.2);
        p.0.tick(records, pages, shared.start);
    }
}

fn key_of(plan: &SyncPlan, entry: usize) -> &'static str {
    plan.streams[plan.entries[entry].stream].name
}

/// The partitions of child entry `child` for one parent record (one, or one per fixed value
/// of its value lists), or the name of the field the record lacks.
fn child_params(
    plan: &SyncPlan,
    child: usize,
    record: &Value,
    parent_params: &[(String, String)],
) -> Result<Vec<Vec<(String, String)>>, String> {
    let spec = &plan.streams[plan.entries[child].stream];
    let mut base = Vec::new();
    for p in spec.partition {
        if let Some((_, v)) = plan.args.params.iter().find(|(k, _)| k == p.name) {
            base.push((p.name.to_string(), v.clone()));
            continue;
        }
        let value = match &p.source {
            ParamSource::Field(path) => {
                let mut at = record;
                for step in *path {
                    at = at.get(step).unwrap_or(&Value::Null);
                }
                // An expanded object (Stripe's expandable fields) stands for its id.
                if at.is_object() {
                    at = at.get("id").unwrap_or(&Value::Null);
                }
                at.to_cursor().ok_or_else(|| path.join("."))?
            }
            ParamSource::Inherit(name) => parent_params
                .iter()
                .chain(&plan.args.params)
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| (*name).to_string())?,
            ParamSource::Values(_) => continue,
        };
        base.push((p.name.to_string(), value));
    }
    // The --param values it takes are part of each partition too.
    let given = given_params(spec, &plan.args.params, &base);
    base.extend(given);
    // Fixed value lists multiply the partitions, as for a root stream.
    let mut out = vec![base];
    for p in spec.partition {
        if let ParamSource::Values(values) = p.source {
            if out[0].iter().any(|(k, _)| k == p.name) {
                continue;
            }
            out = out
                .into_iter()
                .flat_map(|partial| {
                    values.iter().map(move |v| {
                        let mut next = partial.clone();
                        next.push((p.name.to_string(), v.to_string()));
                        next
                    })
                })
                .collect();
        }
    }
    Ok(out)
}

/// The root-table cells a child partition's rows carry: its partition parameters.
fn child_columns(plan: &SyncPlan, child: usize, params: &[(String, String)]) -> Vec<(usize, Cell)> {
    let spec = &plan.streams[plan.entries[child].stream];
    spec.partition
        .iter()
        .filter_map(|p| {
            let column = p.column?;
            let value = params.iter().find(|(k, _)| k == p.name)?;
            Some((column, Cell::Text(value.1.clone())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_found_parsed_and_named_when_wrong() {
        let params = vec![
            ("customer".to_string(), "cus_1".to_string()),
            ("limit".to_string(), "50".to_string()),
            ("ids".to_string(), "[1, 2]".to_string()),
        ];
        assert_eq!(required_param(&params, "customer"), Ok("cus_1"));
        let missing = required_param(&params, "account").unwrap_err();
        assert_eq!(missing.to_string(), "this stream needs --param account=...");
        // JSON when it parses as such, else the text itself.
        assert_eq!(param_value::<i64>("limit", "50"), Ok(50));
        assert_eq!(param_value::<Vec<i64>>("ids", "[1, 2]"), Ok(vec![1, 2]));
        assert_eq!(
            param_value::<String>("customer", "cus_1"),
            Ok("cus_1".to_string())
        );
        assert_eq!(param_value::<String>("name", "42"), Ok("42".to_string()));
        let bad = param_value::<i64>("limit", "fifty").unwrap_err();
        assert!(
            matches!(&bad, OpenError::InvalidParam { param, value, .. } if param == "limit" && value == "fifty"),
            "{bad:?}"
        );
        assert!(
            bad.to_string().starts_with("--param limit=fifty: "),
            "{bad}"
        );
    }

    const fn spec(
        name: &'static str,
        parent: Option<&'static str>,
        partition: &'static [PartitionParam],
    ) -> StreamSpec {
        StreamSpec {
            name,
            enabled: true,
            tables: &[],
            parent,
            partition,
            needs: &[],
            accepts: &[],
            cursor: None,
            since_param: None,
            pagination: "",
            page_size: None,
            selected: false,
            reason: "",
            children_of_changed: false,
            write: WriteMode::Merge,
            contract: Contract::Evolve,
            lookback: None,
            checks: Checks::NONE,
        }
    }

    static SPECS: &[StreamSpec] = &[
        spec("owners", None, &[]),
        spec(
            "pets",
            Some("owners"),
            &[
                PartitionParam {
                    name: "owner",
                    source: ParamSource::Field(&["owner"]),
                    column: None,
                },
                PartitionParam {
                    name: "color",
                    source: ParamSource::Values(&["red", "blue"]),
                    column: Some(3),
                },
            ],
        ),
    ];

    #[test]
    fn child_partitions_from_a_record_and_value_lists() {
        let args = SyncArgs {
            all: true,
            ..SyncArgs::default()
        };
        let plan = SyncPlan::new(SPECS, &args).unwrap();
        let pets = plan.entries.iter().position(|e| e.stream == 1).unwrap();
        let p = |k: &str, v: &str| (k.to_string(), v.to_string());
        let parts = child_params(&plan, pets, &serde_json::json!({"owner": 7}), &[]).unwrap();
        assert_eq!(
            parts,
            vec![
                vec![p("owner", "7"), p("color", "red")],
                vec![p("owner", "7"), p("color", "blue")]
            ]
        );
        assert_eq!(
            child_columns(&plan, pets, &parts[1]),
            vec![(3, Cell::Text("blue".into()))]
        );
        // An expanded object stands for its id; a missing key is named.
        let parts = child_params(
            &plan,
            pets,
            &serde_json::json!({"owner": {"id": "o_1"}}),
            &[],
        )
        .unwrap();
        assert_eq!(parts[0][0], p("owner", "o_1"));
        assert_eq!(
            child_params(&plan, pets, &serde_json::json!({"name": "x"}), &[]).unwrap_err(),
            "owner"
        );
    }

    #[test]
    fn keys_and_shards() {
        assert_eq!(partition_key("s", &[]), "s");
        assert_eq!(
            partition_key("s", &[("b".into(), "x&y".into()), ("a".into(), "1".into())]),
            "s?a=1&b=x%26y"
        );
        let keys: Vec<String> = (0..200).map(|i| format!("c?id={i}")).collect();
        let owned = |k: u32| {
            keys.iter()
                .filter(|key| shard_owns(Some((k, 3)), key))
                .count()
        };
        assert_eq!(owned(1) + owned(2) + owned(3), 200);
        assert!(owned(1) > 30 && owned(2) > 30 && owned(3) > 30);
        assert!(keys
            .iter()
            .all(|k| shard_owns(None, k) && shard_owns(Some((1, 1)), k)));
        // Stable across builds: a fixed value.
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
