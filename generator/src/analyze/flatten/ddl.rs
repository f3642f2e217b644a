//! The tables as SQL (`schema.sql`, for PostgreSQL and SQLite) and as `apitap explain --tables`
//! prints them.

use super::*;

/// The DDL of the tables (`schema.sql`), for PostgreSQL and SQLite.
pub fn ddl(tables: &[Table], postgres: bool) -> String {
    let mut out = String::new();
    for t in tables {
        let mut cols: Vec<String> = Vec::new();
        for k in t.primary_key.iter().filter(|k| k.starts_with('_')) {
            let ty = match (key_type(tables, t, k), postgres) {
                (SqlType::Integer, true) => "BIGINT",
                (SqlType::Integer, false) => "INTEGER",
                _ => "TEXT",
            };
            cols.push(format!("    \"{k}\" {ty} NOT NULL"));
        }
        for c in &t.columns {
            let ty = match (c.sql_type, postgres) {
                (SqlType::Integer, true) => "BIGINT",
                (SqlType::Float, true) => "DOUBLE PRECISION",
                (SqlType::Boolean, true) => "BOOLEAN",
                (SqlType::Text, _) => "TEXT",
                (SqlType::Timestamp, true) => "TIMESTAMPTZ",
                (SqlType::Json, true) => "JSONB",
                (SqlType::Integer | SqlType::Boolean, false) => "INTEGER",
                (SqlType::Float, false) => "REAL",
                (SqlType::Timestamp | SqlType::Json, false) => "TEXT",
            };
            let not_null = if t.primary_key.contains(&c.name) || !c.nullable {
                " NOT NULL"
            } else {
                ""
            };
            cols.push(format!("    \"{}\" {ty}{not_null}", c.name));
        }
        let quoted = |names: &[String]| {
            names
                .iter()
                .map(|k| format!("\"{k}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let key = t.enforced_key();
        if !key.is_empty() {
            cols.push(format!("    PRIMARY KEY ({})", quoted(key)));
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format!(
            "CREATE TABLE IF NOT EXISTS \"{}\" (\n{}\n);\n",
            t.name,
            cols.join(",\n")
        ));
        // As the runtime's DDL: an append-only table's key is indexed, not enforced, and a
        // child table's root key is indexed where the primary key does not start with it.
        if key.is_empty() && !t.primary_key.is_empty() {
            out.push_str(&format!(
                "CREATE INDEX IF NOT EXISTS \"{0}__key\" ON \"{0}\" ({1});\n",
                t.name,
                quoted(&t.primary_key)
            ));
        }
        if !t.parent_key.is_empty() && !key.starts_with(&t.parent_key) {
            out.push_str(&format!(
                "CREATE INDEX IF NOT EXISTS \"{0}__parent_key\" ON \"{0}\" ({1});\n",
                t.name,
                quoted(&t.parent_key)
            ));
        }
    }
    out
}

/// The type of a key column of a child table: `_root_id` has the root id's type, indices are integers.
pub fn key_type(tables: &[Table], t: &Table, key: &str) -> SqlType {
    if key != "_root_id" {
        return SqlType::Integer;
    }
    let mut root = t;
    while let Some(p) = root.parent {
        root = &tables[p];
    }
    // The child key holds the root key's plain value (an integer for unix times).
    let key = root.primary_key.first().map(String::as_str).unwrap_or("id");
    match root
        .columns
        .iter()
        .find(|c| c.name == key)
        .map(|c| (c.sql_type, &c.read))
    {
        Some((SqlType::Integer, _) | (_, Read::UnixTime)) => SqlType::Integer,
        Some((SqlType::Float, _)) => SqlType::Float,
        _ => SqlType::Text,
    }
}

/// `apitap explain --tables`: each record type's tables and columns, as text.
pub fn describe(plans: &Plans, only: &[String]) -> String {
    let mut out = String::new();
    for r in &plans.records {
        if !only.is_empty() && !only.iter().any(|o| o == &r.type_name) {
            continue;
        }
        out.push_str(&format!("{}\n", r.type_name));
        for &i in &r.tables {
            let t = &plans.tables[i];
            let parent = t
                .parent
                .map(|p| {
                    format!(
                        ", child of {} at `{}`",
                        plans.tables[p].name,
                        t.array_path.join(".")
                    )
                })
                .unwrap_or_default();
            out.push_str(&format!(
                "  table {} (primary key: {}{parent})\n",
                t.name,
                t.primary_key.join(", ")
            ));
            for k in t.primary_key.iter().filter(|k| k.starts_with('_')) {
                out.push_str(&format!("    {k:<40} key\n"));
            }
            for c in &t.columns {
                let read = match &c.read {
                    Read::Scalar => "",
                    Read::Enum => " (enum)",
                    Read::UnixTime => " (unix time)",
                    Read::ScalarUnion(_) => " (scalar union)",
                    Read::UnionId(_) => " (id of union)",
                    Read::Json => "",
                    Read::Loader => " (from the parent stream)",
                    Read::Extra => " (fields beyond the spec)",
                    Read::RunId => " (the run that loaded it)",
                };
                let ty = format!(
                    "{:?}{}{read}",
                    c.sql_type,
                    if c.nullable { "?" } else { "" }
                )
                .to_lowercase();
                let line = format!("    {:<40} {ty:<24} {}", c.name, c.path.join("."));
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    out
}
