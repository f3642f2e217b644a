//! PostgreSQL sink over tokio-postgres.
//!
//! Every value is sent as text and cast in SQL to the column's type (`$3::timestamptz`,
//! `$4::jsonb`): one parameter type for every column means one prepared statement per table
//! and no client-side type juggling, and PostgreSQL's own parsers decide what a valid
//! timestamp or JSON document is. The statements of a batch are pipelined (sent without
//! waiting for each answer) inside one transaction, so a batch costs about one round trip.
//! Connections (TCP with TLS by rustls, or a unix socket) are made in [`super::pg_connect`].

use futures::future::try_join_all;
use tokio::task::JoinHandle;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, Statement};

use super::migrate::{self, Change, Existing};
use super::plan::Plan;
use super::runlog_sql;
use super::sql::{delete_sql, insert_sql, internal_ddl, staging_name, staging_suffix, swap_sql};
use super::{SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{create_table, ddl_where, quote_ident, type_name, Dialect};
use crate::rows::{iso_utc, now_iso, Cell, Rows, SqlType, TableSpec};
use crate::runlog::{StreamRunRow, RUNS_TABLE, RUN_STREAMS_TABLE};
use crate::sync::SyncReport;

/// Key of the advisory lock that serializes table creation, so two syncs starting at once
/// against one database do not race on `CREATE TABLE IF NOT EXISTS`.
const DDL_LOCK: i64 = 0x6170_6974_6170; // "apitap"

/// Writes into a PostgreSQL database (see [`crate::Sink`] for the load semantics).
#[derive(Debug)]
pub struct PostgresSink {
    client: Client,
    connection: JoinHandle<Result<(), tokio_postgres::Error>>,
    label: String,
    plan: Plan,
    /// Per table: its upsert.
    insert: Vec<Option<Statement>>,
    /// Per root table: `(descendant, DELETE ... WHERE root key)`.
    delete: Vec<Vec<(usize, Statement)>>,
    save_state: Statement,
    reject: Statement,
    load_state: Statement,
    /// Per table: the type each column's values are cast to (the existing column's, when
    /// it already holds the plan's values).
    effective: Vec<Vec<SqlType>>,
    /// Per table: loading into its staging copy (a `replace` stream's run).
    staged: Vec<bool>,
    /// What opening changed in existing tables.
    migrations: Vec<String>,
    /// This sink's suffix of staging table names.
    stage_suffix: String,
}

/// The PostgreSQL message of an error, with its SQLSTATE and detail.
fn message(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let mut text = format!("{} (SQLSTATE {})", db.message(), db.code().code());
        if let Some(detail) = db.detail() {
            text.push_str(": ");
            text.push_str(detail);
        }
        return text;
    }
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// The SQL cast of a column type.
fn cast(ty: SqlType) -> &'static str {
    type_name(ty, Dialect::Postgres)
}

/// A cell as the text PostgreSQL parses into the column's type; `None` is NULL.
fn cell_text(cell: &Cell) -> Option<String> {
    Some(match cell {
        Cell::Null => return None,
        Cell::Bool(b) => b.to_string(),
        Cell::Int(n) => n.to_string(),
        Cell::Float(f) if f.is_nan() => "NaN".into(),
        Cell::Float(f) if f.is_infinite() => if *f > 0.0 { "Infinity" } else { "-Infinity" }.into(),
        Cell::Float(f) => format!("{f:?}"),
        Cell::Text(s) | Cell::Json(s) => s.clone(),
        Cell::UnixTime(t) => iso_utc(*t),
    })
}

