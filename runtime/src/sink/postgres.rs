//! PostgreSQL sink over tokio-postgres.
//!
//! Every value is sent as text and cast in SQL to the column's type (`$3::timestamptz`,
//! `$4::jsonb`): one parameter type for every column means one prepared statement per table
//! and no client-side type juggling, and PostgreSQL's own parsers decide what a valid
//! timestamp or JSON document is. The statements of a batch are pipelined (sent without
//! waiting for each answer) inside one transaction, so a batch costs about one round trip.
//! Connections are plain TCP or unix socket: TLS is not supported yet.

use futures::future::try_join_all;
use tokio::task::JoinHandle;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, NoTls, Statement};

use super::plan::Plan;
use super::sql::{insert_sql, internal_ddl};
use super::{SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{ddl_where, quote_ident, type_name, Dialect};
use crate::rows::{iso_utc, now_iso, Cell, Rows, SqlType, TableSpec};

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
    pub(crate) async fn open(url: &str, label: String, plan: Plan) -> Result<Self, SinkError> {
        let fail = |context: &str| {
            let label = label.clone();
            let context = context.to_string();
            move |e: tokio_postgres::Error| SinkError::Database {
                destination: label,
                context,
                message: message(&e),
            }
        };
        let (mut client, connection) = tokio_postgres::connect(url, NoTls)
            .await
            .map_err(fail("connecting"))?;
        let connection = tokio::spawn(connection);
        let schema =
            ddl_where(plan.tables, Dialect::Postgres, |i| plan.active[i]) + &internal_ddl();
        let tx = client
            .transaction()
            .await
            .map_err(fail("creating tables"))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&DDL_LOCK])
            .await
            .map_err(fail("creating tables"))?;
        tx.batch_execute(&schema)
            .await
            .map_err(fail("creating tables"))?;
        tx.commit().await.map_err(fail("creating tables"))?;

        let mut insert = Vec::with_capacity(plan.tables.len());
        for (index, table) in plan.tables.iter().enumerate() {
            if !plan.active[index] {
                insert.push(None);
                continue;
            }
            let sql = insert_sql(table, |i| {
                format!("${}::{}", i + 1, cast(table.columns[i].sql_type))
            });
            let types = vec![Type::TEXT; table.columns.len()];
            let context = format!("preparing insert into table `{}`", table.name);
            insert.push(Some(
                client
                    .prepare_typed(&sql, &types)
                    .await
                    .map_err(fail(&context))?,
            ));
        }
        let mut delete = Vec::with_capacity(plan.descendants.len());
        for (root, descendants) in plan.descendants.iter().enumerate() {
            let mut statements = Vec::with_capacity(descendants.len());
            if !plan.active[root] {
                delete.push(statements);
                continue;
            }
            for d in descendants {
                let table = &plan.tables[d.table];
                let conds: Vec<String> = d
                    .key_columns
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| {
                        let column = &table.columns[c];
                        format!(
                            "{} = ${}::{}",
                            quote_ident(column.name),
                            i + 1,
                            cast(column.sql_type)
                        )
                    })
                    .collect();
                let sql = format!(
                    "DELETE FROM {} WHERE {}",
                    quote_ident(table.name),
                    conds.join(" AND ")
                );
                let types = vec![Type::TEXT; conds.len()];
                let context = format!("preparing delete from table `{}`", table.name);
                statements.push((
                    d.table,
                    client
                        .prepare_typed(&sql, &types)
                        .await
                        .map_err(fail(&context))?,
                ));
            }
            delete.push(statements);
        }
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
        })
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
