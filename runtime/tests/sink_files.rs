//! JSON Lines and CSV sinks: files per table, headers once, escaping, state and rejections.
#![cfg(feature = "sinks")]

mod sink_support;

use apitap_runtime::codegen as rt;
use rt::{Cell, Rows, Sink};
use serde_json::{json, Value};
use sink_support::{customer, rows_of, TABLES};

#[tokio::test]
async fn jsonl_writes_one_object_per_row() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let mut sink = Sink::open(&format!("jsonl:{}", out.display()), TABLES)
        .await
        .unwrap();
    assert!(out.is_dir(), "directory created on open");
    sink.write(&rows_of(&[customer(1, 2), customer(2, 0)]))
        .await
        .unwrap();
    sink.write(&rows_of(&[customer(3, 1)])).await.unwrap();
    sink.reject("customers", "bad", "{\"id\":1}").await.unwrap();
    sink.write_with_state(&Rows::new(), "customers", Some("42"))
        .await
        .unwrap();
    sink.finish().await.unwrap();

    let text = std::fs::read_to_string(out.join("customers.jsonl")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3);
    // Columns in table order.
    assert!(
        lines[0].starts_with("{\"id\":\"cus_1\",\"name\":"),
        "{}",
        lines[0]
    );
    let first: Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(
        first,
        json!({
            "id": "cus_1", "name": "Name, \"1\"\nline two", "balance": 100, "score": 1.5,
            "active": false, "created": "2023-11-14T22:13:21Z", "address__city": "City 1",
            "metadata": {"tier": 1, "tags": ["a", "b"]}
        })
    );
    let items = std::fs::read_to_string(out.join("customers__items.jsonl")).unwrap();
    assert_eq!(items.lines().count(), 3);
    let rejected: Value = serde_json::from_str(
        std::fs::read_to_string(out.join("_rejected.jsonl"))
            .unwrap()
            .trim(),
    )
    .unwrap();
    assert_eq!(rejected["raw"], "{\"id\":1}");
    assert_eq!(rejected["reason"], "bad");

    // Appends on reopen, and the state is read back.
    let mut sink = Sink::open(&format!("jsonl:{}", out.display()), TABLES)
        .await
        .unwrap();
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("42")
    );
    assert_eq!(sink.load_state("other").await.unwrap(), None);
    sink.write(&rows_of(&[customer(1, 0)])).await.unwrap();
    sink.finish().await.unwrap();
    let text = std::fs::read_to_string(out.join("customers.jsonl")).unwrap();
    assert_eq!(text.lines().count(), 4, "file sinks are logs, not upserted");
}

#[tokio::test]
async fn csv_header_once_and_escaping() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("csv");
    let dest = format!("csv:{}", out.display());
    let mut sink = Sink::open(&dest, TABLES).await.unwrap();
    let mut rows = rows_of(&[customer(1, 1)]);
    rows.push(
        0,
        vec![
            Cell::Text("cus_x".into()),
            Cell::Text(String::new()),
            Cell::Null,
            Cell::Float(f64::NAN),
            Cell::Bool(true),
            Cell::UnixTime(0),
            Cell::Text("a\r\nb".into()),
            Cell::Json("[1,\"x\"]".into()),
        ],
    );
    sink.write(&rows).await.unwrap();
    sink.finish().await.unwrap();
    let mut sink = Sink::open(&dest, TABLES).await.unwrap();
    sink.write(&rows_of(&[customer(2, 0)])).await.unwrap();
    sink.finish().await.unwrap();

    let text = std::fs::read_to_string(out.join("customers.csv")).unwrap();
    let expected = "id,name,balance,score,active,created,address__city,metadata\n\
cus_1,\"Name, \"\"1\"\"\nline two\",100,1.5,false,2023-11-14T22:13:21Z,City 1,\"{\"\"tags\"\":[\"\"a\"\",\"\"b\"\"],\"\"tier\"\":1}\"\n\
cus_x,\"\",,NaN,true,1970-01-01T00:00:00Z,\"a\r\nb\",\"[1,\"\"x\"\"]\"\n\
cus_2,\"Name, \"\"2\"\"\nline two\",200,2.5,true,2023-11-14T22:13:22Z,City 2,\"{\"\"tags\"\":[\"\"a\"\",\"\"b\"\"],\"\"tier\"\":2}\"\n";
    assert_eq!(text, expected);
    let items = std::fs::read_to_string(out.join("customers__items.csv")).unwrap();
    assert_eq!(items, "_parent_id,_index,sku,qty\ncus_1,0,sku_1_0,1\n");
}

#[tokio::test]
async fn a_file_with_other_columns_is_kept_and_a_new_version_started() {
    for (scheme, ext, old) in [
        ("csv", "csv", "id,other\nx,y\n"),
        ("jsonl", "jsonl", "{\"id\":\"x\",\"other\":\"y\"}\n"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join(format!("customers.{ext}"));
        let second = dir.path().join(format!("customers.v2.{ext}"));
        std::fs::write(&first, old).unwrap();
        let dest = format!("{scheme}:{}", dir.path().display());
        let mut sink = Sink::open(&dest, TABLES).await.unwrap();
        sink.write(&rows_of(&[customer(1, 0)])).await.unwrap();
        let migrations = sink.migrations().to_vec();
        sink.finish().await.unwrap();
        assert_eq!(std::fs::read_to_string(&first).unwrap(), old, "{scheme}");
        assert_eq!(migrations.len(), 1, "{migrations:?}");
        assert!(
            migrations[0].contains("has other columns") && migrations[0].contains("v2"),
            "{migrations:?}"
        );
        // The next run finds the new version current and appends to it, without a note.
        let mut sink = Sink::open(&dest, TABLES).await.unwrap();
        sink.write(&rows_of(&[customer(2, 0)])).await.unwrap();
        assert!(sink.migrations().is_empty(), "{:?}", sink.migrations());
        sink.finish().await.unwrap();
        let text = std::fs::read_to_string(&second).unwrap();
        assert_eq!(text.matches("cus_").count(), 2, "{scheme}: {text}");
        if scheme == "csv" {
            assert!(text.starts_with("id,name,balance,"), "{text}");
        }
    }
}

#[tokio::test]
async fn destinations_without_their_feature_or_scheme() {
    let err = Sink::open("nowhere", TABLES).await.unwrap_err().to_string();
    assert!(err.contains("expected sqlite:PATH"), "{err}");
    #[cfg(not(feature = "postgres"))]
    {
        let err = Sink::open("postgres://u:secret@localhost/db", TABLES)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`postgres` feature") && !err.contains("secret"),
            "{err}"
        );
    }
}

#[tokio::test]
async fn state_keys_set_and_removed_with_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = rt::Sink::open_for(
        &format!("jsonl:{}", dir.path().display()),
        sink_support::TWO_ROOTS,
        Some(&[0]),
    )
    .await
    .unwrap();
    sink_support::opened_for_some_tables(&mut sink).await;
    sink.finish().await.unwrap();
    assert!(dir.path().join("alpha.jsonl").exists());
    assert!(!dir.path().join("beta.jsonl").exists());
}
