//! Destinations for flattened rows: JSON Lines and CSV files, SQLite, PostgreSQL.
//!
//! [`Sink`] is an enum rather than a `dyn` async trait so calls need no boxed futures and
//! backends compiled out by features simply have no variant. Database sinks are idempotent
//! (root rows upserted by primary key, a re-loaded record's children replaced) and keep the
//! incremental state in the same transaction as the rows it describes; file sinks are
//! append-only logs.

mod files;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod migrate;
#[cfg(feature = "parquet")]
mod parquet;
#[cfg(feature = "postgres")]
mod pg_connect;
mod plan;
#[cfg(feature = "postgres")]
mod postgres;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod runlog_sql;
#[cfg(any(feature = "sqlite", feature = "postgres"))]
mod sql;
#[cfg(feature = "sqlite")]
mod sqlite;

use std::path::PathBuf;

use crate::rows::{Rows, TableSpec};
use crate::runlog::StreamRunRow;
use crate::sync::SyncReport;

pub use files::{CsvSink, JsonLinesSink};
#[cfg(feature = "parquet")]
pub use parquet::ParquetSink;
#[cfg(feature = "postgres")]
pub use pg_connect::{connect_postgres, SslMode};
#[cfg(feature = "postgres")]
pub use postgres::PostgresSink;
#[cfg(feature = "sqlite")]
pub use sqlite::SqliteSink;

/// Name of the table (or file stem) holding records that failed validation.
pub const REJECTED_TABLE: &str = "_rejected";
/// Name of the table (or file stem) holding incremental state per stream.
pub const STATE_TABLE: &str = "_apitap_state";

/// Why a sink could not open or write. Messages name the destination (a PostgreSQL URL
/// without its password) and the table or column concerned.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SinkError {
    /// The destination string is not one this build understands.
    #[error("unsupported destination `{destination}`: {message}")]
    Destination {
        /// The destination as given (password removed).
        destination: String,
        /// What is accepted.
        message: String,
    },
    /// The table list is inconsistent (a key column or parent table that does not exist).
    #[error("{destination}: table `{table}`: {message}")]
    Schema {
        /// Destination.
        destination: String,
        /// Table concerned.
        table: String,
        /// What is wrong.
        message: String,
    },
    /// A row does not fit its table (unknown table index, wrong number of cells, a value the
    /// column cannot hold).
    #[error("{destination}: {context}: {message}")]
    Data {
        /// Destination.
        destination: String,
        /// Table and, when known, column.
        context: String,
        /// What is wrong.
        message: String,
    },
    /// Reading or writing a file failed.
    #[error("{destination}: {context}: {source}")]
    Io {
        /// Destination.
        destination: String,
        /// What was being done (names the file).
        context: String,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The database refused a statement or the connection failed.
    #[error("{destination}: {context}: {message}")]
    Database {
        /// Destination.
        destination: String,
        /// What was being done (names the table, and the column when known).
        context: String,
        /// The database's message.
        message: String,
    },
}

/// A state key and its new value (`None` removes the key), applied by [`Sink::commit`].
pub type StateUpdate<'a> = (&'a str, Option<&'a str>);

/// A record that failed validation: stream, reason, raw JSON (see [`Sink::reject`]).
pub type Rejected<'a> = (&'a str, &'a str, &'a str);

/// Where flattened rows go. Open one with [`Sink::open`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Sink {
    /// `jsonl:DIR`: one `<table>.jsonl` per table.
    JsonLines(JsonLinesSink),
    /// `csv:DIR`: one `<table>.csv` per table.
    Csv(CsvSink),
    /// `sqlite:PATH`.
    #[cfg(feature = "sqlite")]
    Sqlite(SqliteSink),
    /// `postgres://...` or `postgresql://...`.
    #[cfg(feature = "postgres")]
    Postgres(PostgresSink),
    /// `parquet:DIR`: files per table and run, for warehouses and lakes.
    #[cfg(feature = "parquet")]
    Parquet(ParquetSink),
}

