//! SQLite sink: the embedded default destination.
//!
//! Throughput comes from three things: one transaction per batch, prepared statements cached
//! on the connection and bound cell by cell without building parameter vectors (text is bound
//! borrowed), and WAL with `synchronous=NORMAL` (durable at checkpoints, never corrupt).
//! SQLite calls run on the calling task: a batch is local, short work, and the driver awaits
//! writes one after another anyway, so a thread hop would only add a copy of every batch.

use std::path::PathBuf;

use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{params, Connection, OptionalExtension, ToSql, TransactionBehavior};

use super::plan::Plan;
use super::sql::{insert_sql, internal_ddl};
use super::{SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{ddl_where, quote_ident, Dialect};
use crate::rows::{iso_utc, now_iso, Cell, Rows, TableSpec};

/// Writes into a SQLite database file (see [`crate::Sink`] for the load semantics).
#[derive(Debug)]
pub struct SqliteSink {
    conn: Connection,
    label: String,
    plan: Plan,
    /// Per table: its INSERT (upsert when it has a primary key).
    insert: Vec<String>,
    /// Per root table: `(descendant, DELETE ... WHERE root key)` statements.
    delete: Vec<Vec<(usize, String)>>,
}

/// Binds a cell without copying its text.
struct Bind<'a>(&'a Cell);

impl ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Cell::Null => ToSqlOutput::Owned(Value::Null),
            Cell::Bool(b) => ToSqlOutput::Owned(Value::Integer(i64::from(*b))),
            Cell::Int(n) => ToSqlOutput::Owned(Value::Integer(*n)),
            Cell::Float(f) => ToSqlOutput::Owned(Value::Real(*f)),
            Cell::Text(s) | Cell::Json(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Cell::UnixTime(t) => ToSqlOutput::Owned(Value::Text(iso_utc(*t))),
        })
    }
}

