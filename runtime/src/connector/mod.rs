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
//! - **Concurrency.** Root partitions (streams, fixed values) are spread over up to one
//!   thread per core, each running several at once; a partition's children run beside it on
//!   its thread. A semaphore bounds the pages in flight across all of them, so one rate
//!   limiter, retry budget and connection pool serve the whole run. The sink is shared
//!   behind a lock (one writer).
//! - **Shards.** `--shard K/N` keeps the partitions whose key hashes to K: N workers against
//!   one destination split a run without overlap. Parents are read by every worker that
//!   owns some of their children, and loaded only by the worker owning them.
//!
//! Here: the stream descriptions and the [`Connector`] trait. `plan` chooses what a run covers
//! (selection, `--list`, partition keys, shards), `run` runs the streams and their
//! partitions, `pages` is one partition's page loop, `batches` commits rows with positions.

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

mod batches;
mod pages;
mod plan;
mod run;
#[cfg(test)]
mod tests;

use batches::*;
use pages::*;
use plan::*;
pub use plan::{list_streams, partition_key, shard_owns, SyncPlan};
pub(crate) use run::load_streams;
use run::*;

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
