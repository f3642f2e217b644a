//! Parquet sink: files per table renamed into place only when complete, the state saved
//! only once the files before it are, files rolled every `file_rows` rows, `replace` by
//! swapping files, the run log beside them.
#![cfg(feature = "parquet")]

mod sink_support;

use apitap_runtime::codegen as rt;
use parquet::file::reader::{FileReader, SerializedFileReader};
use rt::Sink;
use sink_support::{customer, root_row, rows_of, TABLES, TWO_ROOTS};

fn files(dir: &std::path::Path, table: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(table))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn rows_in(path: &std::path::Path) -> i64 {
    let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    reader.metadata().file_metadata().num_rows()
}

#[tokio::test]
async fn the_state_waits_for_complete_files_and_files_roll() {
    let dir = tempfile::tempdir().unwrap();
    let dest = format!("parquet:{}?file_rows=3", dir.path().display());
    let mut sink = Sink::open(&dest, TABLES).await.unwrap();
    sink.write_with_state(&rows_of(&[customer(1, 0)]), "s", Some("1"))
        .await
        .unwrap();
    // The row waits for its file: nothing complete, no state saved (the sink itself knows).
    assert!(files(dir.path(), "customers").is_empty());
    assert_eq!(sink.load_state("s").await.unwrap().as_deref(), Some("1"));
    assert!(!dir.path().join("_apitap/_apitap_state.json").exists());
    // Two more: the file holds 3 rows, is complete, and the state follows it.
    sink.write_with_state(&rows_of(&[customer(2, 0), customer(3, 0)]), "s", Some("3"))
        .await
        .unwrap();
    let first = files(dir.path(), "customers");
    assert_eq!(first.len(), 1, "{first:?}");
    assert!(first[0].ends_with(".parquet") && !first[0].starts_with('.'));
    assert_eq!(rows_in(&dir.path().join("customers").join(&first[0])), 3);
    let saved = std::fs::read_to_string(dir.path().join("_apitap/_apitap_state.json")).unwrap();
    assert!(saved.contains("\"value\":\"3\""), "{saved}");
    // A fourth row starts the next file, complete when the sink finishes.
    sink.write_with_state(&rows_of(&[customer(4, 2)]), "s", Some("4"))
        .await
        .unwrap();
    sink.finish().await.unwrap();
    let all = files(dir.path(), "customers");
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(rows_in(&dir.path().join("customers").join(&all[1])), 1);
    let items: i64 = files(dir.path(), "customers__items")
        .iter()
        .map(|f| rows_in(&dir.path().join("customers__items").join(f)))
        .sum();
    assert_eq!(items, 2);
    let mut sink = Sink::open(&dest, TABLES).await.unwrap();
    assert_eq!(sink.load_state("s").await.unwrap().as_deref(), Some("4"));
    sink.finish().await.unwrap();
}

#[tokio::test]
async fn replace_swaps_the_files_and_discard_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let dest = format!("parquet:{}", dir.path().display());
    let mut sink = Sink::open(&dest, TWO_ROOTS).await.unwrap();
    sink.write(&root_row(0, "a1")).await.unwrap();
    sink.write(&root_row(0, "a2")).await.unwrap();
    sink.finish().await.unwrap();
    assert_eq!(files(dir.path(), "alpha").len(), 1);

    let mut sink = Sink::open(&dest, TWO_ROOTS).await.unwrap();
    sink.stage(&[0]).await.unwrap();
    sink.write(&root_row(0, "a9")).await.unwrap();
    sink.discard(&[0]).await.unwrap();
    sink.finish().await.unwrap();
    let kept = files(dir.path(), "alpha");
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(rows_in(&dir.path().join("alpha").join(&kept[0])), 2);

    let mut sink = Sink::open(&dest, TWO_ROOTS).await.unwrap();
    sink.stage(&[0]).await.unwrap();
    sink.write(&root_row(0, "a3")).await.unwrap();
    sink.swap(&[0]).await.unwrap();
    sink.finish().await.unwrap();
    let now = files(dir.path(), "alpha");
    assert_eq!(now.len(), 1, "the old file is gone: {now:?}");
    assert_ne!(now, kept);
    assert_eq!(rows_in(&dir.path().join("alpha").join(&now[0])), 1);
}

