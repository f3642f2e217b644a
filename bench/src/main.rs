//! `apitap-bench`: the benchmarks of BENCHMARKS.md. `scripts/bench` runs them all.
//!
//! - `generate`: wall time and peak RSS of `apitap generate` on every vendor spec, largest
//!   first, beside progenitor and openapi-generator in the same run.
//! - `check`: `cargo check` time of the generated crates of the largest specs, per generator.
//! - `throughput`: records/s of the generated `.items()` stream against a hand-written
//!   reqwest + serde loop, on one loopback server with pre-rendered pages.
//! - `sync-memory`: peak RSS of the generated `sync` command as the record count grows.
//! - `sync-compare`: records/s and peak RSS of the generated `sync` against dlt's
//!   `rest_api` source into SQLite and DuckDB, on one server with pre-rendered pages.
//! - `flatten`: records/s and rows/s of decoding, flattening and loading into SQLite,
//!   against decoding alone.
//!
//! Paths are relative to the repository root (run from there).

mod check;
mod flatten;
mod generate;
mod pageserver;
mod proc;
mod synccompare;
mod syncmem;
mod throughput;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "apitap-bench",
    about = "Benchmarks of apitap (see BENCHMARKS.md)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generation time and peak memory per spec and generator.
    Generate(generate::Args),
    /// `cargo check` time of generated crates (run `generate` first).
    Check(check::Args),
    /// `.items()` records/s against a hand-written reqwest + serde loop.
    Throughput(throughput::Args),
    /// Peak RSS of the generated `sync` of N records into SQLite or JSON Lines.
    SyncMemory(syncmem::Args),
    /// Decoding, flattening and loading into SQLite, against decoding alone.
    Flatten(flatten::Args),
    /// Serve N records in pages (the other process of `sync-memory`).
    Serve(syncmem::ServeArgs),
    /// apitap `sync` against dlt's `rest_api` into SQLite and DuckDB: records/s, peak RSS.
    SyncCompare(synccompare::Args),
}

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Generate(a) => generate::run(a),
        Command::Check(a) => check::run(a),
        Command::Throughput(a) => throughput::run(a).map_err(|e| e as Box<dyn std::error::Error>),
        Command::SyncMemory(a) => syncmem::run(a),
        Command::Flatten(a) => flatten::run(a),
        Command::Serve(a) => syncmem::serve(a),
        Command::SyncCompare(a) => synccompare::run(a),
    };
    if let Err(e) = result {
        eprintln!("apitap-bench: error: {e}");
        std::process::exit(1);
    }
}
