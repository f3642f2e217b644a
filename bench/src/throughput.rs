//! Pagination throughput: the generated `.items()` stream of `generated-examples/paged`
//! against a hand-written reqwest + serde loop, both reading the same pre-rendered pages from
//! a minimal HTTP/1.1 keep-alive server on loopback.
//!
//! The server runs on its own OS threads (one per connection, blocking I/O, responses
//! rendered before timing starts), so its cost per request is a `read` and one `write_all`.
//! The clients run on one current-thread tokio runtime. Variants alternate order every
//! iteration so neither profits systematically from a warmer cache or a quieter machine.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::TryStreamExt;
use serde::Deserialize;

use crate::pageserver::{render, serve};

/// Path of the Stripe-style (last item id) list operation of `specs/paged.yaml`.
pub(crate) const PATH: &str = "/last-id/customers";

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Pages the server holds (the walk fetches all of them).
    #[arg(long, default_value_t = 200)]
    pub pages: usize,
    /// Records per page.
    #[arg(long, default_value_t = 100)]
    pub per_page: usize,
    /// Timed iterations per variant (after one warm-up iteration each).
    #[arg(long, default_value_t = 10)]
    pub iterations: usize,
    /// Profile mode: run only this variant (items, hand, pages, fetch_only) for the
    /// iterations and print its time; no ratio. For `perf record`.
    #[arg(long)]
    pub only: Option<String>,
    /// Write the results as JSON to this file as well.
    #[arg(long)]
    pub json: Option<std::path::PathBuf>,
}

// ---------------------------------------------------------------------------------------
// Data and server

/// One Stripe-Charge-like record (about 1 KB of JSON). The generated `Event` type declares
/// only `id` and `name`; every other field is skipped by serde on both sides.
pub(crate) fn record(i: usize) -> serde_json::Value {
    serde_json::json!({
        "id": format!("ch_3M{i:014}"),
        "object": "charge",
        "name": format!("Charge for order #{i}"),
        "amount": 1000 + (i % 9000),
        "amount_captured": 1000 + (i % 9000),
        "amount_refunded": 0,
        "application_fee_amount": null,
        "balance_transaction": format!("txn_3M{i:014}"),
        "billing_details": {
            "address": {"city": "Berlin", "country": "DE", "line1": format!("Musterstrasse {}", i % 200), "line2": null, "postal_code": "10115", "state": null},
            "email": format!("customer{i}@example.com"),
            "name": "Jenny Rosen",
            "phone": null
        },
        "captured": true,
        "created": 1_680_000_000 + i,
        "currency": "eur",
        "customer": format!("cus_{:014}", i / 3),
        "description": "Subscription renewal (monthly plan)",
        "disputed": false,
        "livemode": false,
        "metadata": {"order_id": format!("ord_{i}"), "source": "web"},
        "outcome": {"network_status": "approved_by_network", "reason": null, "risk_level": "normal", "risk_score": (i * 7) % 100, "seller_message": "Payment complete.", "type": "authorized"},
        "paid": true,
        "payment_intent": format!("pi_3M{i:014}"),
        "payment_method": format!("pm_1M{i:014}"),
        "payment_method_details": {"card": {"brand": "visa", "country": "US", "exp_month": 1 + i % 12, "exp_year": 2030, "fingerprint": "Xt5EWLLDS7FJjR1c", "funding": "credit", "last4": "4242", "network": "visa"}, "type": "card"},
        "receipt_url": format!("https://pay.stripe.com/receipts/acct_1M2JTkLkdIwHu7ix/ch_3M{i:014}/rcpt_NKN2yqAm"),
        "refunded": false,
        "status": "succeeded"
    })
}

// ---------------------------------------------------------------------------------------
// Clients

/// What the hand-written loop decodes: the same fields as the generated types.
#[derive(Deserialize)]
struct ListPage {
    #[allow(dead_code)]
    object: String,
    data: Vec<Record>,
    has_more: bool,
}

#[derive(Deserialize)]
struct Record {
    id: String,
    name: Option<String>,
}

/// Records seen and a checksum over them (so no variant can skip the work).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Tally {
    records: usize,
    checksum: usize,
}

