//! SQLite sink against a real database file: idempotent reloads, replaced children,
//! timestamps, rejected records, state committed with rows, and the exact DDL.
#![cfg(feature = "sqlite")]

mod sink_support;

use apitap_runtime::codegen as rt;
use rt::{Cell, Rows, Sink};
use sink_support::{customer, ddl_expected, rows_of, DDL_TABLES, TABLES};

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

async fn open(dir: &tempfile::TempDir) -> (Sink, std::path::PathBuf) {
    let path = dir.path().join("sub/out.db");
    let sink = Sink::open(&format!("sqlite:{}", path.display()), TABLES)
        .await
        .expect("open sqlite");
    (sink, path)
}

#[tokio::test]
async fn reload_is_idempotent_and_replaces_children() {
    let dir = tempfile::tempdir().unwrap();
    let (mut sink, path) = open(&dir).await;
    assert!(matches!(sink, Sink::Sqlite(_)));
    let batch = vec![customer(1, 2), customer(2, 2), customer(3, 2)];
    sink.write(&rows_of(&batch)).await.unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM customers"), 3);
    assert_eq!(count(&conn, "SELECT count(*) FROM customers__items"), 6);

    // Values round-trip with their types.
    let (name, balance, score, active, created, city, meta): (
        String,
        i64,
        f64,
        i64,
        String,
        String,
        String,
    ) = conn
        .query_row(
            "SELECT name, balance, score, active, created, address__city, metadata FROM customers WHERE id = 'cus_2'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)),
        )
        .unwrap();
    assert_eq!(name, "Name, \"2\"\nline two");
    assert_eq!((balance, score, active), (200, 2.5, 1));
    assert_eq!(created, "2023-11-14T22:13:22Z");
    assert_eq!(city, "City 2");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&meta).unwrap(),
        serde_json::json!({"tier": 2, "tags": ["a", "b"]})
    );
    let sku: String = conn
        .query_row(
            "SELECT sku FROM customers__items WHERE _parent_id = 'cus_3' AND _index = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(sku, "sku_3_1");

    // The same batch again: same counts.
    sink.write(&rows_of(&batch)).await.unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM customers"), 3);
    assert_eq!(count(&conn, "SELECT count(*) FROM customers__items"), 6);

    // A changed record whose children went from 2 to 1.
    let mut changed = customer(2, 1);
    changed.name = Some("renamed".into());
    changed.address = None;
    sink.write(&rows_of(&[changed])).await.unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM customers"), 3);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM customers__items WHERE _parent_id = 'cus_2'"
        ),
        1
    );
    assert_eq!(count(&conn, "SELECT count(*) FROM customers__items"), 5);
    let (name, city): (String, Option<String>) = conn
        .query_row(
            "SELECT name, address__city FROM customers WHERE id = 'cus_2'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((name.as_str(), city), ("renamed", None));
    sink.finish().await.unwrap();
}