impl PostgresSink {
    pub(crate) async fn open(
        url: &str,
        label: String,
        plan: Plan,
        password_env: Option<&str>,
    ) -> Result<Self, SinkError> {
        let fail = |context: &str| {
            let label = label.clone();
            let context = context.to_string();
            move |e: tokio_postgres::Error| SinkError::Database {
                destination: label,
                context,
                message: message(&e),
            }
        };
        let (mut client, connection) =
            super::pg_connect::connect(url, &label, password_env).await?;
        let (migrations, effective) = Self::create_or_migrate(&mut client, &plan, &label).await?;
        let names: Vec<String> = plan.tables.iter().map(|t| t.name.to_string()).collect();
        let staged = vec![false; plan.tables.len()];
        let insert = Self::prepare_inserts(&client, &plan, &names, &effective, &label).await?;
        let delete = Self::prepare_deletes(&client, &plan, &names, &effective, &label).await?;
        let text3 = [Type::TEXT, Type::TEXT, Type::TEXT];
        let save_state = client
            .prepare_typed(
                &format!(
                    "INSERT INTO {} (\"stream\", \"value\", \"updated_at\") VALUES ($1, $2, $3) \
                     ON CONFLICT (\"stream\") DO UPDATE SET \"value\" = excluded.\"value\", \"updated_at\" = excluded.\"updated_at\"",
                    quote_ident(STATE_TABLE)
                ),
                &text3,
            )
            .await
            .map_err(fail("preparing state update"))?;
        let reject = client
            .prepare_typed(
                &format!(
                    "INSERT INTO {} (\"stream\", \"reason\", \"raw\", \"rejected_at\") VALUES ($1, $2, $3, $4)",
                    quote_ident(REJECTED_TABLE)
                ),
                &[Type::TEXT, Type::TEXT, Type::TEXT, Type::TEXT],
            )
            .await
            .map_err(fail("preparing rejected insert"))?;
        let load_state = client
            .prepare_typed(
                &format!(
                    "SELECT \"value\" FROM {} WHERE \"stream\" = $1",
                    quote_ident(STATE_TABLE)
                ),
                &[Type::TEXT],
            )
            .await
            .map_err(fail("preparing state query"))?;
        Ok(PostgresSink {
            client,
            connection,
            label,
            plan,
            insert,
            delete,
            save_state,
            reject,
            load_state,
            effective,
            staged,
            migrations,
            stage_suffix: staging_suffix(),
        })
    }

