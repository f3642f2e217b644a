//! Tables and records shared by the sink and sync tests: a root table with every column
//! type and a child table for an array of objects, filled by a hand-written `Flatten` like
//! the generated ones.
#![allow(dead_code)]

use apitap_runtime::codegen as rt;
use rt::{Cell, ColumnSource, ColumnSpec, Flatten, Rows, SqlType, TableSpec, ToCell, WriteMode};
use serde_json::{json, Value};

pub static TABLES: &[TableSpec] = &[
    TableSpec {
        name: "customers",
        columns: &[
            ColumnSpec {
                name: "id",
                sql_type: SqlType::Text,
                nullable: false,
                source: ColumnSource::Field(&["id"]),
            },
            ColumnSpec {
                name: "name",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["name"]),
            },
            ColumnSpec {
                name: "balance",
                sql_type: SqlType::Integer,
                nullable: true,
                source: ColumnSource::Field(&["balance"]),
            },
            ColumnSpec {
                name: "score",
                sql_type: SqlType::Float,
                nullable: true,
                source: ColumnSource::Field(&["score"]),
            },
            ColumnSpec {
                name: "active",
                sql_type: SqlType::Boolean,
                nullable: true,
                source: ColumnSource::Field(&["active"]),
            },
            ColumnSpec {
                name: "created",
                sql_type: SqlType::Timestamp,
                nullable: true,
                source: ColumnSource::Field(&["created"]),
            },
            ColumnSpec {
                name: "address__city",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["address", "city"]),
            },
            ColumnSpec {
                name: "metadata",
                sql_type: SqlType::Json,
                nullable: true,
                source: ColumnSource::Field(&["metadata"]),
            },
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "customers__items",
        columns: &[
            ColumnSpec {
                name: "_parent_id",
                sql_type: SqlType::Text,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "_index",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "sku",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["sku"]),
            },
            ColumnSpec {
                name: "qty",
                sql_type: SqlType::Integer,
                nullable: true,
                source: ColumnSource::Field(&["qty"]),
            },
        ],
        primary_key: &["_parent_id", "_index"],
        parent: Some("customers"),
        parent_key: &["_parent_id"],
        path: &["items"],
        write: WriteMode::Merge,
    },
];

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Address {
    pub city: Option<String>,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Item {
    pub sku: String,
    pub qty: i32,
}

#[derive(Debug, Clone, serde::Deserialize)]
pub struct Customer {
    pub id: String,
    pub name: Option<String>,
    pub balance: i64,
    pub score: f64,
    pub active: bool,
    pub created: i64,
    pub address: Option<Address>,
    pub metadata: Value,
    pub items: Vec<Item>,
}

impl Flatten for Customer {
    fn flatten(&self, rows: &mut Rows) {
        rows.push(
            0,
            vec![
                self.id.to_cell(),
                self.name.to_cell(),
                self.balance.to_cell(),
                self.score.to_cell(),
                self.active.to_cell(),
                Cell::UnixTime(self.created),
                self.address
                    .as_ref()
                    .and_then(|a| a.city.as_ref())
                    .to_cell(),
                self.metadata.to_cell(),
            ],
        );
        for (i, item) in self.items.iter().enumerate() {
            rows.push(
                1,
                vec![
                    self.id.to_cell(),
                    (i as i64).to_cell(),
                    item.sku.to_cell(),
                    item.qty.to_cell(),
                ],
            );
        }
    }
}

/// Customer `n` with `items` child rows.
pub fn customer(n: u32, items: usize) -> Customer {
    Customer {
        id: format!("cus_{n}"),
        name: Some(format!("Name, \"{n}\"\nline two")),
        balance: i64::from(n) * 100,
        score: f64::from(n) + 0.5,
        active: n & 1 == 0,
        created: 1_700_000_000 + i64::from(n),
        address: Some(Address {
            city: Some(format!("City {n}")),
        }),
        metadata: json!({"tags": ["a", "b"], "tier": n}),
        items: (0..items)
            .map(|i| Item {
                sku: format!("sku_{n}_{i}"),
                qty: i as i32 + 1,
            })
            .collect(),
    }
}

/// Rows for `customers`.
pub fn rows_of(customers: &[Customer]) -> Rows {
    let mut rows = Rows::new();
    for c in customers {
        c.flatten(&mut rows);
    }
    rows
}

/// A small table set for exact DDL assertions.
pub static DDL_TABLES: &[TableSpec] = &[
    TableSpec {
        name: "orders",
        columns: &[
            ColumnSpec {
                name: "id",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Field(&["id"]),
            },
            ColumnSpec {
                name: "total",
                sql_type: SqlType::Float,
                nullable: true,
                source: ColumnSource::Field(&["total"]),
            },
            ColumnSpec {
                name: "paid",
                sql_type: SqlType::Boolean,
                nullable: true,
                source: ColumnSource::Field(&["paid"]),
            },
            ColumnSpec {
                name: "note",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["note"]),
            },
            ColumnSpec {
                name: "created_at",
                sql_type: SqlType::Timestamp,
                nullable: false,
                source: ColumnSource::Field(&["created_at"]),
            },
            ColumnSpec {
                name: "extra",
                sql_type: SqlType::Json,
                nullable: true,
                source: ColumnSource::Field(&["extra"]),
            },
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "orders__lines",
        columns: &[
            ColumnSpec {
                name: "_parent_id",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "_index",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "say \"hi\"",
                sql_type: SqlType::Text,
                nullable: true,
                source: ColumnSource::Field(&["say \"hi\""]),
            },
        ],
        primary_key: &["_parent_id", "_index"],
        parent: Some("orders"),
        parent_key: &["_parent_id"],
        path: &["lines"],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "orders__lines__taxes",
        columns: &[
            ColumnSpec {
                name: "_root_id",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "_parent_index",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "_index",
                sql_type: SqlType::Integer,
                nullable: false,
                source: ColumnSource::Key,
            },
            ColumnSpec {
                name: "rate",
                sql_type: SqlType::Float,
                nullable: true,
                source: ColumnSource::Field(&["rate"]),
            },
        ],
        primary_key: &["_root_id", "_parent_index", "_index"],
        parent: Some("orders__lines"),
        parent_key: &["_root_id"],
        path: &["taxes"],
        write: WriteMode::Merge,
    },
];

pub fn ddl_expected(dialect: rt::Dialect) -> String {
    let (int, float, boolean, ts, json) = match dialect {
        rt::Dialect::Sqlite => ("INTEGER", "REAL", "INTEGER", "TEXT", "TEXT"),
        rt::Dialect::Postgres => (
            "BIGINT",
            "DOUBLE PRECISION",
            "BOOLEAN",
            "TIMESTAMPTZ",
            "JSONB",
        ),
    };
    format!(
        r#"CREATE TABLE IF NOT EXISTS "orders" (
    "id" {int} NOT NULL,
    "total" {float},
    "paid" {boolean},
    "note" TEXT,
    "created_at" {ts} NOT NULL,
    "extra" {json},
    PRIMARY KEY ("id")
);

CREATE TABLE IF NOT EXISTS "orders__lines" (
    "_parent_id" {int} NOT NULL,
    "_index" {int} NOT NULL,
    "say ""hi""" TEXT,
    PRIMARY KEY ("_parent_id", "_index")
);

CREATE TABLE IF NOT EXISTS "orders__lines__taxes" (
    "_root_id" {int} NOT NULL,
    "_parent_index" {int} NOT NULL,
    "_index" {int} NOT NULL,
    "rate" {float},
    PRIMARY KEY ("_root_id", "_parent_index", "_index")
);
"#
    )
}

