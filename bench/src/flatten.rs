//! Flattening and loading: records/s and rows/s of decoding Stripe-style list pages into the
//! generated types alone, of decoding and flattening them into rows, and of decoding,
//! flattening and loading them into SQLite (one transaction per page, as `sync` does).
//!
//! The records are the `orders` example's `Order` (`specs/records.yaml`): 14 columns, from
//! nested objects, unions, an expandable field and JSON columns, with two child tables (3 line
//! rows and 3 discount rows per order). Pages are rendered before timing; each variant runs
//! `--iterations` times, variants alternating, and the medians are reported.

use std::time::Instant;

use apitap_runtime::codegen::{self as rt, Flatten};
use orders::types::Order;

type BoxError = Box<dyn std::error::Error>;

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Records in all.
    #[arg(long, default_value_t = 100_000)]
    pub records: usize,
    /// Records per page (and per SQLite transaction).
    #[arg(long, default_value_t = 1_000)]
    pub per_page: usize,
    #[arg(long, default_value_t = 5)]
    pub iterations: usize,
}

/// One order (about 730 bytes of JSON): nested objects, unions, an expandable field, JSON
/// columns, three lines with a discount each. `sync-compare` serves the same records.
pub(crate) fn order(i: usize) -> serde_json::Value {
    let lines: Vec<_> = (0..3)
        .map(|l| {
            serde_json::json!({
                "sku": format!("sku_{:06}", (i * 3 + l) % 100_000),
                "quantity": 1 + (i + l) % 5,
                "discounts": [{"code": "WELCOME", "amount": 100 + l, "rules": [{"rule": "first_order"}]}],
            })
        })
        .collect();
    serde_json::json!({
        "id": format!("ord_{i:012}"),
        "status": if i.is_multiple_of(3) { "open" } else { "paid" },
        "created": 1_700_000_000 + i,
        "updated_at": "2026-11-25T12:00:00Z",
        "total": 12.5 + (i % 1000) as f64,
        "paid": !i.is_multiple_of(3),
        "tags": ["web", "subscription"],
        "metadata": {"source": "checkout", "campaign": format!("c{}", i % 17)},
        "reference": if i.is_multiple_of(2) { serde_json::json!(format!("ref-{i}")) } else { serde_json::json!(i) },
        "payload": {"kind": "a", "a": i % 100},
        "customer": if i.is_multiple_of(4) { serde_json::json!({"id": format!("cus_{i}"), "email": "a@example.com"}) } else { serde_json::json!(format!("cus_{i}")) },
        "shipping": {"name": "Jenny Rosen", "address": {"city": "Berlin", "geo": {"lat": 52.52, "lon": 13.405}}},
        "lines": lines,
    })
}

/// The records of one list page, decoded into the generated type.
fn decode(page: &[u8]) -> Result<Vec<Order>, BoxError> {
    #[derive(serde::Deserialize)]
    struct Page {
        data: Vec<Order>,
    }
    Ok(serde_json::from_slice::<Page>(page)?.data)
}

/// Stripe-style list pages (`data`, `has_more`) of `records` orders, as JSON bytes.
pub(crate) fn pages(records: usize, per_page: usize) -> Result<Vec<Vec<u8>>, BoxError> {
    let per_page = per_page.max(1);
    (0..records)
        .step_by(per_page)
        .map(|start| {
            let data: Vec<_> = (start..(start + per_page).min(records))
                .map(order)
                .collect();
            Ok(serde_json::to_vec(
                &serde_json::json!({ "data": data, "has_more": true }),
            )?)
        })
        .collect()
}

/// Decode, flatten and load `pages` into a new SQLite database at `path`, one transaction
/// per page: `sync`'s work without HTTP.
pub(crate) fn load_into_sqlite(
    runtime: &tokio::runtime::Runtime,
    pages: &[Vec<u8>],
    path: &std::path::Path,
) -> Result<(), BoxError> {
    runtime.block_on(async {
        let mut sink = rt::Sink::open(
            &format!("sqlite:{}", path.display()),
            orders::tables::TABLES,
        )
        .await?;
        let mut rows = rt::Rows::new();
        for page in pages {
            for record in decode(page)? {
                record.flatten(&mut rows);
            }
            sink.write(&rows).await?;
            rows.clear();
        }
        sink.finish().await?;
        Ok(())
    })
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

pub fn run(args: &Args) -> Result<(), BoxError> {
    let per_page = args.per_page.max(1);
    let pages = pages(args.records, per_page)?;
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let dir = std::env::temp_dir().join(format!("apitap-bench-flatten-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;

    let (mut decode_s, mut flatten_s, mut load_s) = (Vec::new(), Vec::new(), Vec::new());
    let mut rows_total = 0;
    for it in 0..args.iterations.max(1) {
        // Decoding alone.
        let t = Instant::now();
        let mut n = 0;
        for page in &pages {
            n += decode(page)?.len();
        }
        decode_s.push(t.elapsed().as_secs_f64());
        assert_eq!(n, args.records);

        // Decoding and flattening.
        let t = Instant::now();
        let mut rows = rt::Rows::new();
        let mut count = 0;
        for page in &pages {
            for record in decode(page)? {
                record.flatten(&mut rows);
            }
            count += rows.len();
            rows.clear();
        }
        flatten_s.push(t.elapsed().as_secs_f64());
        rows_total = count;

        // Decoding, flattening and loading into SQLite, a transaction per page.
        let path = dir.join(format!("load-{it}.db"));
        let t = Instant::now();
        load_into_sqlite(&runtime, &pages, &path)?;
        load_s.push(t.elapsed().as_secs_f64());
        let _ = std::fs::remove_file(&path);
    }
    let _ = std::fs::remove_dir_all(&dir);

    let records = args.records as f64;
    let rows = rows_total as f64;
    let (d, f, l) = (median(decode_s), median(flatten_s), median(load_s));
    println!(
        "flatten: {} records ({} rows: orders, lines, discounts) in pages of {per_page}, {:.1} MB JSON; {} iterations, medians",
        args.records,
        rows_total,
        bytes as f64 / 1e6,
        args.iterations.max(1)
    );
    println!("| variant | median time | records/s | rows/s | ÷ decoding alone |");
    println!("|---|---:|---:|---:|---:|");
    for (name, s) in [
        ("decode into `Order`", d),
        ("decode + flatten into rows", f),
        ("decode + flatten + load into SQLite", l),
    ] {
        println!(
            "| {name} | {:.1} ms | {:.0} | {:.0} | {:.2} |",
            s * 1e3,
            records / s,
            rows / s,
            d / s
        );
    }
    Ok(())
}
