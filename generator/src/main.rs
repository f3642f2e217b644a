//! The `apitap` command line: parse arguments, call the library, print results and errors.

use clap::{Parser, Subcommand};

/// `println!` that ignores a closed stdout (`apitap diff ... | head`) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// `print!` that ignores a closed stdout.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($arg)*);
    }};
}

/// Generation allocates many small token trees; mimalloc halves the time glibc's malloc takes.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "apitap",
    version,
    about = "Generate typed Rust connector crates from OpenAPI documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate a connector crate from a spec.
    Generate(GenerateArgs),
    /// What changes for users of the generated crate between two versions of a spec: each
    /// change classified breaking or not, and the semver bump it implies. Either side may also
    /// be a generated crate's directory (its recorded `apitap.surface.json`).
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// apitap.toml with per-spec options (applied to both sides).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Exit non-zero when a generated crate differs from what its spec and this apitap would
    /// generate now (for CI). Options come from the crate's `apitap.lock`.
    Check {
        dir: PathBuf,
        /// The spec to check against (default: the `spec` recorded in `apitap.lock`).
        #[arg(long)]
        spec: Option<PathBuf>,
    },
    /// Show the decisions of analysis with their reasons: per operation the pagination plan,
    /// the streams of `sync`, the cargo features (what each group compiles, which fields hold
    /// JSON and why); or the analytics tables.
    Explain {
        spec: PathBuf,
        /// apitap.toml with per-spec options.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
        /// Print the analytics tables instead (all, or of the named record types: `--tables Customer,Charge`).
        #[arg(long, num_args = 0.., value_delimiter = ',')]
        tables: Option<Vec<String>>,
    },
}

/// What `apitap generate` takes.
#[derive(clap::Args)]
struct GenerateArgs {
    /// The OpenAPI (3.0, 3.1) or Swagger 2.0 document, JSON or YAML.
    spec: PathBuf,
    /// Output directory of the crate.
    #[arg(short, long)]
    out: PathBuf,
    /// Crate name (default: from the config, then the spec's title).
    #[arg(long)]
    name: Option<String>,
    /// apitap.toml with per-spec options.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Treat warnings as errors.
    #[arg(long)]
    strict: bool,
    /// Depend on a local apitap-runtime at this directory instead of the published version.
    #[arg(long, conflicts_with = "runtime_git")]
    runtime_path: Option<PathBuf>,
    /// Depend on apitap-runtime from this git repository (this project's) instead of the
    /// published version.
    #[arg(long, value_name = "URL")]
    runtime_git: Option<String>,
    /// The commit or tag of --runtime-git (default: its default branch).
    #[arg(long, value_name = "REV", requires = "runtime_git")]
    runtime_rev: Option<String>,
    /// Print every warning, not only the count.
    #[arg(short, long)]
    verbose: bool,
    /// Vendor sample objects keyed by x-resourceId (Stripe's fixtures3.json), round-tripped
    /// by the generated tests.
    #[arg(long)]
    fixtures: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Deeply nested schemas recurse: give the pipeline generous stacks. It runs on a worker of
    // the pool that emits files in parallel, so memory it frees (the parsed spec) is reused
    // by emission instead of new pages being faulted in.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(256 << 20)
        .build();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match pool {
        Ok(pool) => pool.install(|| run(cli)),
        Err(e) => {
            // Only reserved, not used, but a strict memory limit may refuse the stacks: then
            // one thread with the ordinary stack does the work.
            eprintln!("warning: no worker threads ({e}); generating on one thread");
            run(cli)
        }
    }));
    match outcome {
        Ok(code) => code,
        Err(_) => {
            eprintln!("error: internal failure (please report it with the spec that caused it)");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Diff {
            old,
            new,
            config,
            json,
        } => diff(&old, &new, config, json),
        Command::Check { dir, spec } => check(&dir, spec.as_deref()),
        Command::Explain {
            spec,
            config,
            json,
            tables,
        } => explain(&spec, config, json, tables),
        Command::Generate(args) => generate(args),
    }
}