/// Runs the same method on whichever backend this is.
macro_rules! dispatch {
    ($self:expr, $s:ident => $call:expr) => {
        match $self {
            Sink::JsonLines($s) => $call,
            Sink::Csv($s) => $call,
            #[cfg(feature = "sqlite")]
            Sink::Sqlite($s) => $call,
            #[cfg(feature = "postgres")]
            Sink::Postgres($s) => $call,
            #[cfg(feature = "parquet")]
            Sink::Parquet($s) => $call,
        }
    };
}

impl Sink {
    /// Opens `destination` for `tables`, creating the tables (database sinks) or the
    /// directory (file sinks) if missing:
    /// `sqlite:PATH`, `postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=...]` (or
    /// `postgresql://`), `jsonl:DIR`, `csv:DIR`, `parquet:DIR`. A `//` after `sqlite:`,
    /// `jsonl:`, `csv:` or `parquet:` is ignored, so `sqlite:///abs/path.db` is an absolute
    /// path.
    pub async fn open(destination: &str, tables: &'static [TableSpec]) -> Result<Sink, SinkError> {
        Sink::open_for(destination, tables, None).await
    }

    /// [`Sink::open`] for the tables at `only` (and their child tables): the others are not
    /// created and cannot be written. `None` means every table.
    pub async fn open_for(
        destination: &str,
        tables: &'static [TableSpec],
        only: Option<&[usize]>,
    ) -> Result<Sink, SinkError> {
        Sink::open_with(destination, tables, only, None).await
    }

    /// [`Sink::open_for`], with a PostgreSQL password from the environment variable
    /// `password_env` when the URL has none (else `PGPASSWORD` is read).
    pub async fn open_with(
        destination: &str,
        tables: &'static [TableSpec],
        only: Option<&[usize]>,
        password_env: Option<&str>,
    ) -> Result<Sink, SinkError> {
        let _ = password_env;
        let label = redact(destination);
        let plan = |label: &str| -> Result<plan::Plan, SinkError> {
            let mut plan = plan::Plan::new(tables, label)?;
            if let Some(only) = only {
                plan.restrict(only, label)?;
            }
            Ok(plan)
        };
        if is_postgres(destination) {
            #[cfg(feature = "postgres")]
            {
                let plan = plan(&label)?;
                return Ok(Sink::Postgres(
                    PostgresSink::open(destination, label, plan, password_env).await?,
                ));
            }
            #[cfg(not(feature = "postgres"))]
            return Err(SinkError::Destination {
                destination: label,
                message:
                    "this connector was built without the `postgres` feature of apitap-runtime"
                        .into(),
            });
        }
        if let Some(path) = destination.strip_prefix("sqlite:") {
            let _path = file_path(path);
            #[cfg(feature = "sqlite")]
            {
                let plan = plan(&label)?;
                return Ok(Sink::Sqlite(SqliteSink::open(_path, label, plan)?));
            }
            #[cfg(not(feature = "sqlite"))]
            return Err(SinkError::Destination {
                destination: label,
                message: "this connector was built without the `sqlite` feature of apitap-runtime"
                    .into(),
            });
        }
        if let Some(dir) = destination.strip_prefix("jsonl:") {
            let plan = plan(&label)?;
            return Ok(Sink::JsonLines(JsonLinesSink::open(
                file_path(dir),
                label,
                plan,
            )?));
        }
        if let Some(dir) = destination.strip_prefix("csv:") {
            let plan = plan(&label)?;
            return Ok(Sink::Csv(CsvSink::open(file_path(dir), label, plan)?));
        }
        if let Some(rest) = destination.strip_prefix("parquet:") {
            let (_dir, _options) = rest.split_once('?').unwrap_or((rest, ""));
            #[cfg(feature = "parquet")]
            {
                let plan = plan(&label)?;
                return Ok(Sink::Parquet(ParquetSink::open(
                    file_path(_dir),
                    _options,
                    label,
                    plan,
                )?));
            }
            #[cfg(not(feature = "parquet"))]
            return Err(SinkError::Destination {
                destination: label,
                message: "this connector was built without the `parquet` feature".into(),
            });
        }
        Err(SinkError::Destination {
            destination: label,
            message:
                "expected sqlite:PATH, postgres://USER@HOST/DB, jsonl:DIR, csv:DIR or parquet:DIR"
                    .into(),
        })
    }

