//! SQLite sink: the embedded default destination.
//!
//! Throughput comes from three things: one transaction per batch, prepared statements cached
//! on the connection and bound cell by cell without building parameter vectors (text is bound
//! borrowed), and WAL with `synchronous=NORMAL` (durable at checkpoints, never corrupt).
//! SQLite calls run on the calling task: a batch is local, short work, and the driver awaits
//! writes one after another anyway, so a thread hop would only add a copy of every batch.

use std::path::PathBuf;

use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{
    params, params_from_iter, Connection, OptionalExtension, ToSql, TransactionBehavior,
};

use super::migrate::{self, Change, Existing};
use super::plan::Plan;
use super::runlog_sql;
use super::sql::{delete_sql, insert_sql, internal_ddl, staging_name, staging_suffix, swap_sql};
use super::{SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{create_table, ddl_where, quote_ident, type_name, Dialect};
use crate::rows::{iso_utc, now_iso, Cell, Rows, SqlType, TableSpec};
use crate::runlog::{StreamRunRow, RUNS_TABLE, RUN_STREAMS_TABLE};
use crate::sync::SyncReport;

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
    /// Per table: loading into its staging copy (a `replace` stream's run).
    staged: Vec<bool>,
    /// What opening changed in existing tables.
    migrations: Vec<String>,
    /// This sink's suffix of staging table names.
    stage_suffix: String,
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
        let mut conn = conn;
        let migrations = Self::create_or_migrate(&mut conn, &plan, &label)?;
        conn.set_prepared_statement_cache_capacity(32 + plan.tables.len() * 4);
        let insert = plan
            .tables
            .iter()
            .map(|t| insert_sql(t, t.name, |i| format!("?{}", i + 1)))
            .collect();
        let delete = Self::deletes(&plan, |i| plan.tables[i].name.to_string());
        let staged = vec![false; plan.tables.len()];
        Ok(SqliteSink {
            conn,
            label,
            plan,
            insert,
            delete,
            staged,
            migrations,
            stage_suffix: staging_suffix(),
        })
    }

    /// Per root table, the statements deleting a re-loaded record's children from the
    /// tables named by `name`.
    fn deletes(plan: &Plan, name: impl Fn(usize) -> String) -> Vec<Vec<(usize, String)>> {
        plan.descendants
            .iter()
            .map(|ds| {
                ds.iter()
                    .map(|d| {
                        let table = &plan.tables[d.table];
                        let sql = delete_sql(table, &name(d.table), &d.key_columns, |i, _| {
                            format!("?{}", i + 1)
                        });
                        (d.table, sql)
                    })
                    .collect()
            })
            .collect()
    }

    /// Creates the missing tables and brings the existing ones to the plan, in one
    /// transaction; what changed, for the run summary.
    fn create_or_migrate(
        conn: &mut Connection,
        plan: &Plan,
        label: &str,
    ) -> Result<Vec<String>, SinkError> {
        let fail = |context: String| {
            let label = label.to_string();
            move |e: rusqlite::Error| SinkError::Database {
                destination: label,
                context,
                message: e.to_string(),
            }
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail("creating tables".into()))?;
        let mut notes = Vec::new();
        for (index, table) in plan.tables.iter().enumerate() {
            if !plan.active[index] {
                continue;
            }
            let context = || format!("reading the columns of table `{}`", table.name);
            let mut existing = Vec::new();
            let mut key: Vec<(i64, String)> = Vec::new();
            {
                let mut stmt = tx
                    .prepare(&format!("PRAGMA table_info({})", quote_ident(table.name)))
                    .map_err(fail(context()))?;
                let mut rows = stmt.query([]).map_err(fail(context()))?;
                while let Some(row) = rows.next().map_err(fail(context()))? {
                    let name: String = row.get(1).map_err(fail(context()))?;
                    let declared: String = row.get(2).map_err(fail(context()))?;
                    let not_null: bool = row.get(3).map_err(fail(context()))?;
                    let pk: i64 = row.get(5).map_err(fail(context()))?;
                    if pk > 0 {
                        key.push((pk, name.clone()));
                    }
                    existing.push(Existing {
                        name,
                        declared: declared.to_ascii_uppercase(),
                        not_null,
                    });
                }
            }
            if existing.is_empty() {
                continue;
            }
            key.sort();
            let key: Vec<String> = key.into_iter().map(|(_, k)| k).collect();
            let migration = migrate::compare(table, &existing, &key, Dialect::Sqlite, label)?;
            let mut rebuild = false;
            for change in &migration.changes {
                notes.push(migrate::describe(table, change, Dialect::Sqlite));
                match change {
                    Change::Add(c) => {
                        let column = &table.columns[*c];
                        tx.execute_batch(&format!(
                            "ALTER TABLE {} ADD COLUMN {} {}",
                            quote_ident(table.name),
                            quote_ident(column.name),
                            type_name(column.sql_type, Dialect::Sqlite)
                        ))
                        .map_err(fail(format!(
                            "adding column `{}` to table `{}`",
                            column.name, table.name
                        )))?;
                        existing.push(Existing {
                            name: column.name.to_string(),
                            declared: type_name(column.sql_type, Dialect::Sqlite).into(),
                            not_null: false,
                        });
                    }
                    Change::Widen { column, to, .. } => {
                        if *to == SqlType::Float {
                            let count: i64 = tx
                                .query_row(&migrate::rounding_query(table.name, column), [], |r| {
                                    r.get(0)
                                })
                                .map_err(fail(format!(
                                    "checking column `{column}` of table `{}`",
                                    table.name
                                )))?;
                            if count > 0 {
                                return Err(migrate::rounding_error(table, column, count, label));
                            }
                        }
                        rebuild = true;
                        if let Some(e) = existing.iter_mut().find(|e| &e.name == column) {
                            e.declared = type_name(*to, Dialect::Sqlite).into();
                        }
                    }
                    Change::Relax(column) => {
                        rebuild = true;
                        if let Some(e) = existing.iter_mut().find(|e| &e.name == column) {
                            e.not_null = false;
                        }
                    }
                }
            }
            if rebuild {
                // SQLite alters a column's type or NOT NULL only by copying the table. The
                // indexes and triggers users added go with the old table: they are made
                // again. Views keep naming the table (the legacy rename leaves them be).
                let context = || {
                    format!(
                        "rebuilding table `{}` with its new column types",
                        table.name
                    )
                };
                let objects: Vec<(String, String)> = {
                    let mut stmt = tx
                        .prepare(
                            "SELECT name, sql FROM sqlite_master \
                             WHERE tbl_name = ?1 AND type IN ('index', 'trigger') AND sql IS NOT NULL",
                        )
                        .map_err(fail(context()))?;
                    let rows = stmt
                        .query_map([table.name], |r| Ok((r.get(0)?, r.get(1)?)))
                        .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
                    rows.map_err(fail(context()))?
                };
                let sql = format!(
                    "PRAGMA legacy_alter_table = ON;\n{}\nPRAGMA legacy_alter_table = OFF;",
                    rebuild_sql(table, &existing, &key)
                );
                tx.execute_batch(&sql).map_err(fail(context()))?;
                for (name, sql) in objects {
                    let exists: bool = tx
                        .query_row(
                            "SELECT count(*) > 0 FROM sqlite_master WHERE name = ?1",
                            [&name],
                            |r| r.get(0),
                        )
                        .map_err(fail(context()))?;
                    if !exists {
                        tx.execute_batch(&sql).map_err(fail(format!(
                            "making `{name}` again on table `{}`",
                            table.name
                        )))?;
                    }
                }
            }
        }
        let schema = ddl_where(plan.tables, Dialect::Sqlite, |i| plan.active[i])
            + &internal_ddl(Dialect::Sqlite);
        tx.execute_batch(&schema)
            .map_err(fail("creating tables".into()))?;
        tx.commit().map_err(fail("creating tables".into()))?;
        Ok(notes)
    }

    pub(crate) fn migrations(&self) -> &[String] {
        &self.migrations
    }

    /// Loads the rows of `tables` into fresh staging copies from now on.
    pub(crate) fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            let Some(table) = self.plan.tables.get(t).filter(|_| self.plan.active[t]) else {
                continue;
            };
            let name = staging_name(t, &self.stage_suffix);
            sql.push_str(&format!("DROP TABLE IF EXISTS {};\n", quote_ident(&name)));
            sql.push_str(&create_table(table, &name, Dialect::Sqlite));
            self.insert[t] = insert_sql(table, &name, |i| format!("?{}", i + 1));
            self.staged[t] = true;
        }
        self.conn
            .execute_batch(&sql)
            .map_err(self.error("creating staging tables".into()))?;
        self.refresh_deletes();
        Ok(())
    }

    /// Replaces the rows of `tables` with their staging copies, in one transaction.
    pub(crate) fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            if !self.staged.get(t).copied().unwrap_or(false) {
                continue;
            }
            sql.push_str(&swap_sql(
                &self.plan.tables[t],
                &staging_name(t, &self.stage_suffix),
            ));
        }
        let label = self.label.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .and_then(|tx| tx.execute_batch(&sql).map(|()| tx))
            .and_then(|tx| tx.commit());
        tx.map_err(|e| SinkError::Database {
            destination: label,
            context: "replacing tables with their staging copies".into(),
            message: e.to_string(),
        })?;
        for &t in tables {
            if let Some(table) = self.plan.tables.get(t) {
                self.staged[t] = false;
                self.insert[t] = insert_sql(table, table.name, |i| format!("?{}", i + 1));
            }
        }
        self.refresh_deletes();
        Ok(())
    }

    /// Drops the staging copies of `tables` (a `replace` stream that did not complete):
    /// the tables keep the rows of the last complete run.
    pub(crate) fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            if !self.staged.get(t).copied().unwrap_or(false) {
                continue;
            }
            let table = &self.plan.tables[t];
            sql.push_str(&format!(
                "DROP TABLE IF EXISTS {};\n",
                quote_ident(&staging_name(t, &self.stage_suffix))
            ));
            self.staged[t] = false;
            self.insert[t] = insert_sql(table, table.name, |i| format!("?{}", i + 1));
        }
        self.conn
            .execute_batch(&sql)
            .map_err(self.error("dropping staging tables".into()))?;
        self.refresh_deletes();
        Ok(())
    }

    fn refresh_deletes(&mut self) {
        let staged = self.staged.clone();
        let tables = self.plan.tables;
        self.delete = Self::deletes(&self.plan, |i| {
            if staged[i] {
                staging_name(i, &self.stage_suffix)
            } else {
                tables[i].name.to_string()
            }
        });
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
        // Per cell and row: the context is formatted only when a statement fails.
        let lazy = |context: &dyn Fn() -> String, e: rusqlite::Error| fail(context())(e);
        let tables = self.plan.tables;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail("starting a transaction".into()))?;
        for (root, key) in self.plan.root_keys(rows) {
            for (child, sql) in &self.delete[root] {
                let context = || format!("replacing children in table `{}`", tables[*child].name);
                let mut stmt = tx.prepare_cached(sql).map_err(|e| lazy(&context, e))?;
                for (i, cell) in key.iter().enumerate() {
                    stmt.raw_bind_parameter(i + 1, Bind(cell))
                        .map_err(|e| lazy(&context, e))?;
                }
                stmt.raw_execute().map_err(|e| lazy(&context, e))?;
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
                .map_err(|e| lazy(&context, e))?;
            for row in table_rows {
                for (i, cell) in row.iter().enumerate() {
                    stmt.raw_bind_parameter(i + 1, Bind(cell))
                        .map_err(|e| lazy(&context, e))?;
                }
                stmt.raw_execute().map_err(|e| lazy(&context, e))?;
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

    /// Writes run `report`'s row as `running`.
    pub(crate) fn begin_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        let sql = runlog_sql::run_upsert(|i, _| format!("?{}", i + 1));
        self.conn
            .execute(
                &sql,
                params_from_iter(runlog_sql::run_values(report, false)),
            )
            .map(|_| ())
            .map_err(self.error(format!("writing table `{RUNS_TABLE}`")))
    }

    /// Writes run `report`'s row, finished, and its streams' rows, in one transaction.
    pub(crate) fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        let label = self.label.clone();
        let fail = |e: rusqlite::Error| SinkError::Database {
            destination: label.clone(),
            context: format!("writing tables `{RUNS_TABLE}` and `{RUN_STREAMS_TABLE}`"),
            message: e.to_string(),
        };
        let tx = self.conn.transaction().map_err(fail)?;
        tx.execute(
            &runlog_sql::run_upsert(|i, _| format!("?{}", i + 1)),
            params_from_iter(runlog_sql::run_values(report, true)),
        )
        .map_err(fail)?;
        let sql = runlog_sql::stream_upsert(|i, _| format!("?{}", i + 1));
        for s in &report.streams {
            tx.execute(
                &sql,
                params_from_iter(runlog_sql::stream_values(&report.run_id, s)),
            )
            .map_err(fail)?;
        }
        tx.commit().map_err(fail)
    }

    /// The stream rows of the last runs, newest first.
    pub(crate) fn run_history(&mut self, limit: usize) -> Result<Vec<StreamRunRow>, SinkError> {
        let sql = runlog_sql::history_query(Dialect::Sqlite, limit);
        let context = format!("reading table `{RUN_STREAMS_TABLE}`");
        let mut stmt = self
            .conn
            .prepare(&sql)
            .map_err(self.error(context.clone()))?;
        let rows = stmt
            .query_map([], |r| {
                let checks: Option<String> = r.get(7)?;
                Ok(StreamRunRow {
                    run_id: r.get(0)?,
                    started: r.get(1)?,
                    run_status: r.get(2)?,
                    stream: r.get(3)?,
                    status: r.get(4)?,
                    records: r.get::<_, Option<i64>>(5)?.unwrap_or(0).max(0) as u64,
                    newest: r.get(6)?,
                    checks: checks
                        .and_then(|c| serde_json::from_str(&c).ok())
                        .unwrap_or_default(),
                    error: r.get(8)?,
                    loaded: r.get::<_, Option<i64>>(9)?.unwrap_or(1) != 0,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
        let label = self.label.clone();
        rows.map_err(|e| SinkError::Database {
            destination: label,
            context,
            message: e.to_string(),
        })
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

/// A copy of `table` with the columns `existing` (types and NOT NULL as they should now be),
/// its rows copied in, swapped for the original; then its indices again.
fn rebuild_sql(table: &TableSpec, existing: &[Existing], key: &[String]) -> String {
    let target = quote_ident(table.name);
    let temp = quote_ident(&format!("_apitap_rebuild_{}", table.name));
    let mut lines: Vec<String> = existing
        .iter()
        .map(|e| {
            format!(
                "    {} {}{}",
                quote_ident(&e.name),
                e.declared,
                if e.not_null { " NOT NULL" } else { "" }
            )
        })
        .collect();
    if !key.is_empty() {
        let key: Vec<&str> = key.iter().map(String::as_str).collect();
        lines.push(format!(
            "    PRIMARY KEY ({})",
            crate::ddl::ident_list(&key)
        ));
    }
    let names: Vec<&str> = existing.iter().map(|e| e.name.as_str()).collect();
    let columns = crate::ddl::ident_list(&names);
    format!(
        "DROP TABLE IF EXISTS {temp};\nCREATE TABLE {temp} (\n{}\n);\nINSERT INTO {temp} ({columns}) SELECT {columns} FROM {target};\nDROP TABLE {target};\nALTER TABLE {temp} RENAME TO {target};\n{}",
        lines.join(",\n"),
        create_table(table, table.name, Dialect::Sqlite)
            .lines()
            .filter(|l| l.starts_with("CREATE INDEX"))
            .collect::<Vec<_>>()
            .join("\n")
    )
}