impl Tally {
    fn add(&mut self, id: &str, name: Option<&str>) {
        self.records += 1;
        self.checksum = self
            .checksum
            .wrapping_add(id.len() + name.map_or(0, str::len))
            .wrapping_add(id.as_bytes()[id.len() - 1] as usize);
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

struct Clients {
    base: String,
    per_page: usize,
    pages: usize,
    generated: paged::Client,
    http: reqwest::Client,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decode {
    Serde,
    PathToError,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Variant {
    /// `client.list_customers().limit(n).items()`.
    Items,
    /// Hand-written reqwest + serde loop.
    Hand,
    /// `client.list_customers().limit(n).pages()`, counting `page.data`.
    Pages,
    /// reqwest fetching the same pages, no JSON decoding (the HTTP floor).
    FetchOnly,
    /// The hand-written loop decoding through `serde_path_to_error`, as the runtime does.
    HandPathToError,
}

impl Variant {
    fn label(self) -> &'static str {
        match self {
            Variant::Items => "apitap `.items()`",
            Variant::Hand => "hand-written reqwest + serde loop",
            Variant::Pages => "apitap `.pages()` (context)",
            Variant::FetchOnly => "reqwest fetch only, no decoding (context)",
            Variant::HandPathToError => {
                "hand-written loop decoding via serde_path_to_error (context)"
            }
        }
    }
    fn key(self) -> &'static str {
        match self {
            Variant::Items => "items",
            Variant::Hand => "hand",
            Variant::Pages => "pages",
            Variant::FetchOnly => "fetch_only",
            Variant::HandPathToError => "hand_path_to_error",
        }
    }
}

const VARIANTS: [Variant; 5] = [
    Variant::Items,
    Variant::Hand,
    Variant::Pages,
    Variant::FetchOnly,
    Variant::HandPathToError,
];

impl Clients {
    async fn run(&self, v: Variant) -> Result<Tally, BoxError> {
        match v {
            Variant::Items => self.items().await,
            Variant::Hand => self.hand(Decode::Serde).await,
            Variant::Pages => self.pages().await,
            Variant::FetchOnly => self.hand(Decode::None).await,
            Variant::HandPathToError => self.hand(Decode::PathToError).await,
        }
    }

    async fn items(&self) -> Result<Tally, BoxError> {
        let mut tally = Tally::default();
        let mut stream = self
            .generated
            .list_customers()
            .limit(self.per_page as i64)
            .items();
        while let Some(event) = stream.try_next().await? {
            tally.add(&event.id, event.name.as_deref());
        }
        Ok(tally)
    }

    async fn pages(&self) -> Result<Tally, BoxError> {
        let mut tally = Tally::default();
        let mut stream = self
            .generated
            .list_customers()
            .limit(self.per_page as i64)
            .pages();
        while let Some(page) = stream.try_next().await? {
            for event in &page.data {
                tally.add(&event.id, event.name.as_deref());
            }
        }
        Ok(tally)
    }

    /// The loop a user would write by hand: GET, check the status, read the body, decode,
    /// take the last id, repeat while `has_more`. With `Decode::None` the body is fetched but
    /// not parsed and the next id is computed from the page number instead.
    async fn hand(&self, decode: Decode) -> Result<Tally, BoxError> {
        let url = format!("{}{PATH}", self.base);
        let mut tally = Tally::default();
        let mut after: Option<String> = None;
        let mut page_no = 0usize;
        loop {
            let mut req = self
                .http
                .get(&url)
                .bearer_auth("t")
                .query(&[("limit", self.per_page)]);
            if let Some(after) = &after {
                req = req.query(&[("starting_after", after)]);
            }
            let body = req.send().await?.error_for_status()?.bytes().await?;
            if decode == Decode::None {
                // The floor: same requests, body read in full, never parsed.
                tally.records += self.per_page;
                tally.checksum = tally.checksum.wrapping_add(body.len());
                page_no += 1;
                if page_no == self.pages {
                    return Ok(tally);
                }
                after = Some(format!("ch_3M{:014}", page_no * self.per_page - 1));
                continue;
            }
            let page: ListPage = if decode == Decode::PathToError {
                let mut de = serde_json::Deserializer::from_slice(&body);
                let page = serde_path_to_error::deserialize(&mut de)?;
                de.end()?;
                page
            } else {
                serde_json::from_slice(&body)?
            };
            for r in &page.data {
                tally.add(&r.id, r.name.as_deref());
            }
            if !page.has_more || page.data.is_empty() {
                return Ok(tally);
            }
            after = page.data.last().map(|r| r.id.clone());
        }
    }
}

// ---------------------------------------------------------------------------------------
// Driver

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

pub fn run(args: &Args) -> Result<(), BoxError> {
    if args.pages == 0 || args.per_page == 0 || args.iterations == 0 {
        return Err("--pages, --per-page and --iterations must be at least 1".into());
    }
    let t = Instant::now();
    let pages = Arc::new(render(
        &[PATH],
        args.pages * args.per_page,
        args.per_page,
        |_, i| record(i),
    ));
    let body_bytes = pages.body_bytes;
    eprintln!(
        "rendered {} pages x {} records ({:.1} MB of JSON, {:.0} bytes/record) in {:.2?}",
        args.pages,
        args.per_page,
        body_bytes as f64 / 1e6,
        body_bytes as f64 / (args.pages * args.per_page) as f64,
        t.elapsed()
    );
    let base = serve(pages)?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let result = rt.block_on(async {
        let generated = paged::Client::new(
            paged::Config::new()
                .base_url(base.clone())
                .credential("token", apitap_runtime::codegen::Credential::bearer("t")),
        )?;
        let clients = Clients {
            base,
            per_page: args.per_page,
            pages: args.pages,
            generated,
            http: reqwest::Client::new(),
        };
        let expected = args.pages * args.per_page;
        // Warm-up: connections, allocator, page cache; also checks every variant agrees.
        let mut reference: Option<Tally> = None;
        for v in VARIANTS {
            let tally = clients.run(v).await?;
            if tally.records != expected {
                return Err(format!(
                    "{}: {} records, expected {expected}",
                    v.key(),
                    tally.records
                )
                .into());
            }
            if v != Variant::FetchOnly {
                match reference {
                    None => reference = Some(tally),
                    Some(r) if r != tally => {
                        return Err(
                            format!("{}: checksum differs ({tally:?} vs {r:?})", v.key()).into(),
                        )
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(only) = &args.only {
            let v = VARIANTS
                .into_iter()
                .find(|v| v.key() == only)
                .ok_or_else(|| format!("--only: unknown variant {only}"))?;
            let start = Instant::now();
            for _ in 0..args.iterations {
                std::hint::black_box(clients.run(v).await?);
            }
            let secs = start.elapsed().as_secs_f64() / args.iterations as f64;
            println!(
                "{}: {:.1} ms per walk, {:.0} records/s",
                v.label(),
                secs * 1e3,
                expected as f64 / secs
            );
            return Ok(None);
        }
        let mut times: HashMap<Variant, Vec<f64>> = HashMap::new();
        let mut paired: Vec<f64> = Vec::new();
        for i in 0..args.iterations {
            let mut order = VARIANTS;
            if i % 2 == 1 {
                order.reverse();
            }
            let mut this: HashMap<Variant, f64> = HashMap::new();
            for v in order {
                let start = Instant::now();
                let tally = clients.run(v).await?;
                let secs = start.elapsed().as_secs_f64();
                std::hint::black_box(tally);
                this.insert(v, secs);
                times.entry(v).or_default().push(secs);
            }
            // Throughput ratio items/hand = time hand / time items.
            paired.push(this[&Variant::Hand] / this[&Variant::Items]);
        }
        Ok::<_, BoxError>(Some((times, paired)))
    });
    let Some((times, paired)) = result? else {
        return Ok(());
    };
    let records = (args.pages * args.per_page) as f64;
    let mut rows = Vec::new();
    println!(
        "\nthroughput: {} pages x {} records/page = {} records, {:.1} MB JSON; {} iterations, alternating order",
        args.pages, args.per_page, records, body_bytes as f64 / 1e6, args.iterations
    );
    println!("| variant | median time | records/s (median) | records/s (best) | MB/s (median) |");
    println!("|---|---:|---:|---:|---:|");
    for v in VARIANTS {
        let ts = &times[&v];
        let med = median(ts.clone());
        let best = ts.iter().cloned().fold(f64::INFINITY, f64::min);
        println!(
            "| {} | {:.1} ms | {:.0} | {:.0} | {:.0} |",
            v.label(),
            med * 1e3,
            records / med,
            records / best,
            body_bytes as f64 / med / 1e6
        );
        rows.push(serde_json::json!({
            "variant": v.key(),
            "median_s": med,
            "best_s": best,
            "records_per_s_median": records / med,
            "records_per_s_best": records / best,
        }));
    }
    let ratio_of_medians =
        median(times[&Variant::Hand].clone()) / median(times[&Variant::Items].clone());
    let ratio_paired = median(paired.clone());
    let best = |v: Variant| times[&v].iter().cloned().fold(f64::INFINITY, f64::min);
    let ratio_best = best(Variant::Hand) / best(Variant::Items);
    println!(
        "\nratio .items() / hand-written (records/s): {ratio_of_medians:.3} (ratio of medians), {ratio_paired:.3} (median of per-iteration ratios), {ratio_best:.3} (ratio of best times); target >= 0.9"
    );
    if let Some(path) = &args.json {
        let doc = serde_json::json!({
            "pages": args.pages,
            "per_page": args.per_page,
            "iterations": args.iterations,
            "body_bytes": body_bytes,
            "variants": rows,
            "ratio_items_vs_hand": ratio_of_medians,
            "ratio_items_vs_hand_paired_median": ratio_paired,
            "ratio_items_vs_hand_best": ratio_best,
            "paired_ratios": paired,
        });
        std::fs::write(path, serde_json::to_vec_pretty(&doc)?)?;
    }
    // Keep the server threads from racing process exit noise.
    std::thread::sleep(Duration::from_millis(1));
    Ok(())
}