/// `apitap diff`: what changes for users between two specs or crates.
fn diff(old: &Path, new: &Path, config: Option<PathBuf>, json: bool) -> ExitCode {
    let opts = apitap::Options {
        config,
        ..Default::default()
    };
    match apitap::diff(old, new, &opts) {
        Ok(report) => {
            if json {
                outln!("{:#}", report.to_json());
            } else {
                out!(
                    "{}",
                    report.to_text(&old.display().to_string(), &new.display().to_string())
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `apitap check`: 0 when the crate is what would be generated now, 1 when it differs, 2
/// when it cannot be checked.
fn check(dir: &Path, spec: Option<&Path>) -> ExitCode {
    let report = match apitap::check(dir, spec) {
        Ok(report) => report,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if report.is_current() {
        outln!(
            "{} is up to date with {}",
            dir.display(),
            report.spec.display()
        );
        return ExitCode::SUCCESS;
    }
    outln!(
        "{} differs from what apitap {} generates from {}:",
        dir.display(),
        env!("CARGO_PKG_VERSION"),
        report.spec.display()
    );
    for (what, list) in [
        ("changed", &report.changed),
        ("missing", &report.missing),
        ("no longer generated", &report.stale),
    ] {
        for path in list {
            outln!("  {what}: {path}");
        }
    }
    if let Some(release) = &report.release {
        outln!(
            "regenerating would move the version {} -> {} ({} API changes)",
            release
                .previous_version
                .as_ref()
                .map(|v| v.to_string())
                .unwrap_or_default(),
            release.version,
            release.report.changes.len()
        );
    }
    outln!("run `apitap generate` to regenerate it");
    ExitCode::FAILURE
}

/// `apitap explain`: pagination, streams and features (or `--tables`), with their reasons; the
/// pagination and sync warnings on stderr.
fn explain(
    spec: &Path,
    config: Option<PathBuf>,
    json: bool,
    tables: Option<Vec<String>>,
) -> ExitCode {
    let opts = apitap::Options {
        config,
        ..Default::default()
    };
    let explained = match apitap::explain(spec, &opts) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(only) = tables {
        out!("{}", explained.tables(&only));
        return ExitCode::SUCCESS;
    }
    if json {
        match serde_json::to_string_pretty(&explained.to_json()) {
            Ok(text) => outln!("{text}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        out!("{}", apitap::explain_table(&explained.operations()));
        out!(
            "\nStreams of `sync` ({}):\n\n{}",
            explained.stream_count(),
            explained.streams_table()
        );
        out!("\nCargo features:\n\n{}", explained.features_table());
        out!("\nShared types:\n\n{}", explained.shared_types_table());
    }
    for w in explained.warnings().iter().filter(|w| {
        matches!(
            w.code,
            apitap::WarningCode::Pagination | apitap::WarningCode::Sync
        )
    }) {
        eprintln!("warning: {w}");
    }
    ExitCode::SUCCESS
}

/// `apitap generate`: the crate written (or regenerated), its summary, and the version
/// change a regeneration brings.
fn generate(args: GenerateArgs) -> ExitCode {
    let GenerateArgs {
        spec,
        out,
        name,
        config,
        strict,
        runtime_path,
        runtime_git,
        runtime_rev,
        verbose,
        fixtures,
    } = args;
    let runtime = match (runtime_path, runtime_git) {
        (Some(p), _) => apitap::Runtime::local(&p, &out),
        (None, Some(url)) => apitap::Runtime::Git {
            url,
            rev: runtime_rev,
        },
        (None, None) => apitap::Runtime::Registry,
    };
    let opts = apitap::Options {
        name,
        strict,
        runtime,
        config,
        fixtures,
        ..Default::default()
    };
    let started = std::time::Instant::now();
    // The process ends after this generation: what it built is left to the OS to reclaim.
    apitap::exits_after_generating();
    let generated = match apitap::generate_to(&spec, &out, &opts) {
        Ok(generated) => generated,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if verbose {
        for w in &generated.warnings {
            eprintln!("warning: {w}");
        }
    } else if !generated.warnings.is_empty() {
        eprintln!("({} warnings; -v lists them)", generated.warnings.len());
    }
    outln!(
        "generated {} in {}: {} ({:.2}s)",
        out.display(),
        spec.display(),
        generated.summary,
        started.elapsed().as_secs_f64()
    );
    let release = &generated.release;
    if let Some(before) = release
        .previous_version
        .as_ref()
        .filter(|v| **v != release.version || !release.report.changes.is_empty())
    {
        let report = &release.report;
        outln!(
            "version {before} -> {}: {} breaking, {} non-breaking, {} other changes (CHANGELOG.md)",
            release.version,
            report.count(apitap::Level::Breaking),
            report.count(apitap::Level::Addition),
            report.count(apitap::Level::Patch),
        );
    }
    ExitCode::SUCCESS
}
