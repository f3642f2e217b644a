//! Compile time of generated crates: `cargo check` (and with `--release`, `cargo build
//! --release`) of the generated crate alone, with its dependencies already built. Each crate
//! gets its own throwaway `[workspace]` (and so its own lock file) and all share one target
//! directory. One warm-up run builds the dependencies; then `touch src/lib.rs` + the command
//! is timed `--repeats` times. apitap crates (tools named `apitap…`, so an older generator's
//! output can sit beside the current one) are also timed with single operation groups on,
//! each beside its whole crate (`whole ÷ this`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::generate::{self, status_text};
use crate::proc::{self, median, Status};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Folder holding MANIFEST.md (for sizes and order).
    #[arg(long, default_value = "../shared/specs")]
    pub specs: PathBuf,
    /// Specs to check; default: the three largest.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Tools whose output to check (read from `<gen>/<tool>/<spec>`).
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "apitap,progenitor,openapi-generator"
    )]
    pub tools: Vec<String>,
    /// Output folder of the generation benchmark.
    #[arg(long, default_value = "target/bench/gen")]
    pub gen: PathBuf,
    /// Shared target directory of the checks.
    #[arg(long, default_value = "target/bench/check-target")]
    pub target_dir: PathBuf,
    /// Timed checks per crate after the warm-up (median reported).
    #[arg(long, default_value_t = 3)]
    pub repeats: usize,
    /// Timeout of each cargo run in seconds (the warm-up builds every dependency).
    #[arg(long, default_value_t = 1800)]
    pub timeout: u64,
    /// Also time apitap crates with only these operation groups enabled, one at a time
    /// (`--no-default-features --features GROUP`), where the crate has such a feature.
    /// `largest:N` names the N groups with the most operations, `smallest` the one with the
    /// fewest (ties: the first by name).
    #[arg(long, value_delimiter = ',')]
    pub groups: Vec<String>,
    /// Enable the `cli` feature (the `sync` binary) in every apitap run.
    #[arg(long)]
    pub cli: bool,
    /// Also time `cargo build --release` of each crate and variant.
    #[arg(long)]
    pub release: bool,
    /// Where to write check.md and check.json.
    #[arg(long, default_value = "target/bench")]
    pub out: PathBuf,
}

struct Row {
    spec: String,
    tool: String,
    /// The operation group enabled alone (apitap crates), `None` for the whole crate.
    group: Option<String>,
    /// `check` or `build --release`.
    kind: &'static str,
    rust_lines: usize,
    warm_s: f64,
    check_s: f64,
    max_rss_mb: Option<f64>,
    status: Status,
}

fn rust_lines(dir: &Path) -> usize {
    fn go(dir: &Path, n: &mut usize) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                go(&p, n);
            } else if p.extension().is_some_and(|x| x == "rs") {
                *n += std::fs::read_to_string(&p).map_or(0, |s| s.lines().count());
            }
        }
    }
    let mut n = 0;
    go(&dir.join("src"), &mut n);
    n
}

/// Make the crate its own workspace root so it resolves on its own.
fn own_workspace(dir: &Path) -> std::io::Result<()> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)?;
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n"))?;
    }
    Ok(())
}