#[tokio::test]
async fn state_and_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let (mut sink, path) = open(&dir).await;
    assert_eq!(sink.load_state("customers").await.unwrap(), None);
    sink.write_with_state(&rows_of(&[customer(1, 1)]), "customers", Some("1700000001"))
        .await
        .unwrap();
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000001")
    );
    sink.save_state("customers", "1700000009").await.unwrap();
    sink.save_state("other", "x").await.unwrap();
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000009")
    );
    sink.reject("customers", "at `balance`: invalid type", r#"{"id":"bad"}"#)
        .await
        .unwrap();
    sink.finish().await.unwrap();

    let conn = rusqlite::Connection::open(&path).unwrap();
    let (stream, reason, raw, at): (String, String, String, String) = conn
        .query_row(
            "SELECT stream, reason, raw, rejected_at FROM _rejected",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(stream, "customers");
    assert_eq!(reason, "at `balance`: invalid type");
    assert_eq!(raw, r#"{"id":"bad"}"#);
    assert!(at.ends_with('Z') && at.len() == 20, "{at}");
    assert_eq!(count(&conn, "SELECT count(*) FROM _apitap_state"), 2);
}

#[tokio::test]
async fn failed_batch_commits_neither_rows_nor_state() {
    let dir = tempfile::tempdir().unwrap();
    let (mut sink, path) = open(&dir).await;
    let mut rows = rows_of(&[customer(1, 1)]);
    // A NULL primary key violates NOT NULL after the first row went in.
    rows.push(0, vec![Cell::Null; 8]);
    let err = sink
        .write_with_state(&rows, "customers", Some("5"))
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("customers"), "{err}");
    assert!(err.contains("out.db"), "{err}");
    assert_eq!(sink.load_state("customers").await.unwrap(), None);
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM customers"), 0);

    // Rows that do not fit their table are refused before anything is written.
    let mut bad = Rows::new();
    bad.push(1, vec![Cell::Int(1)]);
    let err = sink.write(&bad).await.unwrap_err().to_string();
    assert!(
        err.contains("customers__items") && err.contains("1 cells for 4 columns"),
        "{err}"
    );
    let mut unknown = Rows::new();
    unknown.push(7, vec![]);
    assert!(sink.write(&unknown).await.is_err());
}

#[tokio::test]
async fn inconsistent_tables_are_refused() {
    static BAD: &[rt::TableSpec] = &[rt::TableSpec {
        name: "t",
        columns: &[rt::ColumnSpec {
            name: "a",
            sql_type: rt::SqlType::Text,
            nullable: false,
            source: rt::ColumnSource::Field(&["a"]),
        }],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    }];
    let dir = tempfile::tempdir().unwrap();
    let err = Sink::open(
        &format!("sqlite:{}", dir.path().join("x.db").display()),
        BAD,
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("table `t`: primary key column `id` is not a column"),
        "{err}"
    );
}

#[test]
fn ddl_is_exact_for_both_dialects() {
    assert_eq!(
        rt::ddl(DDL_TABLES, rt::Dialect::Sqlite),
        ddl_expected(rt::Dialect::Sqlite)
    );
    assert_eq!(
        rt::ddl(DDL_TABLES, rt::Dialect::Postgres),
        ddl_expected(rt::Dialect::Postgres)
    );
}

#[tokio::test]
async fn ddl_runs_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let sink = Sink::open(
        &format!("sqlite:{}", dir.path().join("d.db").display()),
        DDL_TABLES,
    )
    .await
    .unwrap();
    sink.finish().await.unwrap();
}

#[tokio::test]
async fn opened_for_some_tables_creates_only_those() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("some.db");
    let mut sink = Sink::open_for(
        &format!("sqlite:{}", path.display()),
        sink_support::TWO_ROOTS,
        Some(&[0]),
    )
    .await
    .unwrap();
    sink_support::opened_for_some_tables(&mut sink).await;
    sink.finish().await.unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM alpha"), 2);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM sqlite_master WHERE name = 'beta'"
        ),
        0
    );
}

fn ids(db: &rusqlite::Connection, sql: &str) -> Vec<String> {
    db.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect()
}

#[tokio::test]
async fn an_older_table_gains_columns_and_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    sink_support::old_then_new(&format!("sqlite:{}", path.display())).await;
    let db = rusqlite::Connection::open(&path).unwrap();
    let (name, score, legacy, balance): (String, f64, String, Option<i64>) = db
        .query_row(
            "SELECT name, score, legacy, balance FROM customers WHERE id = 'cus_old'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (name.as_str(), score, legacy.as_str(), balance),
        ("Old", 7.0, "kept", None)
    );
    let (score, legacy): (f64, Option<String>) = db
        .query_row(
            "SELECT score, legacy FROM customers WHERE id = 'cus_2'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((score, legacy), (2.5, None));
    let types = ids(
        &db,
        "SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('customers') ORDER BY cid",
    );
    assert!(types.contains(&"score REAL 0".to_string()), "{types:?}");
    assert!(types.contains(&"legacy TEXT 0".to_string()), "{types:?}");
    assert!(types.contains(&"metadata TEXT 0".to_string()), "{types:?}");
}

