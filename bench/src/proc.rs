//! Run a command with a timeout and measure its wall time and peak memory.
//!
//! Peak RSS comes from GNU time (`/usr/bin/time -f %M`), which reports the largest resident
//! set of the process and the children it waited for (so the JVM behind
//! `openapi-generator-cli` counts). Wall time is measured here around the whole run.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const GNU_TIME: &str = "/usr/bin/time";

#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Ok,
    Failed(String),
    TimedOut,
}

#[derive(Debug, Clone)]
pub struct Outcome {
    pub wall: Duration,
    pub max_rss_kb: Option<u64>,
    pub status: Status,
}

/// Run `program args...` in `dir`, output to `log`, killed (with its process group) after
/// `timeout`. The failure message is the last non-empty line of the log.
pub fn run(
    program: &str,
    args: &[String],
    dir: &Path,
    log: &Path,
    timeout: Duration,
    env: &[(&str, String)],
) -> std::io::Result<Outcome> {
    let rss_file = log.with_extension("rss");
    let _ = std::fs::remove_file(&rss_file);
    let out = File::create(log)?;
    let mut cmd = Command::new(GNU_TIME);
    cmd.arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&rss_file)
        .arg(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out)
        .env_remove("RUST_BACKTRACE")
        .process_group(0);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(timeout).is_err() {
            // Timed out (or the sender vanished): kill the whole group.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .status();
            true
        } else {
            false
        }
    });
    let exit = child.wait()?;
    let wall = start.elapsed();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let max_rss_kb = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|s| s.lines().rev().find_map(|l| l.trim().parse::<u64>().ok()));
    let status = if timed_out {
        Status::TimedOut
    } else if exit.success() {
        Status::Ok
    } else {
        Status::Failed(last_line(log))
    };
    Ok(Outcome {
        wall,
        max_rss_kb,
        status,
    })
}

/// The most telling line of a failed tool's log: the first `error` line if any, else the last
/// non-empty line; cut to 200 characters.
pub fn last_line(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("Command exited with non-zero status"))
        .collect();
    // progenitor names the cause on a `gen fail:` line before its generic error.
    if let Some(l) = lines.iter().find(|l| l.starts_with("gen fail:")) {
        return l.chars().take(200).collect();
    }
    // A Rust panic: the message is the line after "panicked at".
    if let Some(i) = lines.iter().position(|l| l.contains("panicked at")) {
        if let Some(msg) = lines.get(i + 1) {
            return format!("panic: {msg}").chars().take(200).collect();
        }
    }
    let pick = lines
        .iter()
        .find(|l| l.starts_with("error") || l.contains("Exception:") || l.starts_with("Error:"))
        .or(lines.last())
        .copied()
        .unwrap_or("(no output)");
    pick.chars().take(200).collect()
}

pub fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let n = xs.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}