pub fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let specs_dir = std::fs::canonicalize(&args.specs)?;
    let mut specs: Vec<String> = generate::specs(&specs_dir)?
        .into_iter()
        .map(|s| s.name)
        .collect();
    if args.only.is_empty() {
        specs.truncate(3);
    } else {
        specs.retain(|s| args.only.contains(s));
    }
    std::fs::create_dir_all(&args.target_dir)?;
    let target_dir = std::fs::canonicalize(&args.target_dir)?;
    let gen = std::fs::canonicalize(&args.gen)?;
    let timeout = Duration::from_secs(args.timeout);
    // Not incremental: each timed run compiles the crate from scratch, as a first build or
    // CI does (incremental re-checks after `touch` measure a cache, not the crate).
    let env = [
        ("CARGO_TARGET_DIR", target_dir.display().to_string()),
        ("CARGO_TERM_COLOR", "never".to_string()),
        ("CARGO_INCREMENTAL", "0".to_string()),
    ];
    let mut rows = Vec::new();
    let mut apitap_failed = false;
    for spec in &specs {
        for tool in &args.tools {
            let dir = gen.join(tool).join(spec);
            if !dir.join("Cargo.toml").is_file() {
                rows.push(Row {
                    spec: spec.clone(),
                    tool: tool.clone(),
                    group: None,
                    kind: "check",
                    rust_lines: 0,
                    warm_s: f64::NAN,
                    check_s: f64::NAN,
                    max_rss_mb: None,
                    status: Status::Failed("no generated crate".into()),
                });
                apitap_failed |= tool == "apitap";
                continue;
            }
            own_workspace(&dir)?;
            let lines = rust_lines(&dir);
            let log = gen.join(tool).join(format!("{spec}.check.log"));
            let apitap = tool.starts_with("apitap");
            let mut variants: Vec<(Option<String>, Vec<String>)> = vec![(None, Vec::new())];
            if apitap {
                let groups = crate_groups(&dir)?;
                for group in pick_groups(&args.groups, &groups) {
                    let features = if args.cli {
                        format!("{group} cli")
                    } else {
                        group.clone()
                    };
                    let flags = vec![
                        "--no-default-features".into(),
                        "--features".into(),
                        features,
                    ];
                    variants.push((Some(group), flags));
                }
                if args.cli {
                    variants[0].1 = vec!["--features".into(), "cli".into()];
                }
            }
            let mut kinds = vec![("check", vec!["check".to_string()])];
            if args.release {
                kinds.push(("build --release", vec!["build".into(), "--release".into()]));
            }
            for (kind, command) in &kinds {
                // The first variant's warm-up builds the dependencies, which every variant
                // shares (same features on them); the others compile only the crate.
                for (i, (group, flags)) in variants.iter().enumerate() {
                    let mut cargo_args = command.clone();
                    cargo_args.extend(flags.iter().cloned());
                    let run = Run {
                        spec,
                        tool,
                        group: group.as_deref(),
                        kind,
                        lines,
                        args: &cargo_args,
                    };
                    let row = timed(&run, i == 0, &dir, &log, args.repeats, timeout, &env)?;
                    apitap_failed |= apitap && row.status != Status::Ok;
                    rows.push(row);
                }
            }
        }
    }
    let md = markdown(&rows);
    println!("{md}");
    std::fs::create_dir_all(&args.out)?;
    std::fs::write(args.out.join("check.md"), &md)?;
    let json: Vec<_> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "spec": r.spec, "tool": r.tool, "group": r.group, "command": r.kind,
                "rust_lines": r.rust_lines,
                "warmup_s": finite(r.warm_s), "check_s": finite(r.check_s),
                "max_rss_mb": r.max_rss_mb, "status": status_text(&r.status),
            })
        })
        .collect();
    std::fs::write(
        args.out.join("check.json"),
        serde_json::to_vec_pretty(&json)?,
    )?;
    if apitap_failed {
        return Err("cargo check of an apitap crate failed (see the table)".into());
    }
    Ok(())
}

/// A group's operation count, from the crate's `src/operations/<group>.rs`: its request
/// builders' `send` methods.
fn crate_groups(dir: &Path) -> std::io::Result<Vec<(String, usize)>> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))?;
    let mut groups = Vec::new();
    let mut in_features = false;
    for line in manifest.lines() {
        if line.starts_with('[') {
            in_features = line == "[features]";
            continue;
        }
        let Some(name) = line.strip_suffix(" = []").filter(|_| in_features) else {
            continue;
        };
        let ops = std::fs::read_to_string(dir.join(format!("src/operations/{name}.rs")))
            .map_or(0, |text| text.matches("pub async fn send(").count());
        groups.push((name.to_string(), ops));
    }
    Ok(groups)
}

/// The groups `--groups` names: plain names the crate has, `largest:N`, `smallest`.
fn pick_groups(wanted: &[String], groups: &[(String, usize)]) -> Vec<String> {
    let mut by_size: Vec<&(String, usize)> = groups.iter().filter(|(_, n)| *n > 0).collect();
    by_size.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut picked: Vec<String> = Vec::new();
    for w in wanted {
        let names: Vec<&String> = if let Some(n) = w.strip_prefix("largest:") {
            let n: usize = n.parse().unwrap_or(1);
            by_size.iter().take(n).map(|(g, _)| g).collect()
        } else if w == "smallest" {
            let fewest = by_size.last().map_or(0, |(_, n)| *n);
            by_size
                .iter()
                .filter(|(_, n)| *n == fewest)
                .take(1)
                .map(|(g, _)| g)
                .collect()
        } else {
            groups
                .iter()
                .filter(|(g, _)| g == w)
                .map(|(g, _)| g)
                .collect()
        };
        for name in names {
            if !picked.contains(name) {
                picked.push(name.clone());
            }
        }
    }
    picked
}