impl SqliteSink {
    pub(crate) fn open(path: PathBuf, label: String, plan: Plan) -> Result<Self, SinkError> {
        let db = |context: &str| {
            let label = label.clone();
            let context = context.to_string();
            move |e: rusqlite::Error| SinkError::Database {
                destination: label,
                context,
                message: e.to_string(),
            }
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|source| SinkError::Io {
                destination: label.clone(),
                context: format!("creating directory {}", parent.display()),
                source,
            })?;
        }
        let conn = Connection::open(&path).map_err(db("opening the database"))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db("setting busy_timeout"))?;
        conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
            .map_err(db("enabling WAL"))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL;")
            .map_err(db("setting synchronous=NORMAL"))?;
        let schema = ddl_where(plan.tables, Dialect::Sqlite, |i| plan.active[i]) + &internal_ddl();
        conn.execute_batch(&schema).map_err(db("creating tables"))?;
        conn.set_prepared_statement_cache_capacity(32 + plan.tables.len() * 4);
        let insert = plan
            .tables
            .iter()
            .map(|t| insert_sql(t, |i| format!("?{}", i + 1)))
            .collect();
        let delete = plan
            .descendants
            .iter()
            .map(|ds| {
                ds.iter()
                    .map(|d| {
                        let table = &plan.tables[d.table];
                        let conds: Vec<String> = d
                            .key_columns
                            .iter()
                            .enumerate()
                            .map(|(i, &c)| {
                                format!("{} = ?{}", quote_ident(table.columns[c].name), i + 1)
                            })
                            .collect();
                        let sql = format!(
                            "DELETE FROM {} WHERE {}",
                            quote_ident(table.name),
                            conds.join(" AND ")
                        );
                        (d.table, sql)
                    })
                    .collect()
            })
            .collect();
        Ok(SqliteSink {
            conn,
            label,
            plan,
            insert,
            delete,
        })
    }

    pub(crate) fn destination(&self) -> &str {
        &self.label
    }

    pub(crate) fn tables(&self) -> &'static [TableSpec] {
        self.plan.tables
    }

    fn error(&self, context: String) -> impl Fn(rusqlite::Error) -> SinkError + '_ {
        move |e| SinkError::Database {
            destination: self.label.clone(),
            context: context.clone(),
            message: e.to_string(),
        }
    }

    pub(crate) fn write(
        &mut self,
        rows: &Rows,
        rejected: &[super::Rejected<'_>],
        states: &[super::StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        self.plan.check(rows, &self.label)?;
        let label = self.label.clone();
        let fail = |context: String| {
            let label = label.clone();
            move |e: rusqlite::Error| SinkError::Database {
                destination: label,
                context,
                message: e.to_string(),
            }
        };
        let tables = self.plan.tables;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail("starting a transaction".into()))?;
        for (root, key) in self.plan.root_keys(rows) {
            for (child, sql) in &self.delete[root] {
                let context = || format!("replacing children in table `{}`", tables[*child].name);
                let mut stmt = tx.prepare_cached(sql).map_err(fail(context()))?;
                for (i, cell) in key.iter().enumerate() {
                    stmt.raw_bind_parameter(i + 1, Bind(cell))
                        .map_err(fail(context()))?;
                }
                stmt.raw_execute().map_err(fail(context()))?;
            }
        }
        for (index, table) in tables.iter().enumerate() {
            let table_rows = rows.table(index);
            if table_rows.is_empty() {
                continue;
            }
            let context = || format!("writing table `{}`", table.name);
            let mut stmt = tx
                .prepare_cached(&self.insert[index])
                .map_err(fail(context()))?;
            for row in table_rows {
                for (i, cell) in row.iter().enumerate() {
                    stmt.raw_bind_parameter(i + 1, Bind(cell))
                        .map_err(fail(context()))?;
                }
                stmt.raw_execute().map_err(fail(context()))?;
            }
        }
        if !rejected.is_empty() {
            let now = now_iso();
            let mut stmt = tx
                .prepare_cached(&format!(
                    "INSERT INTO {} (\"stream\", \"reason\", \"raw\", \"rejected_at\") VALUES (?1, ?2, ?3, ?4)",
                    quote_ident(REJECTED_TABLE)
                ))
                .map_err(fail(format!("writing table `{REJECTED_TABLE}`")))?;
            for (stream, reason, raw) in rejected {
                stmt.execute(params![stream, reason, raw, now])
                    .map_err(fail(format!("writing table `{REJECTED_TABLE}`")))?;
            }
        }
        for (stream, value) in states {
            let saved = match value {
                Some(value) => tx
                    .prepare_cached(&format!(
                        "INSERT INTO {} (\"stream\", \"value\", \"updated_at\") VALUES (?1, ?2, ?3) \
                         ON CONFLICT (\"stream\") DO UPDATE SET \"value\" = excluded.\"value\", \"updated_at\" = excluded.\"updated_at\"",
                        quote_ident(STATE_TABLE)
                    ))
                    .and_then(|mut s| s.execute(params![stream, value, now_iso()])),
                None => tx
                    .prepare_cached(&format!(
                        "DELETE FROM {} WHERE \"stream\" = ?1",
                        quote_ident(STATE_TABLE)
                    ))
                    .and_then(|mut s| s.execute(params![stream])),
            };
            saved.map_err(fail(format!("saving state of stream `{stream}`")))?;
        }
        tx.commit().map_err(fail("committing".into()))
    }

    pub(crate) fn reject(
        &mut self,
        stream: &str,
        reason: &str,
        raw: &str,
    ) -> Result<(), SinkError> {
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO {} (\"stream\", \"reason\", \"raw\", \"rejected_at\") VALUES (?1, ?2, ?3, ?4)",
                quote_ident(REJECTED_TABLE)
            ))
            .and_then(|mut s| s.execute(params![stream, reason, raw, now_iso()]))
            .map(|_| ())
            .map_err(self.error(format!("writing table `{REJECTED_TABLE}`")))
    }

    pub(crate) fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
        self.conn
            .query_row(
                &format!(
                    "SELECT \"value\" FROM {} WHERE \"stream\" = ?1",
                    quote_ident(STATE_TABLE)
                ),
                [stream],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()
            .map(Option::flatten)
            .map_err(self.error(format!("reading state of stream `{stream}`")))
    }

    pub(crate) fn finish(self) -> Result<(), SinkError> {
        let label = self.label;
        self.conn.close().map_err(|(_, e)| SinkError::Database {
            destination: label,
            context: "closing".into(),
            message: e.to_string(),
        })
    }
}