    /// Creates the missing tables and brings the existing ones to the plan, in one
    /// transaction under an advisory lock; what changed, and the types values are cast to.
    async fn create_or_migrate(
        client: &mut Client,
        plan: &Plan,
        label: &str,
    ) -> Result<(Vec<String>, Vec<Vec<SqlType>>), SinkError> {
        let failed = |context: String| move |e: tokio_postgres::Error| fail(label, context, &e);
        let tx = client
            .transaction()
            .await
            .map_err(failed("creating tables".into()))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&DDL_LOCK])
            .await
            .map_err(failed("creating tables".into()))?;
        let mut notes = Vec::new();
        let mut effective: Vec<Vec<SqlType>> = plan
            .tables
            .iter()
            .map(|t| t.columns.iter().map(|c| c.sql_type).collect())
            .collect();
        for (index, table) in plan.tables.iter().enumerate() {
            if !plan.active[index] {
                continue;
            }
            let context = || format!("reading the columns of table `{}`", table.name);
            let columns = tx
                .query(
                    "SELECT column_name::text, upper(data_type::text), is_nullable::text = 'NO' \
                     FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name = $1 \
                     ORDER BY ordinal_position",
                    &[&table.name],
                )
                .await
                .map_err(failed(context()))?;
            if columns.is_empty() {
                continue;
            }
            let existing: Vec<Existing> = columns
                .iter()
                .map(|r| Existing {
                    name: r.get(0),
                    declared: r.get(1),
                    not_null: r.get(2),
                })
                .collect();
            let key: Vec<String> = tx
                .query(
                    "SELECT a.attname::text FROM pg_index i \
                     JOIN pg_class c ON c.oid = i.indrelid \
                     JOIN pg_namespace n ON n.oid = c.relnamespace \
                     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) \
                     WHERE i.indisprimary AND c.relname = $1 AND n.nspname = current_schema() \
                     ORDER BY array_position(i.indkey::int2[], a.attnum)",
                    &[&table.name],
                )
                .await
                .map_err(failed(context()))?
                .iter()
                .map(|r| r.get(0))
                .collect();
            let migration = migrate::compare(table, &existing, &key, Dialect::Postgres, label)?;
            let name = quote_ident(table.name);
            for change in &migration.changes {
                notes.push(migrate::describe(table, change, Dialect::Postgres));
                let sql = match change {
                    Change::Add(c) => {
                        let column = &table.columns[*c];
                        format!(
                            "ALTER TABLE {name} ADD COLUMN {} {}",
                            quote_ident(column.name),
                            cast(column.sql_type)
                        )
                    }
                    Change::Widen { column, to, .. } => {
                        if *to == SqlType::Float {
                            let count: i64 = tx
                                .query_one(&migrate::rounding_query(table.name, column), &[])
                                .await
                                .map_err(failed(format!(
                                    "checking column `{column}` of table `{}`",
                                    table.name
                                )))?
                                .get(0);
                            if count > 0 {
                                return Err(migrate::rounding_error(table, column, count, label));
                            }
                        }
                        let column = quote_ident(column);
                        let to = cast(*to);
                        format!("ALTER TABLE {name} ALTER COLUMN {column} TYPE {to} USING {column}::{to}")
                    }
                    Change::Relax(column) => format!(
                        "ALTER TABLE {name} ALTER COLUMN {} DROP NOT NULL",
                        quote_ident(column)
                    ),
                };
                tx.batch_execute(&sql).await.map_err(failed(format!(
                    "changing table `{}` ({})",
                    table.name,
                    migrate::describe(table, change, Dialect::Postgres)
                )))?;
            }
            effective[index] = migration.effective;
        }
        let schema = ddl_where(plan.tables, Dialect::Postgres, |i| plan.active[i])
            + &internal_ddl(Dialect::Postgres);
        tx.batch_execute(&schema)
            .await
            .map_err(failed("creating tables".into()))?;
        tx.commit()
            .await
            .map_err(failed("creating tables".into()))?;
        Ok((notes, effective))
    }

    /// Per table, its insert into the table named in `names` (`None` for inactive tables).
    async fn prepare_inserts(
        client: &Client,
        plan: &Plan,
        names: &[String],
        types: &[Vec<SqlType>],
        label: &str,
    ) -> Result<Vec<Option<Statement>>, SinkError> {
        let mut insert = Vec::with_capacity(plan.tables.len());
        for (index, table) in plan.tables.iter().enumerate() {
            if !plan.active[index] {
                insert.push(None);
                continue;
            }
            let sql = insert_sql(table, &names[index], |i| {
                format!("${}::{}", i + 1, cast(types[index][i]))
            });
            let params = vec![Type::TEXT; table.columns.len()];
            let context = format!("preparing insert into table `{}`", table.name);
            insert.push(Some(
                client
                    .prepare_typed(&sql, &params)
                    .await
                    .map_err(|e| fail(label, context, &e))?,
            ));
        }
        Ok(insert)
    }

    /// Per root table, `(descendant, DELETE ... WHERE root key)` on the tables in `names`.
    async fn prepare_deletes(
        client: &Client,
        plan: &Plan,
        names: &[String],
        types: &[Vec<SqlType>],
        label: &str,
    ) -> Result<Vec<Vec<(usize, Statement)>>, SinkError> {
        let mut delete = Vec::with_capacity(plan.descendants.len());
        for (root, descendants) in plan.descendants.iter().enumerate() {
            let mut statements = Vec::with_capacity(descendants.len());
            if !plan.active[root] {
                delete.push(statements);
                continue;
            }
            for d in descendants {
                let table = &plan.tables[d.table];
                let sql = delete_sql(table, &names[d.table], &d.key_columns, |i, c| {
                    format!("${}::{}", i + 1, cast(types[d.table][c]))
                });
                let params = vec![Type::TEXT; d.key_columns.len()];
                let context = format!("preparing delete from table `{}`", table.name);
                statements.push((
                    d.table,
                    client
                        .prepare_typed(&sql, &params)
                        .await
                        .map_err(|e| fail(label, context, &e))?,
                ));
            }
            delete.push(statements);
        }
        Ok(delete)
    }

    /// The statements' target tables: staging copies where staged.
    fn names(&self) -> Vec<String> {
        self.plan
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if self.staged[i] {
                    staging_name(i, &self.stage_suffix)
                } else {
                    t.name.to_string()
                }
            })
            .collect()
    }

    /// The cast types: a staging copy has the plan's.
    fn types(&self) -> Vec<Vec<SqlType>> {
        self.plan
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if self.staged[i] {
                    t.columns.iter().map(|c| c.sql_type).collect()
                } else {
                    self.effective[i].clone()
                }
            })
            .collect()
    }

    async fn reprepare(&mut self) -> Result<(), SinkError> {
        let (names, types) = (self.names(), self.types());
        self.insert =
            Self::prepare_inserts(&self.client, &self.plan, &names, &types, &self.label).await?;
        self.delete =
            Self::prepare_deletes(&self.client, &self.plan, &names, &types, &self.label).await?;
        Ok(())
    }

    pub(crate) fn migrations(&self) -> &[String] {
        &self.migrations
    }

    /// Loads the rows of `tables` into fresh staging copies from now on.
    pub(crate) async fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            let Some(table) = self.plan.tables.get(t).filter(|_| self.plan.active[t]) else {
                continue;
            };
            let name = staging_name(t, &self.stage_suffix);
            sql.push_str(&format!("DROP TABLE IF EXISTS {};\n", quote_ident(&name)));
            sql.push_str(&create_table(table, &name, Dialect::Postgres));
            self.staged[t] = true;
        }
        self.client
            .batch_execute(&sql)
            .await
            .map_err(|e| fail(&self.label, "creating staging tables".into(), &e))?;
        self.reprepare().await
    }

    /// Replaces the rows of `tables` with their staging copies, in one transaction.
    pub(crate) async fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            if self.staged.get(t).copied().unwrap_or(false) {
                sql.push_str(&swap_sql(
                    &self.plan.tables[t],
                    &staging_name(t, &self.stage_suffix),
                ));
            }
        }
        let label = self.label.clone();
        let failed = |e: tokio_postgres::Error| {
            fail(
                &label,
                "replacing tables with their staging copies".into(),
                &e,
            )
        };
        let tx = self.client.transaction().await.map_err(failed)?;
        tx.batch_execute(&sql).await.map_err(failed)?;
        tx.commit().await.map_err(failed)?;
        for &t in tables {
            if let Some(slot) = self.staged.get_mut(t) {
                *slot = false;
            }
        }
        self.reprepare().await
    }

    /// Drops the staging copies of `tables` (a `replace` stream that did not complete):
    /// the tables keep the rows of the last complete run.
    pub(crate) async fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        let mut sql = String::new();
        for &t in tables {
            if self.staged.get(t).copied().unwrap_or(false) {
                sql.push_str(&format!(
                    "DROP TABLE IF EXISTS {};\n",
                    quote_ident(&staging_name(t, &self.stage_suffix))
                ));
                self.staged[t] = false;
            }
        }
        self.client
            .batch_execute(&sql)
            .await
            .map_err(|e| fail(&self.label, "dropping staging tables".into(), &e))?;
        self.reprepare().await
    }

    pub(crate) fn destination(&self) -> &str {
        &self.label
    }

    pub(crate) fn tables(&self) -> &'static [TableSpec] {
        self.plan.tables
    }

    pub(crate) async fn write(
        &mut self,
        rows: &Rows,
        rejected: &[super::Rejected<'_>],
        states: &[super::StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        let PostgresSink {
            client,
            label,
            plan,
            insert,
            delete,
            save_state,
            reject,
            ..
        } = self;
        let label: &str = label;
        plan.check(rows, label)?;
        let tables = plan.tables;
        let tx = client
            .transaction()
            .await
            .map_err(|e| fail(label, "starting a transaction".into(), &e))?;

        // Deletes of re-loaded records' children, then every row, pipelined in batch order.
        let root_keys = plan.root_keys(rows);
        let mut jobs: Vec<(&Statement, Vec<Option<String>>, Job)> = Vec::new();
        for (root, key) in &root_keys {
            let params: Vec<Option<String>> = key.iter().map(|c| cell_text(c)).collect();
            for (child, stmt) in &delete[*root] {
                jobs.push((stmt, params.clone(), Job::Delete(*child)));
            }
        }
        for (index, stmt) in insert.iter().enumerate() {
            let Some(stmt) = stmt else { continue };
            for (n, row) in rows.table(index).iter().enumerate() {
                let params = row.iter().map(cell_text).collect();
                jobs.push((stmt, params, Job::Insert(index, n)));
            }
        }
        let params: Vec<Vec<&(dyn ToSql + Sync)>> = jobs
            .iter()
            .map(|(_, p, _)| p.iter().map(|v| v as &(dyn ToSql + Sync)).collect())
            .collect();
        let tx_ref = &tx;
        let run = jobs
            .iter()
            .zip(&params)
            .map(|((stmt, _, job), p)| async move {
                tx_ref.execute(*stmt, p).await.map_err(|e| (*job, e))
            });
        if let Err((job, e)) = try_join_all(run).await {
            return Err(job_error(label, job, &e, rows, tables));
        }
        let now = now_iso();
        for (stream, reason, raw) in rejected {
            // PostgreSQL text cannot hold NUL; keep the rest of the record readable.
            let raw = raw.replace('\0', "\\u0000");
            tx.execute(&*reject, &[stream, reason, &raw, &now])
                .await
                .map_err(|e| fail(label, format!("writing table `{REJECTED_TABLE}`"), &e))?;
        }
        for (stream, value) in states {
            let saved = match value {
                Some(value) => {
                    let now = now_iso();
                    tx.execute(&*save_state, &[stream, value, &now]).await
                }
                None => {
                    tx.execute(
                        &format!(
                            "DELETE FROM {} WHERE \"stream\" = $1",
                            quote_ident(STATE_TABLE)
                        ),
                        &[stream],
                    )
                    .await
                }
            };
            saved.map_err(|e| fail(label, format!("saving state of stream `{stream}`"), &e))?;
        }
        tx.commit()
            .await
            .map_err(|e| fail(label, "committing".into(), &e))
    }

    pub(crate) async fn reject(
        &mut self,
        stream: &str,
        reason: &str,
        raw: &str,
    ) -> Result<(), SinkError> {
        // PostgreSQL text cannot hold NUL; keep the rest of the record readable.
        let raw = raw.replace('\0', "\\u0000");
        let now = now_iso();
        self.client
            .execute(&self.reject, &[&stream, &reason, &raw, &now])
            .await
            .map(|_| ())
            .map_err(|e| fail(&self.label, format!("writing table `{REJECTED_TABLE}`"), &e))
    }

    pub(crate) async fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
        let row = self
            .client
            .query_opt(&self.load_state, &[&stream])
            .await
            .map_err(|e| {
                fail(
                    &self.label,
                    format!("reading state of stream `{stream}`"),
                    &e,
                )
            })?;
        Ok(row.and_then(|r| r.get::<_, Option<String>>(0)))
    }

    /// Writes run `report`'s row as `running`.
    pub(crate) async fn begin_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        let sql = runlog_sql::run_upsert(|i, cast| format!("${}::{cast}", i + 1));
        let values = runlog_sql::run_values(report, false);
        let params: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        let types = vec![Type::TEXT; values.len()];
        let context = format!("writing table `{RUNS_TABLE}`");
        let stmt = self
            .client
            .prepare_typed(&sql, &types)
            .await
            .map_err(|e| fail(&self.label, context.clone(), &e))?;
        self.client
            .execute(&stmt, &params)
            .await
            .map(|_| ())
            .map_err(|e| fail(&self.label, context, &e))
    }

    /// Writes run `report`'s row, finished, and its streams' rows, in one transaction.
    pub(crate) async fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        let label = self.label.clone();
        let context = format!("writing tables `{RUNS_TABLE}` and `{RUN_STREAMS_TABLE}`");
        let failed = |e: tokio_postgres::Error| fail(&label, context.clone(), &e);
        let tx = self.client.transaction().await.map_err(failed)?;
        let mut rows = vec![(
            runlog_sql::run_upsert(|i, cast| format!("${}::{cast}", i + 1)),
            runlog_sql::run_values(report, true),
        )];
        let sql = runlog_sql::stream_upsert(|i, cast| format!("${}::{cast}", i + 1));
        for s in &report.streams {
            rows.push((sql.clone(), runlog_sql::stream_values(&report.run_id, s)));
        }
        for (sql, values) in &rows {
            let types = vec![Type::TEXT; values.len()];
            let stmt = tx.prepare_typed(sql, &types).await.map_err(failed)?;
            let params: Vec<&(dyn ToSql + Sync)> =
                values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
            tx.execute(&stmt, &params).await.map_err(failed)?;
        }
        tx.commit().await.map_err(failed)
    }

    /// The stream rows of the last runs, newest first.
    pub(crate) async fn run_history(
        &mut self,
        limit: usize,
    ) -> Result<Vec<StreamRunRow>, SinkError> {
        let sql = runlog_sql::history_query(Dialect::Postgres, limit);
        let rows = self.client.query(&sql, &[]).await.map_err(|e| {
            fail(
                &self.label,
                format!("reading table `{RUN_STREAMS_TABLE}`"),
                &e,
            )
        })?;
        Ok(rows
            .iter()
            .map(|r| StreamRunRow {
                run_id: r.get(0),
                started: r.get(1),
                run_status: r.get(2),
                stream: r.get(3),
                status: r.get(4),
                records: r.get::<_, Option<i64>>(5).unwrap_or(0).max(0) as u64,
                newest: r.get(6),
                checks: r
                    .get::<_, Option<String>>(7)
                    .and_then(|c| serde_json::from_str(&c).ok())
                    .unwrap_or_default(),
                error: r.get(8),
                loaded: r.get::<_, Option<i64>>(9).unwrap_or(1) != 0,
            })
            .collect())
    }

    pub(crate) async fn finish(self) -> Result<(), SinkError> {
        let PostgresSink {
            client,
            connection,
            label,
            ..
        } = self;
        drop(client);
        match connection.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(SinkError::Database {
                destination: label,
                context: "closing".into(),
                message: message(&e),
            }),
            Err(e) => Err(SinkError::Database {
                destination: label,
                context: "closing".into(),
                message: e.to_string(),
            }),
        }
    }
}

