//! Generation benchmark: wall time and peak memory of `apitap generate` (release build) on
//! every spec of `../shared/specs/MANIFEST.md`, largest first, side by side in the same run
//! with progenitor (`cargo-progenitor`) and openapi-generator's `rust` generator
//! (`openapi-generator-cli`, the PyPI wrapper around the JVM jar).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::proc::{self, median, Status};

#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// Folder holding MANIFEST.md and one folder per spec.
    #[arg(long, default_value = "../shared/specs")]
    pub specs: PathBuf,
    /// Only these specs (folder names); default every spec of the manifest.
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Tools to run: apitap, progenitor, openapi-generator. Tools not installed are
    /// reported as such, except apitap, which must work.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "apitap,progenitor,openapi-generator"
    )]
    pub tools: Vec<String>,
    /// Runs per spec for apitap and progenitor (median reported).
    #[arg(long, default_value_t = 5)]
    pub runs: usize,
    /// Runs per spec for openapi-generator (a JVM start each; median reported).
    #[arg(long, default_value_t = 1)]
    pub jvm_runs: usize,
    /// Per-run timeout in seconds.
    #[arg(long, default_value_t = 300)]
    pub timeout: u64,
    /// The apitap binary (a release build).
    #[arg(long, default_value = "target/release/apitap")]
    pub apitap: PathBuf,
    /// The runtime crate the generated crates depend on by path.
    #[arg(long, default_value = "runtime")]
    pub runtime_path: PathBuf,
    /// Output folder: `<out>/<tool>/<spec>/` keeps each tool's last output (the compile-time
    /// benchmark reads it), `<out>/generate.md` and `<out>/generate.json` the results.
    #[arg(long, default_value = "target/bench/gen")]
    pub out: PathBuf,
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub name: String,
    pub entry: PathBuf,
    pub bytes: u64,
    pub files: usize,
}

/// Specs of the manifest (entry file in the second column), largest first. Size is the entry
/// file, or for multi-file specs (more than two files in the folder) every YAML/JSON file of
/// the folder; Stripe's `fixtures3.json` beside `spec3.json` is not part of the spec.
pub fn specs(dir: &Path) -> std::io::Result<Vec<Spec>> {
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.md"))?;
    let mut out = Vec::new();
    for line in manifest.lines() {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        if cols.len() < 4 || !cols[2].starts_with('`') {
            continue;
        }
        let entry = cols[2].trim_matches('`');
        let name = entry.split('/').next().unwrap_or(entry).to_string();
        let entry = dir.join(entry);
        let mut files = Vec::new();
        walk(&dir.join(&name), &mut files)?;
        let (bytes, count) = if files.len() > 2 {
            (files.iter().map(|(_, b)| b).sum(), files.len())
        } else {
            (std::fs::metadata(&entry)?.len(), 1)
        };
        out.push(Spec {
            name,
            entry,
            bytes,
            files: count,
        });
    }
    out.sort_by(|a, b| b.bytes.cmp(&a.bytes).then(a.name.cmp(&b.name)));
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, u64)>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let p = e.path();
        if e.file_type()?.is_dir() {
            walk(&p, out)?;
        } else if matches!(
            p.extension().and_then(|x| x.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            out.push((p, e.metadata()?.len()));
        }
    }
    Ok(())
}

pub fn crate_name(spec: &str) -> String {
    format!("bench_{}", spec.replace(['-', '.'], "_"))
}

/// Where a program is on PATH, if anywhere.
pub fn which(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        let p = PathBuf::from(program);
        return p.is_file().then_some(p);
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(program))
            .find(|p| p.is_file())
    })
}

/// The command line of one tool on one spec (program, arguments).
fn command(tool: &str, args: &Args, spec: &Spec, out: &Path) -> (String, Vec<String>) {
    let s = |p: &Path| p.display().to_string();
    let name = crate_name(&spec.name);
    match tool {
        "apitap" => (
            s(&args.apitap),
            vec![
                "generate".into(),
                s(&spec.entry),
                "-o".into(),
                s(out),
                "--name".into(),
                name,
                "--runtime-path".into(),
                s(&args.runtime_path),
            ],
        ),
        "progenitor" => (
            "cargo-progenitor".into(),
            vec![
                "progenitor".into(),
                "-i".into(),
                s(&spec.entry),
                "-o".into(),
                s(out),
                "-n".into(),
                name,
                "-v".into(),
                "0.1.0".into(),
            ],
        ),
        "openapi-generator" => (
            "openapi-generator-cli".into(),
            vec![
                "generate".into(),
                "-g".into(),
                "rust".into(),
                "-i".into(),
                s(&spec.entry),
                "-o".into(),
                s(out),
                "--package-name".into(),
                name,
                "--skip-validate-spec".into(),
                // Stripe's info.version "2020-08-27" becomes crate version "2020-08-27.0.0",
                // which cargo rejects; a fixed version keeps every output loadable.
                "--additional-properties=packageVersion=0.1.0".into(),
            ],
        ),
        other => panic!("unknown tool {other}"),
    }
}

