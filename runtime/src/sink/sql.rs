//! SQL text shared by the SQLite and PostgreSQL sinks, so both load with the same semantics.

use super::{REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{ident_list, quote_ident};
use crate::rows::TableSpec;

/// The DDL of the sink's own tables: rejected records, state, the run log.
pub(crate) fn internal_ddl(dialect: crate::ddl::Dialect) -> String {
    super::runlog_sql::ddl(dialect)
        + &format!(
        "CREATE TABLE IF NOT EXISTS {} (\"stream\" TEXT, \"reason\" TEXT, \"raw\" TEXT, \"rejected_at\" TEXT);\n\
         CREATE TABLE IF NOT EXISTS {} (\"stream\" TEXT PRIMARY KEY, \"value\" TEXT, \"updated_at\" TEXT);\n",
        quote_ident(REJECTED_TABLE),
        quote_ident(STATE_TABLE)
    )
}

/// `INSERT` for `table` into `name` (the table, or its staging copy) with `?`/`$n`
/// placeholders from `placeholder`; an upsert when the table enforces a primary key.
pub(crate) fn insert_sql(
    table: &TableSpec,
    name: &str,
    placeholder: impl Fn(usize) -> String,
) -> String {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let values: Vec<String> = (0..names.len()).map(placeholder).collect();
    let mut sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote_ident(name),
        ident_list(&names),
        values.join(", ")
    );
    let key = table.enforced_key();
    if !key.is_empty() {
        let updates: Vec<String> = names
            .iter()
            .filter(|n| !key.contains(n))
            .map(|n| format!("{0} = excluded.{0}", quote_ident(n)))
            .collect();
        sql.push_str(&format!(" ON CONFLICT ({}) ", ident_list(key)));
        if updates.is_empty() {
            sql.push_str("DO NOTHING");
        } else {
            sql.push_str(&format!("DO UPDATE SET {}", updates.join(", ")));
        }
    }
    sql
}

/// `DELETE FROM name WHERE` the columns at `key_columns` of `table` equal the parameters
/// from `placeholder` (the children of one re-loaded record).
pub(crate) fn delete_sql(
    table: &TableSpec,
    name: &str,
    key_columns: &[usize],
    placeholder: impl Fn(usize, usize) -> String,
) -> String {
    let conds: Vec<String> = key_columns
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            format!(
                "{} = {}",
                quote_ident(table.columns[c].name),
                placeholder(i, c)
            )
        })
        .collect();
    format!(
        "DELETE FROM {} WHERE {}",
        quote_ident(name),
        conds.join(" AND ")
    )
}

/// The name of a table's staging copy: by index (short, whatever the names) and the sink's
/// own random suffix, so overlapping runs never share one.
pub(crate) fn staging_name(index: usize, suffix: &str) -> String {
    format!("_apitap_stage_{index}_{suffix}")
}

/// A fresh suffix for [`staging_name`].
pub(crate) fn staging_suffix() -> String {
    format!("{:08x}", fastrand::u32(..))
}

/// The statements that swap a staging copy in: the table's rows become the staging
/// table's, then the staging table is dropped.
pub(crate) fn swap_sql(table: &TableSpec, stage: &str) -> String {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let columns = ident_list(&names);
    let target = quote_ident(table.name);
    let stage = quote_ident(stage);
    format!(
        "DELETE FROM {target};\nINSERT INTO {target} ({columns}) SELECT {columns} FROM {stage};\nDROP TABLE {stage};\n"
    )
}
