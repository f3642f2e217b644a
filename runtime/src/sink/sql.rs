//! SQL text shared by the SQLite and PostgreSQL sinks, so both load with the same semantics.

use super::{REJECTED_TABLE, STATE_TABLE};
use crate::ddl::{ident_list, quote_ident};
use crate::rows::TableSpec;

/// The DDL of the sink's own tables.
pub(crate) fn internal_ddl() -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {} (\"stream\" TEXT, \"reason\" TEXT, \"raw\" TEXT, \"rejected_at\" TEXT);\n\
         CREATE TABLE IF NOT EXISTS {} (\"stream\" TEXT PRIMARY KEY, \"value\" TEXT, \"updated_at\" TEXT);\n",
        quote_ident(REJECTED_TABLE),
        quote_ident(STATE_TABLE)
    )
}

/// `INSERT` for `table` with `?`/`$n` placeholders from `placeholder`; an upsert when the
/// table has a primary key. Shared with the PostgreSQL sink.
pub(crate) fn insert_sql(table: &TableSpec, placeholder: impl Fn(usize) -> String) -> String {
    let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
    let values: Vec<String> = (0..names.len()).map(placeholder).collect();
    let mut sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        quote_ident(table.name),
        ident_list(&names),
        values.join(", ")
    );
    if !table.primary_key.is_empty() {
        let updates: Vec<String> = names
            .iter()
            .filter(|n| !table.primary_key.contains(n))
            .map(|n| format!("{0} = excluded.{0}", quote_ident(n)))
            .collect();
        sql.push_str(&format!(
            " ON CONFLICT ({}) ",
            ident_list(table.primary_key)
        ));
        if updates.is_empty() {
            sql.push_str("DO NOTHING");
        } else {
            sql.push_str(&format!("DO UPDATE SET {}", updates.join(", ")));
        }
    }
    sql
}
