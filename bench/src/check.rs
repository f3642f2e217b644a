//! Compile time of generated crates: `cargo check` of the generated crate alone, with its
//! dependencies already built. Each crate gets its own throwaway `[workspace]` (and so its
//! own lock file) and all share one target directory. One warm-up check builds the
//! dependencies; then `touch src/lib.rs` + `cargo check` is timed `--repeats` times.

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
    #[arg(long, value_delimiter = ',')]
    pub groups: Vec<String>,
    /// Where to write check.md and check.json.
    #[arg(long, default_value = "target/bench")]
    pub out: PathBuf,
}

struct Row {
    spec: String,
    tool: String,
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
    let env = [
        ("CARGO_TARGET_DIR", target_dir.display().to_string()),
        ("CARGO_TERM_COLOR", "never".to_string()),
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
            let mut variants = vec![(tool.clone(), vec!["check".to_string()])];
            if tool == "apitap" {
                let manifest = std::fs::read_to_string(dir.join("Cargo.toml"))?;
                for group in &args.groups {
                    if manifest.lines().any(|l| l == format!("{group} = []")) {
                        variants.push((
                            format!("apitap, only `{group}`"),
                            vec![
                                "check".into(),
                                "--no-default-features".into(),
                                "--features".into(),
                                group.clone(),
                            ],
                        ));
                    }
                }
            }
            for (label, check) in variants {
                let row = timed_check(
                    spec,
                    &label,
                    lines,
                    &check,
                    &dir,
                    &log,
                    args.repeats,
                    timeout,
                    &env,
                )?;
                apitap_failed |= label.starts_with("apitap") && row.status != Status::Ok;
                rows.push(row);
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
                "spec": r.spec, "tool": r.tool, "rust_lines": r.rust_lines,
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

/// One warm-up `cargo <check>`, then `repeats` timed ones after touching the crate root.
#[allow(clippy::too_many_arguments)]
fn timed_check(
    spec: &str,
    label: &str,
    lines: usize,
    check: &[String],
    dir: &Path,
    log: &Path,
    repeats: usize,
    timeout: Duration,
    env: &[(&str, String)],
) -> Result<Row, Box<dyn std::error::Error>> {
    let warm = proc::run("cargo", check, dir, log, timeout, env)?;
    let mut times = Vec::new();
    let mut rss = Vec::new();
    let mut status = warm.status.clone();
    if status == Status::Ok {
        for _ in 0..repeats.max(1) {
            // A new mtime on the crate root: cargo re-checks this crate only.
            let lib = dir.join("src/lib.rs");
            let f = std::fs::File::options().append(true).open(&lib)?;
            f.set_modified(std::time::SystemTime::now())?;
            drop(f);
            let o = proc::run("cargo", check, dir, log, timeout, env)?;
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
    eprintln!(
        "{spec:<22} {label:<30} {lines:>8} lines  warm-up {:>7.1} s  check {:>7.2} s  {}",
        warm.wall.as_secs_f64(),
        median(times.clone()),
        status_text(&status)
    );
    Ok(Row {
        spec: spec.to_string(),
        tool: label.to_string(),
        rust_lines: lines,
        warm_s: warm.wall.as_secs_f64(),
        check_s: median(times),
        max_rss_mb: (!rss.is_empty()).then(|| median(rss)),
        status,
    })
}

fn finite(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

fn markdown(rows: &[Row]) -> String {
    use std::fmt::Write;
    let mut s = String::from(
        "| spec | generator | lines of Rust | `cargo check` of the crate alone (median) | peak RSS | ÷ apitap | result |\n|---|---|---:|---:|---:|---:|---|\n",
    );
    for r in rows {
        let apitap = rows
            .iter()
            .find(|a| a.spec == r.spec && a.tool == "apitap" && a.status == Status::Ok);
        let ratio = match (apitap, &r.status) {
            (Some(a), Status::Ok) if r.tool != "apitap" => format!("{:.2}x", r.check_s / a.check_s),
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
            "| {} | {} | {} | {} | {} | {} | {} |",
            r.spec,
            r.tool,
            r.rust_lines,
            time,
            r.max_rss_mb.map_or("–".into(), |m| format!("{m:.0} MB")),
            ratio,
            result
        );
    }
    s
}
