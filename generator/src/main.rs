//! The `apitap` command line: parse arguments, call the library, print results and errors.

use clap::{Parser, Subcommand};

/// Generation allocates many small token trees; mimalloc halves the time glibc's malloc takes.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::PathBuf;
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
    Generate {
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
        #[arg(long)]
        runtime_path: Option<PathBuf>,
        /// Print every warning, not only the count.
        #[arg(short, long)]
        verbose: bool,
        /// Vendor sample objects keyed by x-resourceId (Stripe's fixtures3.json), round-tripped
        /// by the generated tests.
        #[arg(long)]
        fixtures: Option<PathBuf>,
    },
    /// Show, per operation, the pagination plan and why it was chosen.
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Deeply nested schemas recurse; give the pipeline a generous stack.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: internal failure (please report it with the spec that caused it)");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Explain {
            spec,
            config,
            json: _,
            tables: Some(only),
        } => {
            let opts = apitap::Options {
                config,
                ..Default::default()
            };
            match apitap::analyze_spec(&spec, &opts) {
                Ok(a) => {
                    print!(
                        "{}",
                        apitap::analyze::flatten::describe(&a.analysis.tables, &only)
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Explain {
            spec,
            config,
            json,
            tables: None,
        } => {
            let opts = apitap::Options {
                config,
                ..Default::default()
            };
            match apitap::explain(&spec, &opts) {
                Ok((rows, warnings)) => {
                    if json {
                        match serde_json::to_string_pretty(&rows) {
                            Ok(text) => println!("{text}"),
                            Err(e) => {
                                eprintln!("error: {e}");
                                return ExitCode::FAILURE;
                            }
                        }
                    } else {
                        print!("{}", apitap::explain_table(&rows));
                    }
                    for w in warnings.iter().filter(|w| w.message.contains("pagin")) {
                        eprintln!("warning: {w}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Generate {
            spec,
            out,
            name,
            config,
            strict,
            runtime_path,
            verbose,
            fixtures,
        } => {
            let runtime_path = runtime_path.map(|p| relative_to(&p, &out));
            let opts = apitap::Options {
                name,
                strict,
                runtime_path,
                config,
                fixtures,
                ..Default::default()
            };
            let started = std::time::Instant::now();
            match apitap::generate_to(&spec, &out, &opts) {
                Ok(generated) => {
                    if verbose {
                        for w in &generated.warnings {
                            eprintln!("warning: {w}");
                        }
                    } else if !generated.warnings.is_empty() {
                        eprintln!("({} warnings; -v lists them)", generated.warnings.len());
                    }
                    println!(
                        "generated {} in {}: {} ({:.2}s)",
                        out.display(),
                        spec.display(),
                        generated.summary,
                        started.elapsed().as_secs_f64()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `target` as a path relative to the directory `from` (both taken from the current directory).
fn relative_to(target: &std::path::Path, from: &std::path::Path) -> String {
    let abs = |p: &std::path::Path| {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalize(&p)
    };
    let (t, f) = (abs(target), abs(from));
    let tc: Vec<_> = t.components().collect();
    let fc: Vec<_> = f.components().collect();
    let common = tc.iter().zip(&fc).take_while(|(a, b)| a == b).count();
    let mut rel = PathBuf::new();
    for _ in common..fc.len() {
        rel.push("..");
    }
    for c in &tc[common..] {
        rel.push(c);
    }
    rel.to_string_lossy().replace('\\', "/")
}

fn normalize(p: &std::path::Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