/// What a pipelined statement was doing, to name it when it fails.
#[derive(Debug, Clone, Copy)]
enum Job {
    /// Deleting children from this table.
    Delete(usize),
    /// Inserting row `.1` of table `.0`.
    Insert(usize, usize),
}

/// A database error naming the destination and what was being done.
fn fail(label: &str, context: String, e: &tokio_postgres::Error) -> SinkError {
    SinkError::Database {
        destination: label.to_string(),
        context,
        message: message(e),
    }
}

/// An error for a failed statement, naming the table and, for a value PostgreSQL could
/// not parse, the column whose value the message quotes.
fn job_error(
    label: &str,
    job: Job,
    e: &tokio_postgres::Error,
    rows: &Rows,
    tables: &[TableSpec],
) -> SinkError {
    let (index, row) = match job {
        Job::Delete(child) => {
            return fail(
                label,
                format!("replacing children in table `{}`", tables[child].name),
                e,
            )
        }
        Job::Insert(index, row) => (index, row),
    };
    let table = &tables[index];
    let cells = &rows.table(index)[row];
    let text = message(e);
    let column = table.columns.iter().zip(cells).find(|(column, cell)| {
        let value = match cell {
            Cell::Text(s) | Cell::Json(s) => s,
            _ => return false,
        };
        (!value.is_empty() && text.contains(&format!("\"{value}\"")))
            || (value.contains('\0') && text.contains("0x00"))
            || (column.sql_type == SqlType::Json && text.contains("json"))
    });
    let context = match column {
        Some((column, _)) => format!("table `{}`, column `{}`", table.name, column.name),
        None => format!("table `{}`, row {row} of the batch", table.name),
    };
    let is_data = e
        .as_db_error()
        .is_some_and(|db| db.code().code().starts_with("22"));
    if is_data {
        SinkError::Data {
            destination: label.to_string(),
            context,
            message: text,
        }
    } else {
        fail(label, format!("writing {context}"), e)
    }
}
