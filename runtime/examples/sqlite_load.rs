//! Measures SQLite sink throughput: 100k rows of 30 columns in batches of 10k rows (one
//! transaction each), into a fresh database in a temporary directory. Timing belongs here,
//! not in tests.
//!
//! `cargo run --release -p apitap-runtime --features sqlite --example sqlite_load [ROWS]`

use std::time::Instant;

use apitap_runtime::codegen as rt;
use rt::{Cell, ColumnSource, ColumnSpec, Rows, Sink, SqlType, TableSpec, WriteMode};

const fn col(name: &'static str, sql_type: SqlType) -> ColumnSpec {
    ColumnSpec {
        name,
        sql_type,
        nullable: true,
        source: ColumnSource::Field(&[]),
    }
}

/// `id` plus 29 columns cycling through the types generated tables use.
static COLUMNS: [ColumnSpec; 30] = {
    const NAMES: [&str; 30] = [
        "id", "c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10", "c11", "c12",
        "c13", "c14", "c15", "c16", "c17", "c18", "c19", "c20", "c21", "c22", "c23", "c24", "c25",
        "c26", "c27", "c28", "c29",
    ];
    const TYPES: [SqlType; 6] = [
        SqlType::Text,
        SqlType::Integer,
        SqlType::Float,
        SqlType::Boolean,
        SqlType::Timestamp,
        SqlType::Json,
    ];
    let mut cols = [const { col("", SqlType::Text) }; 30];
    let mut i = 0;
    while i < 30 {
        cols[i] = col(NAMES[i], TYPES[i % 6]);
        i += 1;
    }
    cols[0].nullable = false;
    cols
};

static TABLES: &[TableSpec] = &[TableSpec {
    name: "wide",
    columns: &COLUMNS,
    primary_key: &["id"],
    parent: None,
    parent_key: &[],
    path: &[],
    write: WriteMode::Merge,
}];

fn row(n: usize) -> Vec<Cell> {
    (0..30)
        .map(|c| match (c, c % 6) {
            (0, _) => Cell::Text(format!("rec_{n:08}")),
            (_, 0) => Cell::Text(format!("value {n} in column {c}")),
            (_, 1) => Cell::Int((n * 31 + c) as i64),
            (_, 2) => Cell::Float(n as f64 * 0.25 + c as f64),
            (_, 3) => Cell::Bool((n + c) & 1 == 0),
            (_, 4) => Cell::UnixTime(1_700_000_000 + n as i64),
            _ => Cell::Json(format!("{{\"n\":{n},\"c\":{c}}}")),
        })
        .collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let batch = 10_000;
    let dir = std::env::temp_dir().join(format!("apitap-sqlite-load-{}", std::process::id()));
    let path = dir.join("load.db");
    let mut sink = Sink::open(&format!("sqlite:{}", path.display()), TABLES).await?;

    let batches: Vec<Rows> = (0..total)
        .step_by(batch)
        .map(|start| {
            let mut rows = Rows::new();
            for n in start..(start + batch).min(total) {
                rows.push(0, row(n));
            }
            rows
        })
        .collect();

    let started = Instant::now();
    for rows in &batches {
        sink.write_with_state(rows, "wide", Some("x")).await?;
    }
    let insert = started.elapsed();
    let started = Instant::now();
    for rows in &batches {
        sink.write(rows).await?;
    }
    let upsert = started.elapsed();
    sink.finish().await?;
    let _ = std::fs::remove_dir_all(&dir);

    let rate = |d: std::time::Duration| total as f64 / d.as_secs_f64();
    println!(
        "{total} rows x 30 columns, batches of {batch}: insert {:.0} rows/s ({:.2}s), re-load (upsert) {:.0} rows/s ({:.2}s)",
        rate(insert),
        insert.as_secs_f64(),
        rate(upsert),
        upsert.as_secs_f64()
    );
    Ok(())
}