#[derive(Debug, Clone)]
pub struct Cell {
    pub wall_s: f64,
    pub max_rss_mb: Option<f64>,
    pub status: Status,
    pub runs: usize,
}

pub fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let root = std::env::current_dir()?;
    let mut args = args.clone();
    args.apitap = std::fs::canonicalize(&args.apitap).map_err(|e| {
        format!(
            "{}: {e} (build it with cargo build --release -p apitap)",
            args.apitap.display()
        )
    })?;
    args.runtime_path = std::fs::canonicalize(&args.runtime_path)?;
    let specs_dir = std::fs::canonicalize(&args.specs)?;
    let mut specs = specs(&specs_dir)?;
    if !args.only.is_empty() {
        specs.retain(|s| args.only.contains(&s.name));
    }
    if specs.is_empty() {
        return Err("no specs selected".into());
    }
    for t in &args.tools {
        if !["apitap", "progenitor", "openapi-generator"].contains(&t.as_str()) {
            return Err(format!("unknown tool {t}").into());
        }
    }
    std::fs::create_dir_all(&args.out)?;
    let out_root = std::fs::canonicalize(&args.out)?;
    let timeout = Duration::from_secs(args.timeout);
    let mut table: Vec<(Spec, Vec<(String, Cell)>)> = Vec::new();
    let mut apitap_failed = false;
    for spec in &specs {
        // Each tool's runs, interleaved round by round (apitap, progenitor, openapi-generator,
        // apitap, ...), so that a slow spell of the shared machine hits every tool alike.
        struct Runs {
            tool: String,
            program: String,
            argv: Vec<String>,
            out: PathBuf,
            log: PathBuf,
            wanted: usize,
            walls: Vec<f64>,
            rss: Vec<f64>,
            status: Status,
        }
        let mut cells = Vec::new();
        let mut runs: Vec<Runs> = Vec::new();
        for tool in &args.tools {
            let (program, _) = command(tool, &args, spec, Path::new("."));
            if which(&program).is_none() {
                cells.push((
                    tool.clone(),
                    Cell {
                        wall_s: f64::NAN,
                        max_rss_mb: None,
                        status: Status::Failed(format!("{program} not installed")),
                        runs: 0,
                    },
                ));
                if tool == "apitap" {
                    apitap_failed = true;
                }
                continue;
            }
            let wanted = if tool == "openapi-generator" {
                args.jvm_runs
            } else {
                args.runs
            }
            .max(1);
            let dir = out_root.join(tool);
            std::fs::create_dir_all(&dir)?;
            let out = dir.join(&spec.name);
            let log = dir.join(format!("{}.log", spec.name));
            let (program, argv) = command(tool, &args, spec, &out);
            runs.push(Runs {
                tool: tool.clone(),
                program,
                argv,
                out,
                log,
                wanted,
                walls: Vec::new(),
                rss: Vec::new(),
                status: Status::Ok,
            });
        }
        let rounds = runs.iter().map(|r| r.wanted).max().unwrap_or(0);
        for round in 0..rounds {
            for r in runs
                .iter_mut()
                .filter(|r| round < r.wanted && r.status == Status::Ok)
            {
                if r.out.exists() {
                    std::fs::remove_dir_all(&r.out)?;
                }
                let o = proc::run(&r.program, &r.argv, &root, &r.log, timeout, &[])?;
                r.walls.push(o.wall.as_secs_f64());
                if let Some(kb) = o.max_rss_kb {
                    r.rss.push(kb as f64 / 1024.0);
                }
                r.status = o.status;
            }
        }
        for mut r in runs {
            // Some tools exit 0 without writing a crate: that is a failure too.
            if r.status == Status::Ok && !r.out.join("Cargo.toml").is_file() {
                r.status = Status::Failed("exited 0 but wrote no Cargo.toml".into());
            }
            if r.tool == "apitap" && r.status != Status::Ok {
                apitap_failed = true;
            }
            eprintln!(
                "{:<22} {:<18} {:>8.3} s {:>8.0} MB  {}",
                spec.name,
                r.tool,
                median(r.walls.clone()),
                median(r.rss.clone()),
                status_text(&r.status)
            );
            cells.push((
                r.tool.clone(),
                Cell {
                    wall_s: median(r.walls),
                    max_rss_mb: (!r.rss.is_empty()).then(|| median(r.rss)),
                    status: r.status,
                    runs: r.wanted,
                },
            ));
        }
        // Cells in the order of --tools, whichever were installed.
        cells.sort_by_key(|(t, _)| args.tools.iter().position(|x| x == t));
        table.push((spec.clone(), cells));
    }
    let md = markdown(&args, &table);
    println!("{md}");
    std::fs::write(out_root.join("generate.md"), &md)?;
    std::fs::write(
        out_root.join("generate.json"),
        serde_json::to_vec_pretty(&json(&table))?,
    )?;
    if apitap_failed {
        return Err("apitap generate failed on at least one spec (see the table)".into());
    }
    Ok(())
}

