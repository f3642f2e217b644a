//! The run log's tables in SQL (`_apitap_runs`, `_apitap_run_streams`): their DDL, their
//! rows as text values, and the query that reads them back, shared by SQLite and PostgreSQL.
//! Every value is bound as text and cast by the database, as the data tables are.

use crate::ddl::{quote_ident, Dialect};
use crate::runlog::{stream_json, stream_status, RUNS_TABLE, RUN_STREAMS_TABLE};
use crate::sync::{StreamReport, SyncReport};

/// A column's kind, typed per dialect.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Int,
    Real,
    Time,
    Json,
}

fn type_name(kind: Kind, dialect: Dialect) -> &'static str {
    match (kind, dialect) {
        (Kind::Text, _) => "TEXT",
        (Kind::Int, Dialect::Sqlite) => "INTEGER",
        (Kind::Int, Dialect::Postgres) => "BIGINT",
        (Kind::Real, Dialect::Sqlite) => "REAL",
        (Kind::Real, Dialect::Postgres) => "DOUBLE PRECISION",
        (Kind::Time | Kind::Json, Dialect::Sqlite) => "TEXT",
        (Kind::Time, Dialect::Postgres) => "TIMESTAMPTZ",
        (Kind::Json, Dialect::Postgres) => "JSONB",
    }
}

const RUN_COLUMNS: &[(&str, Kind)] = &[
    ("run_id", Kind::Text),
    ("connector", Kind::Text),
    ("version", Kind::Text),
    ("spec_sha256", Kind::Text),
    ("started", Kind::Time),
    ("finished", Kind::Time),
    ("status", Kind::Text),
    ("exit_code", Kind::Int),
    ("shard", Kind::Text),
    ("records", Kind::Int),
    ("rejected", Kind::Int),
    ("requests", Kind::Int),
    ("error", Kind::Text),
];

const STREAM_COLUMNS: &[(&str, Kind)] = &[
    ("run_id", Kind::Text),
    ("stream", Kind::Text),
    ("status", Kind::Text),
    ("loaded", Kind::Int),
    ("records", Kind::Int),
    ("rows", Kind::Json),
    ("rejected", Kind::Int),
    ("pages", Kind::Int),
    ("partitions", Kind::Int),
    ("requests", Kind::Int),
    ("failed_requests", Kind::Int),
    ("retries_429", Kind::Int),
    ("retries_5xx", Kind::Int),
    ("retries_transport", Kind::Int),
    ("retries_timeout", Kind::Int),
    ("retries_other", Kind::Int),
    ("latency_p50_ms", Kind::Real),
    ("latency_p95_ms", Kind::Real),
    ("latency_max_ms", Kind::Real),
    ("bytes", Kind::Int),
    ("drift", Kind::Json),
    ("migrations", Kind::Json),
    ("state_before", Kind::Text),
    ("state_after", Kind::Text),
    ("newest", Kind::Text),
    ("checks", Kind::Json),
    ("error", Kind::Text),
];

fn create(name: &str, columns: &[(&str, Kind)], key: &str, dialect: Dialect) -> String {
    let cols: Vec<String> = columns
        .iter()
        .map(|(c, k)| format!("    {} {}", quote_ident(c), type_name(*k, dialect)))
        .collect();
    format!(
        "CREATE TABLE IF NOT EXISTS {} (\n{},\n    PRIMARY KEY ({key})\n);\n",
        quote_ident(name),
        cols.join(",\n")
    )
}

/// The DDL of the run log.
pub(crate) fn ddl(dialect: Dialect) -> String {
    create(RUNS_TABLE, RUN_COLUMNS, "\"run_id\"", dialect)
        + &create(
            RUN_STREAMS_TABLE,
            STREAM_COLUMNS,
            "\"run_id\", \"stream\"",
            dialect,
        )
}

