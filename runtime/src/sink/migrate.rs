//! Tables that follow the crate: what a database sink changes in an existing table so a
//! regenerated crate loads into it.
//!
//! When a sink opens, each table it will write is compared with the plan. A column the plan
//! has and the table lacks is added (nullable: the old rows have no value). A column whose
//! type the plan widened (an integer that became a number, anything that became text) is
//! widened; a column the table keeps that is wider than the plan's stays as it is. A NOT
//! NULL the plan no longer promises is dropped, also on columns the plan no longer has
//! (they are kept, never dropped, and must accept rows without them). Anything else (a
//! primary key that changed, a text column that became an integer) fails before a row is
//! written, naming table, column, both types and what to do. The backends turn the result
//! into SQL and run it in the transaction that creates the tables.

use crate::ddl::{quote_ident, type_name, Dialect};
use crate::rows::{SqlType, TableSpec};

use super::SinkError;

/// A column as the database has it.
#[derive(Debug, Clone)]
pub(crate) struct Existing {
    pub name: String,
    /// The declared type, upper case (`BIGINT`, `DOUBLE PRECISION`, `TEXT`...).
    pub declared: String,
    pub not_null: bool,
}

/// One change to an existing table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// Add plan column `column` (by position), nullable.
    Add(usize),
    /// Widen an existing column to `to`.
    Widen {
        column: String,
        from: String,
        to: SqlType,
    },
    /// Drop the NOT NULL of an existing column.
    Relax(String),
}

/// What opening a table found and does.
#[derive(Debug, Default)]
pub(crate) struct Migration {
    pub changes: Vec<Change>,
    /// Per plan column: the type its cells are written as (the existing column's, when it
    /// already holds the plan's values).
    pub effective: Vec<SqlType>,
}

/// The class of a declared type, as a column type.
fn class(declared: &str) -> Option<SqlType> {
    let d = declared.trim().to_ascii_uppercase();
    Some(match d.as_str() {
        "BIGINT" | "INTEGER" | "INT" | "INT8" | "INT4" | "SMALLINT" => SqlType::Integer,
        "DOUBLE PRECISION" | "REAL" | "FLOAT8" | "FLOAT4" | "NUMERIC" | "DECIMAL" => SqlType::Float,
        "BOOLEAN" | "BOOL" => SqlType::Boolean,
        "TEXT" | "CHARACTER VARYING" | "VARCHAR" => SqlType::Text,
        "TIMESTAMPTZ" | "TIMESTAMP WITH TIME ZONE" => SqlType::Timestamp,
        "JSONB" | "JSON" => SqlType::Json,
        _ => return None,
    })
}

/// The class a plan type is stored as in `dialect` (SQLite keeps booleans as integers and
/// timestamps and JSON as text).
fn stored(ty: SqlType, dialect: Dialect) -> SqlType {
    match (dialect, ty) {
        (Dialect::Sqlite, SqlType::Boolean) => SqlType::Integer,
        (Dialect::Sqlite, SqlType::Timestamp | SqlType::Json) => SqlType::Text,
        _ => ty,
    }
}

/// Whether a column of class `existing` takes the plan's `new` values as they are.
fn holds(existing: SqlType, new: SqlType) -> bool {
    existing == new
        || (existing == SqlType::Float && new == SqlType::Integer)
        || existing == SqlType::Text
}

/// Compares `table` with the columns the database has (`existing`, in table order) and its
/// primary key (`key`, in key order).
pub(crate) fn compare(
    table: &TableSpec,
    existing: &[Existing],
    key: &[String],
    dialect: Dialect,
    destination: &str,
) -> Result<Migration, SinkError> {
    let fail = |message: String| SinkError::Schema {
        destination: destination.to_string(),
        table: table.name.to_string(),
        message,
    };
    let wanted: Vec<&str> = table.enforced_key().to_vec();
    if key.iter().map(String::as_str).ne(wanted.iter().copied()) {
        let show = |k: &[&str]| {
            if k.is_empty() {
                "none".to_string()
            } else {
                format!("({})", k.join(", "))
            }
        };
        let have: Vec<&str> = key.iter().map(String::as_str).collect();
        return Err(fail(format!(
            "its primary key is {} in the database and {} in this crate (write mode `{}`); a key is never changed in place: rename the table (ALTER TABLE {} RENAME TO ...) to keep its rows and let the next run create it anew",
            show(&have),
            show(&wanted),
            table.write.as_str(),
            quote_ident(table.name)
        )));
    }
    let mut migration = Migration::default();
    for (index, column) in table.columns.iter().enumerate() {
        let Some(found) = existing.iter().find(|e| e.name == column.name) else {
            migration.changes.push(Change::Add(index));
            migration.effective.push(column.sql_type);
            continue;
        };
        let new = stored(column.sql_type, dialect);
        let have = class(&found.declared);
        match have {
            Some(have) if holds(have, new) => {
                // Written as the column stores them (SQLite's classes are the plan's).
                migration.effective.push(if dialect == Dialect::Sqlite {
                    column.sql_type
                } else {
                    have
                });
            }
            Some(SqlType::Integer) if new == SqlType::Float => {
                migration.changes.push(Change::Widen {
                    column: column.name.to_string(),
                    from: found.declared.clone(),
                    to: SqlType::Float,
                });
                migration.effective.push(column.sql_type);
            }
            Some(_) if new == SqlType::Text => {
                migration.changes.push(Change::Widen {
                    column: column.name.to_string(),
                    from: found.declared.clone(),
                    to: SqlType::Text,
                });
                migration.effective.push(column.sql_type);
            }
            _ => {
                let to = type_name(column.sql_type, dialect);
                return Err(fail(format!(
                    "column `{}` is {} in the database and {to} in this crate, a change that could lose or reinterpret values, so it is not made automatically: convert the column yourself (ALTER TABLE {} ALTER COLUMN {} TYPE {to} USING ...), or rename the table to keep its rows and let the next run create it anew",
                    column.name,
                    found.declared,
                    quote_ident(table.name),
                    quote_ident(column.name)
                )));
            }
        }
        let nullable = column.nullable && !table.primary_key.contains(&column.name);
        if found.not_null && nullable {
            migration
                .changes
                .push(Change::Relax(column.name.to_string()));
        }
    }
    // Columns the plan no longer has are kept, and must take rows without them.
    for e in existing {
        if e.not_null && table.column_index(&e.name).is_none() && !key.contains(&e.name) {
            migration.changes.push(Change::Relax(e.name.clone()));
        }
    }
    Ok(migration)
}