    /// The destination, safe to print (no password).
    pub fn destination(&self) -> &str {
        dispatch!(self, s => s.destination())
    }

    /// The tables this sink was opened for.
    pub fn tables(&self) -> &'static [TableSpec] {
        dispatch!(self, s => s.tables())
    }

    /// Loads one batch. Database sinks: one transaction; root rows upserted by primary key;
    /// for every root row, the stored children of that record are deleted before the batch's
    /// children are inserted, so re-loading never duplicates and replaces children. File
    /// sinks append (they are logs, not upserted).
    pub async fn write(&mut self, rows: &Rows) -> Result<(), SinkError> {
        self.write_with_state(rows, "", None).await
    }

    /// [`Sink::write`], and records `state` for `stream` in the same transaction, so the
    /// stored state never runs ahead of the stored rows. File sinks write the state file
    /// (atomically, by rename) after flushing the rows.
    pub async fn write_with_state(
        &mut self,
        rows: &Rows,
        stream: &str,
        state: Option<&str>,
    ) -> Result<(), SinkError> {
        match state {
            Some(value) => self.commit(rows, &[], &[(stream, Some(value))]).await,
            None => self.commit(rows, &[], &[]).await,
        }
    }

    /// Loads `rows`, keeps `rejected` records and applies `states` (key and value; `None`
    /// removes the key) in one transaction: the general form of
    /// [`Sink::write_with_state`], used to save a stream's page position with the rows and
    /// rejections of the pages it covers, and to drop it when the stream completes. File
    /// sinks write the rows, then the rejections, then the state file.
    pub async fn commit(
        &mut self,
        rows: &Rows,
        rejected: &[Rejected<'_>],
        states: &[StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.write(rows, rejected, states),
            Sink::Csv(s) => s.write(rows, rejected, states),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.write(rows, rejected, states),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.write(rows, rejected, states).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.write(rows, rejected, states),
        }
    }

    /// Keeps a record that failed validation: table `_rejected(stream, reason, raw,
    /// rejected_at)` or file `_rejected.jsonl`.
    pub async fn reject(&mut self, stream: &str, reason: &str, raw: &str) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.reject(stream, reason, raw),
            Sink::Csv(s) => s.reject(stream, reason, raw),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.reject(stream, reason, raw),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.reject(stream, reason, raw).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.reject(stream, reason, raw),
        }
    }

    /// The incremental state last saved for `stream`, if any.
    pub async fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
        match self {
            Sink::JsonLines(s) => s.load_state(stream),
            Sink::Csv(s) => s.load_state(stream),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.load_state(stream),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.load_state(stream).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.load_state(stream),
        }
    }

    /// Saves the incremental state of `stream` on its own; prefer
    /// [`Sink::write_with_state`] so rows and state commit together.
    pub async fn save_state(&mut self, stream: &str, value: &str) -> Result<(), SinkError> {
        self.write_with_state(&Rows::new(), stream, Some(value))
            .await
    }

    /// What opening changed in existing tables or files so this crate's tables fit
    /// (columns added or widened, a new file version), one line each for the run summary.
    pub fn migrations(&self) -> &[String] {
        dispatch!(self, s => s.migrations())
    }

    /// What the sink noticed while loading that the owner should know (Parquet: values kept
    /// in `_extra` because their column's type could not hold them).
    pub fn notes(&self) -> Vec<String> {
        match self {
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.notes(),
            _ => Vec::new(),
        }
    }

    /// From now on, loads the rows of `tables` (indices) into empty staging copies, which
    /// [`Sink::swap`] puts in place of the tables: a `replace` stream's full refresh.
    pub async fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.stage(tables),
            Sink::Csv(s) => s.stage(tables),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.stage(tables),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.stage(tables).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.stage(tables),
        }
    }

    /// Replaces the rows of `tables` with their staging copies (one transaction in a
    /// database, a rename per file), so rows the source no longer has are gone.
    pub async fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.swap(tables),
            Sink::Csv(s) => s.swap(tables),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.swap(tables),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.swap(tables).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.swap(tables),
        }
    }

    /// Drops the staging copies of `tables` without swapping them in: a `replace` stream
    /// that did not complete leaves its tables as the last complete run left them.
    pub async fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.discard(tables),
            Sink::Csv(s) => s.discard(tables),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.discard(tables),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.discard(tables).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.discard(tables),
        }
    }

    /// Writes the row of a run that starts (`running`): a run that dies stays so in the log.
    /// File destinations write their run log when the run ends.
    pub async fn begin_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(_) | Sink::Csv(_) => {
                let _ = report;
                Ok(())
            }
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.begin_run(report),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.begin_run(report).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => {
                s.begin_run(report);
                Ok(())
            }
        }
    }

    /// Writes the run's row, finished, and a row per stream: `_apitap_runs` and
    /// `_apitap_run_streams` in a database (one transaction), a line of
    /// `_apitap_runs.jsonl` beside files.
    pub async fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.record_run(report),
            Sink::Csv(s) => s.record_run(report),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.record_run(report),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.record_run(report).await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.record_run(report),
        }
    }

    /// The streams of the last runs in the run log, newest first (at most `limit` rows).
    pub async fn run_history(&mut self, limit: usize) -> Result<Vec<StreamRunRow>, SinkError> {
        let mut rows = match self {
            Sink::JsonLines(s) => s.run_history()?,
            Sink::Csv(s) => s.run_history()?,
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.run_history(limit)?,
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.run_history(limit).await?,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.run_history()?,
        };
        rows.truncate(limit);
        Ok(rows)
    }

    /// Flushes files or closes the connection, reporting errors a drop would swallow.
    pub async fn finish(self) -> Result<(), SinkError> {
        match self {
            Sink::JsonLines(s) => s.finish(),
            Sink::Csv(s) => s.finish(),
            #[cfg(feature = "sqlite")]
            Sink::Sqlite(s) => s.finish(),
            #[cfg(feature = "postgres")]
            Sink::Postgres(s) => s.finish().await,
            #[cfg(feature = "parquet")]
            Sink::Parquet(s) => s.finish(),
        }
    }
}