/// What one timed row runs.
struct Run<'a> {
    spec: &'a str,
    tool: &'a str,
    group: Option<&'a str>,
    kind: &'static str,
    lines: usize,
    /// `cargo` arguments.
    args: &'a [String],
}

/// With `warm_up`, one untimed `cargo <args>` first (it builds the dependencies); then
/// `repeats` timed ones after touching the crate root.
fn timed(
    run: &Run,
    warm_up: bool,
    dir: &Path,
    log: &Path,
    repeats: usize,
    timeout: Duration,
    env: &[(&str, String)],
) -> Result<Row, Box<dyn std::error::Error>> {
    let warm = if warm_up {
        Some(proc::run("cargo", run.args, dir, log, timeout, env)?)
    } else {
        None
    };
    let mut times = Vec::new();
    let mut rss = Vec::new();
    let mut status = warm.as_ref().map_or(Status::Ok, |w| w.status.clone());
    if status == Status::Ok {
        for _ in 0..repeats.max(1) {
            // A new mtime on the crate root: cargo rebuilds this crate only.
            let lib = dir.join("src/lib.rs");
            let f = std::fs::File::options().append(true).open(&lib)?;
            f.set_modified(std::time::SystemTime::now())?;
            drop(f);
            let o = proc::run("cargo", run.args, dir, log, timeout, env)?;
            status = o.status.clone();
            if status != Status::Ok {
                break;
            }
            times.push(o.wall.as_secs_f64());
            if let Some(kb) = o.max_rss_kb {
                rss.push(kb as f64 / 1024.0);
            }
        }
    }
    let warm_s = warm.map_or(f64::NAN, |w| w.wall.as_secs_f64());
    eprintln!(
        "{:<22} {:<40} {:>8} lines  warm-up {:>7.1} s  {} {:>7.2} s  {}",
        run.spec,
        label(run.tool, run.group),
        run.lines,
        warm_s,
        run.kind,
        median(times.clone()),
        status_text(&status)
    );
    Ok(Row {
        spec: run.spec.to_string(),
        tool: run.tool.to_string(),
        group: run.group.map(str::to_string),
        kind: run.kind,
        rust_lines: run.lines,
        warm_s,
        check_s: median(times),
        max_rss_mb: (!rss.is_empty()).then(|| median(rss)),
        status,
    })
}

fn label(tool: &str, group: Option<&str>) -> String {
    match group {
        Some(g) => format!("{tool}, only `{g}`"),
        None => tool.to_string(),
    }
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

fn markdown(rows: &[Row]) -> String {
    use std::fmt::Write;
    let mut s = String::from(
        "| spec | generator | command | lines of Rust | time (median) | peak RSS | ÷ apitap | whole ÷ this | result |\n|---|---|---|---:|---:|---:|---:|---:|---|\n",
    );
    for r in rows {
        let ok = |a: &&Row| a.spec == r.spec && a.kind == r.kind && a.status == Status::Ok;
        // Other generators against apitap's whole crate; groups against their own whole crate.
        let apitap = rows
            .iter()
            .filter(ok)
            .find(|a| a.tool == "apitap" && a.group.is_none());
        let ratio = match (apitap, &r.status) {
            (Some(a), Status::Ok) if !r.tool.starts_with("apitap") => {
                format!("{:.2}x", r.check_s / a.check_s)
            }
            _ => "–".into(),
        };
        let whole = rows
            .iter()
            .filter(ok)
            .find(|a| a.tool == r.tool && a.group.is_none());
        let speedup = match (whole, &r.status, &r.group) {
            (Some(w), Status::Ok, Some(_)) => format!("{:.1}x", w.check_s / r.check_s),
            _ => "–".into(),
        };
        let (time, result) = match &r.status {
            Status::Ok => (format!("{:.2} s", r.check_s), "compiles".to_string()),
            Status::TimedOut => ("–".into(), "timed out".into()),
            Status::Failed(m) => (
                "–".into(),
                format!("does not compile: `{}`", m.replace('`', "'")),
            ),
        };
        let _ = writeln!(
            s,
            "| {} | {} | `cargo {}` | {} | {} | {} | {} | {} | {} |",
            r.spec,
            label(&r.tool, r.group.as_deref()),
            r.kind,
            r.rust_lines,
            time,
            r.max_rss_mb.map_or("–".into(), |m| format!("{m:.0} MB")),
            ratio,
            speedup,
            result
        );
    }
    s
}