/// Two unrelated root tables, for sinks opened for some tables only.
pub static TWO_ROOTS: &[TableSpec] = &[
    TableSpec {
        name: "alpha",
        columns: &[ColumnSpec {
            name: "id",
            sql_type: SqlType::Text,
            nullable: false,
            source: ColumnSource::Field(&["id"]),
        }],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
    TableSpec {
        name: "beta",
        columns: &[ColumnSpec {
            name: "id",
            sql_type: SqlType::Text,
            nullable: false,
            source: ColumnSource::Field(&["id"]),
        }],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: WriteMode::Merge,
    },
];

/// One row for table `table` of [`TWO_ROOTS`].
pub fn root_row(table: usize, id: &str) -> Rows {
    let mut rows = Rows::new();
    rows.push(table, vec![Cell::Text(id.into())]);
    rows
}

/// What every sink does when opened for `alpha` only: `beta` cannot be written; state keys
/// are set and removed in the same commit as rows.
pub async fn opened_for_some_tables(sink: &mut apitap_runtime::codegen::Sink) {
    sink.commit(
        &root_row(0, "a1"),
        &[("s", "at `.`: bad", "{\"id\":1}")],
        &[("s", Some("1")), ("s#resume", Some("{}"))],
    )
    .await
    .unwrap();
    assert_eq!(
        sink.load_state("s#resume").await.unwrap().as_deref(),
        Some("{}")
    );
    sink.commit(
        &root_row(0, "a2"),
        &[],
        &[("s#resume", None), ("s", Some("2"))],
    )
    .await
    .unwrap();
    assert_eq!(sink.load_state("s#resume").await.unwrap(), None);
    assert_eq!(sink.load_state("s").await.unwrap().as_deref(), Some("2"));
    let err = sink.commit(&root_row(1, "b1"), &[], &[]).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("table `beta`: not among the tables this sink was opened for"),
        "{err}"
    );
}

/// [`TWO_ROOTS`] with `alpha` written `append` (its key indexed, not enforced).
pub static TWO_ROOTS_APPEND: &[TableSpec] = &[
    TableSpec {
        write: WriteMode::Append,
        ..TWO_ROOTS[0]
    },
    TableSpec { ..TWO_ROOTS[1] },
];