/// A path after its scheme, with an optional `//` removed (`sqlite:///tmp/a.db`).
fn file_path(rest: &str) -> PathBuf {
    PathBuf::from(rest.strip_prefix("//").unwrap_or(rest))
}

/// `destination` without a password or query string (which may carry `password=`), so it
/// can appear in messages and logs.
pub(crate) fn redact(destination: &str) -> String {
    let Some((scheme, rest)) = destination.split_once("://") else {
        return destination.to_string();
    };
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or("");
            format!("{user}@{host}")
        }
        None => authority.to_string(),
    };
    format!("{scheme}://{authority}{path}")
}

/// A finite float as JSON number text (`1e300`, `0.1`); `None` for NaN and infinities.
pub(crate) fn float_text(f: f64) -> Option<String> {
    serde_json::Number::from_f64(f).map(|n| n.to_string())
}

/// Whether `destination` names a PostgreSQL server (`postgres://` or `postgresql://`).
pub(crate) fn is_postgres(destination: &str) -> bool {
    destination.starts_with("postgres://") || destination.starts_with("postgresql://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://u:secret@h:5432/db?password=x&sslmode=disable"),
            "postgres://u@h:5432/db"
        );
        assert_eq!(redact("postgresql://h/db"), "postgresql://h/db");
        assert_eq!(redact("postgres://u:p@w:rd@h/db"), "postgres://u@h/db");
        assert_eq!(redact("sqlite:a.db"), "sqlite:a.db");
    }

    #[tokio::test]
    async fn unknown_destination() {
        let err = Sink::open("mysql://u:pw@h/db", &[]).await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("mysql://u@h/db"), "{text}");
        assert!(!text.contains("pw"), "{text}");
    }
}