#[tokio::test]
async fn a_bad_option_or_value_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let err = Sink::open(&format!("parquet:{}?rows=1", dir.path().display()), TABLES)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("parquet:DIR takes ?file_rows=N"), "{err}");
    let mut sink = Sink::open(&format!("parquet:{}", dir.path().display()), TWO_ROOTS)
        .await
        .unwrap();
    let mut rows = rt::Rows::new();
    rows.push(0, vec![rt::Cell::Text("a".into()), rt::Cell::Null]);
    let err = sink.write(&rows).await.unwrap_err().to_string();
    assert!(err.contains("a row has 2 cells for 1 columns"), "{err}");
}

static EVENTS: &[rt::TableSpec] = &[rt::TableSpec {
    name: "events",
    columns: &[
        rt::ColumnSpec {
            name: "id",
            sql_type: rt::SqlType::Text,
            nullable: false,
            source: rt::ColumnSource::Field(&["id"]),
        },
        rt::ColumnSpec {
            name: "at",
            sql_type: rt::SqlType::Timestamp,
            nullable: true,
            source: rt::ColumnSource::Field(&["at"]),
        },
        rt::ColumnSpec {
            name: "_extra",
            sql_type: rt::SqlType::Json,
            nullable: true,
            source: rt::ColumnSource::Extra,
        },
    ],
    primary_key: &["id"],
    parent: None,
    parent_key: &[],
    path: &[],
    write: rt::WriteMode::Merge,
}];

fn event(id: &str, at: &str) -> rt::Rows {
    let mut rows = rt::Rows::new();
    rows.push(
        0,
        vec![
            rt::Cell::Text(id.into()),
            rt::Cell::Text(at.into()),
            rt::Cell::Null,
        ],
    );
    rows
}

#[tokio::test]
async fn a_value_its_column_cannot_hold_is_kept_in_extra_and_counted() {
    let dir = tempfile::tempdir().unwrap();
    let mut sink = Sink::open(&format!("parquet:{}", dir.path().display()), EVENTS)
        .await
        .unwrap();
    sink.write(&event("e1", "2024-03-01T10:00:00.000+0000"))
        .await
        .unwrap();
    sink.write(&event("e2", "next tuesday")).await.unwrap();
    let notes = sink.notes();
    assert_eq!(
        notes,
        ["table `events`: 1 value of `at` did not fit its type (Timestamp) and is kept in `_extra` as text"]
    );
    sink.finish().await.unwrap();
    let file = dir
        .path()
        .join("events")
        .join(&files(dir.path(), "events")[0]);
    let reader = SerializedFileReader::new(std::fs::File::open(file).unwrap()).unwrap();
    let rows: Vec<String> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap().to_string())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows,
        [
            r#"{id: "e1", at: 2024-03-01 10:00:00.000000 +00:00, _extra: null}"#,
            r#"{id: "e2", at: null, _extra: "{"at":"next tuesday"}"}"#,
        ]
    );
}

#[tokio::test]
async fn after_a_failed_write_nothing_more_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let dest = format!("parquet:{}", dir.path().display());
    // `customers` has no `_extra`: a time it cannot read fails the write.
    let mut sink = Sink::open(&dest, TABLES).await.unwrap();
    sink.write_with_state(&rows_of(&[customer(1, 0)]), "s", Some("1"))
        .await
        .unwrap();
    let mut bad = rows_of(&[customer(2, 0)]);
    let created = 5;
    bad.fill(0, 0, created, &rt::Cell::Text("someday".into()));
    let err = sink.write(&bad).await.unwrap_err().to_string();
    assert!(err.contains("column `created`"), "{err}");
    let err = sink.finish().await.unwrap_err().to_string();
    assert!(err.contains("an earlier write failed"), "{err}");
    assert!(!dir.path().join("_apitap/_apitap_state.json").exists());
    assert!(files(dir.path(), "customers")
        .iter()
        .all(|f| f.starts_with('.')));
}