/// `INSERT` of a whole row of `columns` into `table`, upserting on `key`; placeholders from
/// `placeholder(i, cast)` (`cast` is the PostgreSQL type to cast the text to).
fn upsert(
    table: &str,
    columns: &[(&str, Kind)],
    key: &[&str],
    placeholder: impl Fn(usize, &str) -> String,
) -> String {
    let names: Vec<String> = columns.iter().map(|(c, _)| quote_ident(c)).collect();
    let values: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, (_, k))| placeholder(i, type_name(*k, Dialect::Postgres)))
        .collect();
    let updates: Vec<String> = columns
        .iter()
        .filter(|(c, _)| !key.contains(c))
        .map(|(c, _)| format!("{0} = excluded.{0}", quote_ident(c)))
        .collect();
    let key: Vec<String> = key.iter().map(|k| quote_ident(k)).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {}",
        quote_ident(table),
        names.join(", "),
        values.join(", "),
        key.join(", "),
        updates.join(", ")
    )
}

/// Upsert of a run's row.
pub(crate) fn run_upsert(placeholder: impl Fn(usize, &str) -> String) -> String {
    upsert(RUNS_TABLE, RUN_COLUMNS, &["run_id"], placeholder)
}

/// Upsert of a stream's row.
pub(crate) fn stream_upsert(placeholder: impl Fn(usize, &str) -> String) -> String {
    upsert(
        RUN_STREAMS_TABLE,
        STREAM_COLUMNS,
        &["run_id", "stream"],
        placeholder,
    )
}

fn text(v: impl ToString) -> Option<String> {
    Some(v.to_string())
}

/// The run's row: `running` (no `finished`) when `finished` is false.
pub(crate) fn run_values(r: &SyncReport, finished: bool) -> Vec<Option<String>> {
    let (status, exit, end) = if finished {
        (
            r.status.as_str(),
            text(r.status.exit_code()),
            Some(r.finished.clone()),
        )
    } else {
        ("running", None, None)
    };
    vec![
        text(&r.run_id),
        text(r.identity.connector),
        text(r.identity.version),
        text(r.identity.spec_sha256()),
        text(&r.started),
        end,
        text(status),
        exit,
        r.shard.map(|(k, n)| format!("{k}/{n}")),
        text(r.records),
        text(r.rejected),
        text(r.requests),
        r.error.clone(),
    ]
}

/// A stream's row of run `run_id`.
pub(crate) fn stream_values(run_id: &str, s: &StreamReport) -> Vec<Option<String>> {
    let json = stream_json(s);
    let q = &s.requests;
    let ms = |v: Option<f64>| v.map(|v| v.to_string());
    vec![
        text(run_id),
        text(&s.name),
        text(stream_status(s)),
        text(u8::from(s.loaded)),
        text(s.records),
        text(&json["rows"]),
        text(s.rejected),
        text(s.pages),
        text(s.partitions),
        text(q.requests),
        text(q.failed),
        text(q.retries_429),
        text(q.retries_5xx),
        text(q.retries_transport),
        text(q.retries_timeout),
        text(q.retries_other),
        ms(q.latency_ms(0.5)),
        ms(q.latency_ms(0.95)),
        ms(q.latency_ms(1.0)),
        text(q.bytes),
        text(&json["drift"]),
        text(&json["migrations"]),
        s.state_before.clone(),
        s.state.clone(),
        s.newest.clone(),
        text(&json["checks"]),
        s.error.clone(),
    ]
}

/// The stream rows of the last runs, newest first, with their run's start and status, as
/// text (`started` in RFC 3339 in both dialects); at most `limit` rows.
pub(crate) fn history_query(dialect: Dialect, limit: usize) -> String {
    let started = match dialect {
        Dialect::Sqlite => "r.\"started\"".to_string(),
        Dialect::Postgres => {
            "to_char(r.\"started\" AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')".into()
        }
    };
    format!(
        "SELECT s.\"run_id\", {started}, r.\"status\", s.\"stream\", s.\"status\", s.\"records\", \
         s.\"newest\", CAST(s.\"checks\" AS TEXT), s.\"error\", s.\"loaded\" \
         FROM {} s JOIN {} r ON r.\"run_id\" = s.\"run_id\" \
         ORDER BY r.\"started\" DESC, s.\"run_id\" DESC LIMIT {limit}",
        quote_ident(RUN_STREAMS_TABLE),
        quote_ident(RUNS_TABLE)
    )
}