/// Integers above this lose digits as doubles.
const EXACT_IN_DOUBLE: &str = "9007199254740992";

/// The query counting the values of `column` that a double would round, before an integer
/// column is widened to a number (ids above 2^53 must not change silently).
pub(crate) fn rounding_query(table: &str, column: &str) -> String {
    format!(
        "SELECT count(*) FROM {} WHERE abs({}) > {EXACT_IN_DOUBLE}",
        quote_ident(table),
        quote_ident(column)
    )
}

/// The refusal when [`rounding_query`] found values.
pub(crate) fn rounding_error(
    table: &TableSpec,
    column: &str,
    count: i64,
    destination: &str,
) -> SinkError {
    SinkError::Schema {
        destination: destination.to_string(),
        table: table.name.to_string(),
        message: format!(
            "column `{column}` became a number in this crate, but {count} of its stored integers are beyond 2^53 and would be rounded as doubles; nothing was changed. Convert the column yourself (to NUMERIC or TEXT), or keep the integer type with `[tables]` settings and regenerate"
        ),
    }
}

/// A change as one line of the run summary.
pub(crate) fn describe(table: &TableSpec, change: &Change, dialect: Dialect) -> String {
    match change {
        Change::Add(c) => {
            let column = &table.columns[*c];
            format!(
                "table `{}`: added column `{}` ({})",
                table.name,
                column.name,
                type_name(column.sql_type, dialect)
            )
        }
        Change::Widen { column, from, to } => format!(
            "table `{}`: widened column `{column}` from {from} to {}",
            table.name,
            type_name(*to, dialect)
        ),
        Change::Relax(column) => {
            format!("table `{}`: column `{column}` now accepts NULL", table.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::{ColumnSource, ColumnSpec, WriteMode};

    const TABLE: TableSpec = TableSpec {
        name: "t",
        columns: &[
            ColumnSpec {
                name: "id",
                sql_type: SqlType::Text,
                nullable: false,
                source: ColumnSource::Field(&["id"]),
            },
            ColumnSpec {
                name: "amount",
                sql_type: SqlType::Float,
                nullable: true,
                source: ColumnSource::Field(&["amount"]),
            },
            ColumnSpec {
                name: "note",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["note"]),
            },
            ColumnSpec {
                name: "at",
                sql_type: SqlType::Timestamp,
                nullable: true,
                source: ColumnSource::Field(&["at"]),
            },
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    };

    fn col(name: &str, declared: &str, not_null: bool) -> Existing {
        Existing {
            name: name.into(),
            declared: declared.into(),
            not_null,
        }
    }

    #[test]
    fn adds_widens_and_relaxes() {
        let existing = [
            col("id", "TEXT", true),
            col("amount", "BIGINT", false),
            col("note", "BOOLEAN", true),
            col("gone", "TEXT", true),
        ];
        let m = compare(&TABLE, &existing, &["id".into()], Dialect::Postgres, "d").unwrap();
        assert_eq!(
            m.changes,
            vec![
                Change::Widen {
                    column: "amount".into(),
                    from: "BIGINT".into(),
                    to: SqlType::Float
                },
                Change::Widen {
                    column: "note".into(),
                    from: "BOOLEAN".into(),
                    to: SqlType::Text
                },
                Change::Relax("note".into()),
                Change::Add(3),
                Change::Relax("gone".into()),
            ]
        );
    }

    #[test]
    fn wider_columns_stay() {
        // A float column takes integers; a text column takes anything.
        const NARROW: TableSpec = TableSpec {
            columns: &[
                ColumnSpec {
                    name: "id",
                    sql_type: SqlType::Text,
                    nullable: false,
                    source: ColumnSource::Field(&["id"]),
                },
                ColumnSpec {
                    name: "amount",
                    sql_type: SqlType::Integer,
                    nullable: true,
                    source: ColumnSource::Field(&["amount"]),
                },
            ],
            ..TABLE
        };
        let existing = [
            col("id", "TEXT", true),
            col("amount", "DOUBLE PRECISION", false),
        ];
        let m = compare(&NARROW, &existing, &["id".into()], Dialect::Postgres, "d").unwrap();
        assert!(m.changes.is_empty());
        assert_eq!(m.effective, vec![SqlType::Text, SqlType::Float]);
    }

    #[test]
    fn refuses_what_could_lose_values() {
        let existing = [col("id", "TEXT", true), col("at", "BIGINT", false)];
        let err = compare(&TABLE, &existing, &["id".into()], Dialect::Postgres, "d")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("column `at` is BIGINT in the database and TIMESTAMPTZ"),
            "{err}"
        );
        let err = compare(
            &TABLE,
            &[col("id", "TEXT", true)],
            &[],
            Dialect::Sqlite,
            "d",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("primary key is none in the database and (id)"),
            "{err}"
        );
    }
}