pub fn status_text(s: &Status) -> String {
    match s {
        Status::Ok => "ok".into(),
        Status::TimedOut => "timed out".into(),
        Status::Failed(m) => format!("failed: {m}"),
    }
}

fn cell_text(c: &Cell) -> String {
    match &c.status {
        Status::Ok => format!(
            "{:.3} s / {} MB",
            c.wall_s,
            c.max_rss_mb.map_or("?".into(), |m| format!("{m:.0}"))
        ),
        Status::TimedOut => format!("timed out ({:.0} s)", c.wall_s),
        Status::Failed(m) if m.ends_with("not installed") => "not installed".into(),
        Status::Failed(_) => format!("fails ({:.2} s)", c.wall_s),
    }
}

fn markdown(args: &Args, table: &[(Spec, Vec<(String, Cell)>)]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let tools = &args.tools;
    let _ = write!(s, "| spec | size | files |");
    for t in tools {
        let _ = write!(s, " {t}: wall / peak RSS |");
    }
    for t in tools.iter().filter(|t| *t != "apitap") {
        let _ = write!(s, " {t} ÷ apitap |");
    }
    s.push('\n');
    s.push_str("|---|---:|---:|");
    for _ in tools {
        s.push_str("---:|");
    }
    for _ in tools.iter().filter(|t| *t != "apitap") {
        s.push_str("---:|");
    }
    s.push('\n');
    for (spec, cells) in table {
        let _ = write!(
            s,
            "| {} | {:.2} MB | {} |",
            spec.name,
            spec.bytes as f64 / 1e6,
            spec.files
        );
        for (_, c) in cells {
            let _ = write!(s, " {} |", cell_text(c));
        }
        let apitap = cells.iter().find(|(t, _)| t == "apitap").map(|(_, c)| c);
        for (t, c) in cells.iter().filter(|(t, _)| t != "apitap") {
            let _ = t;
            match (apitap, &c.status) {
                (Some(a), Status::Ok) if a.status == Status::Ok => {
                    let _ = write!(s, " **{:.1}x** |", c.wall_s / a.wall_s);
                }
                _ => s.push_str(" – |"),
            }
        }
        s.push('\n');
    }
    // Failure messages, one line each.
    let mut notes = String::new();
    for (spec, cells) in table {
        for (t, c) in cells {
            if let Status::Failed(m) = &c.status {
                if !m.ends_with("not installed") {
                    let _ = writeln!(notes, "- {t} on {}: `{}`", spec.name, m.replace('`', "'"));
                }
            }
            if c.status == Status::TimedOut {
                let _ = writeln!(
                    notes,
                    "- {t} on {}: timed out after {} s",
                    spec.name, args.timeout
                );
            }
        }
    }
    if !notes.is_empty() {
        s.push_str("\nFailures (first error line or last line of the tool's log):\n\n");
        s.push_str(&notes);
    }
    s
}

fn json(table: &[(Spec, Vec<(String, Cell)>)]) -> serde_json::Value {
    serde_json::Value::Array(
        table
            .iter()
            .map(|(spec, cells)| {
                serde_json::json!({
                    "spec": spec.name,
                    "bytes": spec.bytes,
                    "files": spec.files,
                    "tools": cells.iter().map(|(t, c)| serde_json::json!({
                        "tool": t,
                        "wall_s": if c.wall_s.is_finite() { Some(c.wall_s) } else { None },
                        "max_rss_mb": c.max_rss_mb,
                        "runs": c.runs,
                        "status": status_text(&c.status),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}