#[tokio::test]
async fn a_rebuilt_table_keeps_the_users_indexes_and_views() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let dest = format!("sqlite:{}", path.display());
    let old = Sink::open(&dest, sink_support::OLD_CUSTOMERS)
        .await
        .unwrap();
    old.finish().await.unwrap();
    {
        let db = rusqlite::Connection::open(&path).unwrap();
        db.execute_batch(
            "CREATE INDEX customers_by_name ON customers (name);
             CREATE VIEW named AS SELECT id, name FROM customers;",
        )
        .unwrap();
    }
    // `score` widens from integer to real: the table is copied and swapped.
    let new = Sink::open(&dest, TABLES).await.unwrap();
    assert!(new
        .migrations()
        .iter()
        .any(|m| m.contains("widened column `score`")));
    new.finish().await.unwrap();
    let db = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(
        ids(
            &db,
            "SELECT name FROM sqlite_master WHERE name = 'customers_by_name'"
        ),
        ["customers_by_name"]
    );
    assert_eq!(ids(&db, "SELECT CAST(count(*) AS TEXT) FROM named"), ["0"]);
}

#[tokio::test]
async fn a_widening_that_would_round_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    sink_support::a_rounding_widen_is_refused(&format!(
        "sqlite:{}",
        dir.path().join("r.db").display()
    ))
    .await;
}

#[tokio::test]
async fn a_key_change_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    sink_support::a_key_change_is_refused(&format!("sqlite:{}", dir.path().join("k.db").display()))
        .await;
}

#[tokio::test]
async fn append_keeps_versions_and_replace_swaps() {
    let dir = tempfile::tempdir().unwrap();
    let (a, r) = (dir.path().join("a.db"), dir.path().join("r.db"));
    sink_support::append_and_replace(
        &format!("sqlite:{}", a.display()),
        &format!("sqlite:{}", r.display()),
    )
    .await;
    let db = rusqlite::Connection::open(&a).unwrap();
    assert_eq!(ids(&db, "SELECT id FROM alpha"), ["a1", "a1"]);
    let indices = ids(
        &db,
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'alpha'",
    );
    assert_eq!(indices, ["alpha__key"]);
    let db = rusqlite::Connection::open(&r).unwrap();
    assert_eq!(ids(&db, "SELECT id FROM alpha"), ["a3"]);
    assert!(ids(
        &db,
        "SELECT name FROM sqlite_master WHERE name LIKE '_apitap_stage%'"
    )
    .is_empty());
}

/// A generated crate compiles a table's columns with its operation group: with the group's
/// feature off the table is in `TABLES` without columns, and is neither created nor written.
#[tokio::test]
async fn tables_without_compiled_columns_are_left_out() {
    static SOME: &[rt::TableSpec] = &[
        rt::TableSpec {
            name: "off",
            columns: &[],
            primary_key: &["id"],
            parent: None,
            parent_key: &[],
            path: &[],
            write: rt::WriteMode::Merge,
        },
        rt::TableSpec {
            name: "on",
            columns: &[rt::ColumnSpec {
                name: "id",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["id"]),
            }],
            primary_key: &["id"],
            parent: None,
            parent_key: &[],
            path: &[],
            write: rt::WriteMode::Merge,
        },
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("some.db");
    let destination = format!("sqlite:{}", path.display());
    let mut sink = Sink::open(&destination, SOME).await.unwrap();
    let mut rows = Rows::new();
    rows.push(1, vec![Cell::Text("a".into())]);
    sink.write(&rows).await.unwrap();
    sink.finish().await.unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(count(&conn, "SELECT count(*) FROM \"on\""), 1);
    assert_eq!(
        count(
            &conn,
            "SELECT count(*) FROM sqlite_master WHERE name = 'off'"
        ),
        0
    );
    assert!(!rt::ddl(SOME, rt::Dialect::Sqlite).contains("\"off\""));
    // Asked for by a run, it says which feature is missing.
    let err = Sink::open_for(&destination, SOME, Some(&[0]))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("table `off`") && err.contains("enable the cargo feature"),
        "{err}"
    );
}
