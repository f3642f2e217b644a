//! `sync-memory`: peak RSS of the generated `sync` as the record count grows.
//!
//! A separate `serve` process renders pages on the fly (so the server's memory is not
//! counted), and this process syncs `list_customers` of the generated `paged` crate into
//! the destination, then reports its own peak resident set (`VmHWM`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::throughput::{record, PATH};

type BoxError = Box<dyn std::error::Error>;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Records in the list.
    #[arg(long)]
    pub records: usize,
    #[arg(long, default_value_t = 100)]
    pub per_page: usize,
}

#[derive(clap::Args)]
pub struct Args {
    /// Records to sync.
    #[arg(long)]
    pub records: usize,
    /// Destination: sqlite:PATH or jsonl:DIR (removed first).
    #[arg(long)]
    pub to: String,
    #[arg(long, default_value_t = 100)]
    pub per_page: usize,
}

/// Serve `records` records in pages; `starting_after=ch_3M<i>` continues after record i.
pub fn serve(args: &ServeArgs) -> Result<(), BoxError> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    println!("http://{}", listener.local_addr()?);
    std::io::stdout().flush()?;
    let (records, per_page) = (args.records, args.per_page);
    for conn in listener.incoming() {
        let Ok(conn) = conn else { continue };
        std::thread::spawn(move || {
            let _ = connection(conn, records, per_page);
        });
    }
    Ok(())
}

fn connection(mut conn: TcpStream, records: usize, per_page: usize) -> std::io::Result<()> {
    conn.set_nodelay(true)?;
    let mut buf = vec![0u8; 16 * 1024];
    let mut filled = 0;
    loop {
        let end = loop {
            if let Some(i) = buf[..filled].windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let n = conn.read(&mut buf[filled..])?;
            if n == 0 || filled + n == buf.len() {
                return Ok(());
            }
            filled += n;
        };
        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
        let target = head.split(' ').nth(1).unwrap_or("");
        let start = target
            .split_once('?')
            .and_then(|(_, q)| {
                q.split('&')
                    .find_map(|kv| kv.strip_prefix("starting_after=ch_3M"))
            })
            .and_then(|n| n.parse::<usize>().ok())
            .map_or(0, |i| i + 1);
        let stop = (start + per_page).min(records);
        let data: Vec<_> = (start..stop).map(record).collect();
        let body = serde_json::to_vec(
            &serde_json::json!({"object": "list", "data": data, "has_more": stop < records, "url": PATH}),
        )?;
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            body.len()
        );
        conn.write_all(head.as_bytes())?;
        conn.write_all(&body)?;
        buf.copy_within(end..filled, 0);
        filled -= end;
    }
}

/// Peak resident set of this process, in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

pub fn run(args: &Args) -> Result<(), BoxError> {
    let me = std::env::current_exe()?;
    let mut server = Command::new(me)
        .args([
            "serve",
            "--records",
            &args.records.to_string(),
            "--per-page",
            &args.per_page.to_string(),
        ])
        .stdout(Stdio::piped())
        .spawn()?;
    let mut url = String::new();
    BufReader::new(server.stdout.take().ok_or("no server stdout")?).read_line(&mut url)?;
    let url = url.trim().to_string();
    if let Some(path) = args.to.strip_prefix("sqlite:") {
        let _ = std::fs::remove_file(path);
    } else if let Some(dir) = args.to.strip_prefix("jsonl:") {
        let _ = std::fs::remove_dir_all(dir);
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let started = Instant::now();
    let result = rt.block_on(async {
        let config = apitap_runtime::codegen::Config::new()
            .base_url(url)
            .credential("token", apitap_runtime::codegen::Credential::bearer("t"))
            .page_size(args.per_page as u64);
        let client = paged::Client::new(config)?;
        let sync_args = apitap_runtime::codegen::SyncArgs::parse(vec![
            "list_customers".to_string(),
            "--to".to_string(),
            args.to.clone(),
        ])?;
        paged::sync::run(&client, &sync_args)
            .await
            .map_err(BoxError::from)
    });
    let seconds = started.elapsed().as_secs_f64();
    let _ = server.kill();
    let report = result?;
    let peak = peak_rss_kib().unwrap_or(0);
    println!(
        "{}",
        serde_json::json!({
            "records": report.records,
            "destination": args.to.split(':').next(),
            "seconds": (seconds * 100.0).round() / 100.0,
            "records_per_second": (report.records as f64 / seconds).round(),
            "peak_rss_mib": (peak as f64 / 1024.0 * 10.0).round() / 10.0,
        })
    );
    Ok(())
}