/// An older version of [`TABLES`]' `customers`: fewer columns, `score` an integer, `name`
/// not null, and a column the newer plan no longer has.
pub static OLD_CUSTOMERS: &[TableSpec] = &[TableSpec {
    name: "customers",
    columns: &[
        ColumnSpec {
            name: "id",
            sql_type: SqlType::Text,
            nullable: false,
            source: ColumnSource::Field(&["id"]),
        },
        ColumnSpec {
            name: "name",
            sql_type: SqlType::Text,
            nullable: false,
            source: ColumnSource::Field(&["name"]),
        },
        ColumnSpec {
            name: "score",
            sql_type: SqlType::Integer,
            nullable: true,
            source: ColumnSource::Field(&["score"]),
        },
        ColumnSpec {
            name: "legacy",
            sql_type: SqlType::Text,
            nullable: false,
            source: ColumnSource::Field(&["legacy"]),
        },
    ],
    primary_key: &["id"],
    parent: None,
    parent_key: &[],
    path: &[],
    write: WriteMode::Merge,
}];

/// Loads a row with [`OLD_CUSTOMERS`] into `dest`, then opens it with [`TABLES`] and loads
/// `customer(2, 1)`; returns what opening migrated. The old row (`cus_old`, name `Old`,
/// score 7, legacy `kept`) must be intact afterwards, and the new columns present.
pub async fn old_then_new(dest: &str) -> Vec<String> {
    let mut old = rt::Sink::open(dest, OLD_CUSTOMERS).await.unwrap();
    let mut rows = Rows::new();
    rows.push(
        0,
        vec![
            Cell::Text("cus_old".into()),
            Cell::Text("Old".into()),
            Cell::Int(7),
            Cell::Text("kept".into()),
        ],
    );
    old.write(&rows).await.unwrap();
    assert!(old.migrations().is_empty());
    old.finish().await.unwrap();
    let mut new = rt::Sink::open(dest, TABLES).await.unwrap();
    let migrations = new.migrations().to_vec();
    new.write(&rows_of(&[customer(2, 1)])).await.unwrap();
    new.finish().await.unwrap();
    for expected in [
        "table `customers`: widened column `score`",
        "table `customers`: added column `balance`",
        "table `customers`: added column `metadata`",
        "table `customers`: column `legacy` now accepts NULL",
    ] {
        assert!(
            migrations.iter().any(|m| m.starts_with(expected)),
            "{expected}: {migrations:?}"
        );
    }
    // Opening again changes nothing more.
    let again = rt::Sink::open(dest, TABLES).await.unwrap();
    assert!(again.migrations().is_empty(), "{:?}", again.migrations());
    again.finish().await.unwrap();
    migrations
}

/// A table written `merge` cannot be reopened `append` (its key would change): refused
/// before any row is written, naming the table and saying what to do.
pub async fn a_key_change_is_refused(dest: &str) {
    let mut sink = rt::Sink::open(dest, TWO_ROOTS).await.unwrap();
    sink.write(&root_row(0, "a1")).await.unwrap();
    sink.finish().await.unwrap();
    let err = rt::Sink::open(dest, TWO_ROOTS_APPEND)
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("table `alpha`")
            && err.contains("primary key is (id) in the database and none in this crate")
            && err.contains("RENAME"),
        "{err}"
    );
}

/// Writes `a1` twice into `alpha` written `append` at `append_dest` (both rows are kept),
/// and at `replace_dest` writes `a1`, `a2`, then stages `alpha`, writes `a3` and swaps it
/// in (`alpha` then holds `a3` alone, and no staging table is left).
pub async fn append_and_replace(append_dest: &str, replace_dest: &str) {
    let mut sink = rt::Sink::open(append_dest, TWO_ROOTS_APPEND).await.unwrap();
    sink.write(&root_row(0, "a1")).await.unwrap();
    sink.write(&root_row(0, "a1")).await.unwrap();
    sink.finish().await.unwrap();

    let mut sink = rt::Sink::open(replace_dest, TWO_ROOTS).await.unwrap();
    sink.write(&root_row(0, "a1")).await.unwrap();
    sink.write(&root_row(0, "a2")).await.unwrap();
    sink.stage(&[0]).await.unwrap();
    sink.write(&root_row(0, "a3")).await.unwrap();
    sink.swap(&[0]).await.unwrap();
    sink.finish().await.unwrap();
}

/// An integer column the new plan makes a number holds a value a double would round: the
/// sink refuses to open, changing nothing.
pub async fn a_rounding_widen_is_refused(dest: &str) {
    let mut old = rt::Sink::open(dest, OLD_CUSTOMERS).await.unwrap();
    let mut rows = Rows::new();
    rows.push(
        0,
        vec![
            Cell::Text("cus_big".into()),
            Cell::Text("Big".into()),
            Cell::Int(9_007_199_254_740_993),
            Cell::Text("x".into()),
        ],
    );
    old.write(&rows).await.unwrap();
    old.finish().await.unwrap();
    let err = rt::Sink::open(dest, TABLES).await.unwrap_err().to_string();
    assert!(
        err.contains("column `score` became a number")
            && err.contains("1 of its stored integers are beyond 2^53"),
        "{err}"
    );
}
