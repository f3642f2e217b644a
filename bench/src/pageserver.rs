//! A Stripe-style list server on loopback that is never the bottleneck: every page of every
//! path is rendered, as a complete HTTP response, before the server starts, so answering a
//! request costs one `read` of its head and one `write_all`.
//!
//! Each path serves the same records, `has_more` on every page but the last, and continues
//! after the record whose `id` is the `starting_after` query value. One OS thread per
//! keep-alive connection, blocking I/O, so the server scales with the client's connections.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

/// Every page of every path as a complete HTTP response, and where each continues.
pub(crate) struct Pages {
    responses: Vec<Vec<u8>>,
    /// Path to the index of its first page.
    first: HashMap<String, usize>,
    /// (path, `starting_after` value) to the index of the page after it.
    next: HashMap<(String, String), usize>,
    /// Bytes of JSON bodies, all paths.
    pub body_bytes: usize,
}

/// Render `records` records in pages of `per_page` under each of `paths`; `record(path, i)`
/// makes record `i` of a path, with a string `id`.
pub(crate) fn render(
    paths: &[&str],
    records: usize,
    per_page: usize,
    record: impl Fn(&str, usize) -> serde_json::Value,
) -> Pages {
    let per_page = per_page.max(1);
    let mut pages = Pages {
        responses: Vec::new(),
        first: HashMap::new(),
        next: HashMap::new(),
        body_bytes: 0,
    };
    for path in paths {
        let data: Vec<serde_json::Value> = (0..records).map(|i| record(path, i)).collect();
        pages.first.insert(path.to_string(), pages.responses.len());
        // The pages, then an empty one: what `starting_after` the very last record returns.
        let mut chunks: Vec<&[serde_json::Value]> = data.chunks(per_page).collect();
        chunks.push(&[]);
        for (p, chunk) in chunks.iter().enumerate() {
            if p > 0 {
                let last = chunks[p - 1].last().and_then(|r| r["id"].as_str());
                let last = last.expect("every record has a string id");
                pages
                    .next
                    .insert((path.to_string(), last.to_string()), pages.responses.len());
            }
            let body = serde_json::to_vec(&serde_json::json!({
                "object": "list",
                "data": chunk,
                "has_more": p + 2 < chunks.len(),
                "url": path,
            }))
            .expect("serialize page");
            pages.body_bytes += body.len();
            let mut response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            response.extend_from_slice(&body);
            pages.responses.push(response);
        }
    }
    pages
}

/// Start the server on 127.0.0.1 (any free port) on its own threads; returns its base URL.
pub(crate) fn serve(pages: Arc<Pages>) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(conn) = conn else { continue };
            let pages = pages.clone();
            std::thread::spawn(move || {
                let _ = connection(conn, &pages);
            });
        }
    });
    Ok(format!("http://{addr}"))
}

const NOT_FOUND: &[u8] = b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n";

/// One keep-alive connection: read a request head, write the pre-rendered page, repeat.
fn connection(mut conn: TcpStream, pages: &Pages) -> std::io::Result<()> {
    conn.set_nodelay(true)?;
    let mut buf = vec![0u8; 16 * 1024];
    let mut filled = 0;
    loop {
        let end = loop {
            if let Some(i) = buf[..filled].windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            if filled == buf.len() {
                return Ok(()); // head too large: not ours
            }
            let n = conn.read(&mut buf[filled..])?;
            if n == 0 {
                return Ok(());
            }
            filled += n;
        };
        let head = std::str::from_utf8(&buf[..end]).unwrap_or("");
        let target = head.split(' ').nth(1).unwrap_or("");
        let response = page_for(target, pages).map_or(NOT_FOUND, |i| &pages.responses[i]);
        conn.write_all(response)?;
        buf.copy_within(end..filled, 0);
        filled -= end;
    }
}

/// The page a request target asks for: the path's first page, or the one after
/// `starting_after`. Other query parameters (`limit`, filters) are ignored.
fn page_for(target: &str, pages: &Pages) -> Option<usize> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    match query
        .split('&')
        .find_map(|kv| kv.strip_prefix("starting_after="))
    {
        None => pages.first.get(path).copied(),
        Some(id) => pages.next.get(&(path.to_string(), id.to_string())).copied(),
    }
}
