//! `CREATE TABLE` statements for the flattened tables.
//!
//! The generator writes this text into each connector's `schema.sql` and the database sinks
//! run it on open, so one function serves both and its output must be byte-for-byte
//! deterministic: tables in list order, columns in spec order, no timestamps. It needs no
//! database driver and is therefore available without any feature.

use std::fmt::Write as _;

use crate::rows::{SqlType, TableSpec};

/// SQL dialect for [`ddl`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite: timestamps and JSON as TEXT, booleans as INTEGER 0/1.
    Sqlite,
    /// PostgreSQL: TIMESTAMPTZ, JSONB, BOOLEAN.
    Postgres,
}

/// The SQL type name of a column type in `dialect`.
pub(crate) fn type_name(ty: SqlType, dialect: Dialect) -> &'static str {
    match (dialect, ty) {
        (Dialect::Sqlite, SqlType::Integer | SqlType::Boolean) => "INTEGER",
        (Dialect::Sqlite, SqlType::Float) => "REAL",
        (Dialect::Sqlite, SqlType::Text | SqlType::Timestamp | SqlType::Json) => "TEXT",
        (Dialect::Postgres, SqlType::Integer) => "BIGINT",
        (Dialect::Postgres, SqlType::Float) => "DOUBLE PRECISION",
        (Dialect::Postgres, SqlType::Boolean) => "BOOLEAN",
        (Dialect::Postgres, SqlType::Text) => "TEXT",
        (Dialect::Postgres, SqlType::Timestamp) => "TIMESTAMPTZ",
        (Dialect::Postgres, SqlType::Json) => "JSONB",
    }
}

/// `name` as a quoted SQL identifier (`"a""b"`); NUL characters, which no database accepts in
/// a name, are dropped.
pub fn quote_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        match c {
            '"' => out.push_str("\"\""),
            '\0' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `CREATE TABLE IF NOT EXISTS` for every table, with column types, `NOT NULL` for
/// non-nullable and key columns, and the primary key. A child table whose root-key columns
/// are not a prefix of its primary key also gets an index on them, so replacing a re-loaded
/// record's children does not scan the table. Deterministic: same input, same text.
pub fn ddl(tables: &[TableSpec], dialect: Dialect) -> String {
    ddl_where(tables, dialect, |_| true)
}

/// [`ddl`] for the tables whose index `include` accepts (the tables of the streams a run
/// loads).
pub(crate) fn ddl_where(
    tables: &[TableSpec],
    dialect: Dialect,
    include: impl Fn(usize) -> bool,
) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        // A table whose columns are not compiled (its group's feature is off) has no DDL.
        if !include(i) || !table.compiled() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&create_table(table, table.name, dialect));
    }
    out
}

/// `CREATE TABLE IF NOT EXISTS name` with `table`'s columns and key, and its indices (also
/// for a staging copy under another name).
pub(crate) fn create_table(table: &TableSpec, name: &str, dialect: Dialect) -> String {
    let mut out = String::new();
    let quoted = quote_ident(name);
    let _ = writeln!(out, "CREATE TABLE IF NOT EXISTS {quoted} (");
    let mut lines: Vec<String> = table
        .columns
        .iter()
        .map(|c| {
            let not_null = !c.nullable || table.primary_key.contains(&c.name);
            format!(
                "    {} {}{}",
                quote_ident(c.name),
                type_name(c.sql_type, dialect),
                if not_null { " NOT NULL" } else { "" }
            )
        })
        .collect();
    let key = table.enforced_key();
    if !key.is_empty() {
        lines.push(format!("    PRIMARY KEY ({})", ident_list(key)));
    }
    out.push_str(&lines.join(",\n"));
    out.push_str("\n);\n");
    // An append-only table keeps every version: its key is looked up, not enforced.
    if key.is_empty() && !table.primary_key.is_empty() {
        let index = quote_ident(&format!("{name}__key"));
        let _ = writeln!(
            out,
            "CREATE INDEX IF NOT EXISTS {index} ON {quoted} ({});",
            ident_list(table.primary_key)
        );
    }
    if !table.parent_key.is_empty() && !key.starts_with(table.parent_key) {
        let index = quote_ident(&format!("{name}__parent_key"));
        let _ = writeln!(
            out,
            "CREATE INDEX IF NOT EXISTS {index} ON {quoted} ({});",
            ident_list(table.parent_key)
        );
    }
    out
}

/// Comma-separated quoted identifiers.
pub(crate) fn ident_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| quote_ident(n))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_identifiers() {
        assert_eq!(quote_ident("a\"b\0"), "\"a\"\"b\"");
    }
}
