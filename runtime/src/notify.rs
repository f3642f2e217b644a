//! Alerts: a JSON summary POSTed to a webhook when a run fails or a check fails.
//!
//! The body has a `text` field, so a Slack or Microsoft Teams incoming webhook shows it as
//! it is, and the run's figures beside it for anything that reads JSON. It holds no
//! credential: errors and notes are the report's, which never carry secrets. Delivery is
//! retried with backoff; an alert that cannot be delivered is logged and never changes the
//! run's outcome. The webhook URL itself holds a token, so it is never printed.

use std::time::Duration;

use serde_json::{json, Value};

use crate::config::Secret;
use crate::sync::SyncReport;

/// Attempts to deliver an alert, and the wait before the first retry (doubled each time).
const ATTEMPTS: u32 = 3;
const FIRST_BACKOFF: Duration = Duration::from_millis(500);

/// The alert for `report`.
pub fn alert_body(report: &SyncReport) -> Value {
    let id = &report.identity;
    let failed = report.failed_checks();
    let mut text = format!(
        "{} sync {}: {} (exit status {}), {} records loaded",
        if id.connector.is_empty() {
            "apitap"
        } else {
            id.connector
        },
        report.run_id,
        report.status.as_str(),
        report.status.exit_code(),
        report.records
    );
    if let Some(e) = &report.error {
        text.push_str(&format!("\nerror: {e}"));
    }
    for (stream, c) in &failed {
        text.push_str(&format!(
            "\ncheck failed: {stream} {}: {} (limit: {})",
            c.check, c.figure, c.limit
        ));
    }
    json!({
        "text": text,
        "connector": id.connector,
        "version": id.version,
        "run_id": report.run_id,
        "status": report.status.as_str(),
        "exit_code": report.status.exit_code(),
        "started": report.started,
        "finished": report.finished,
        "records": report.records,
        "rejected": report.rejected,
        "failed_checks": failed.iter().map(|(stream, c)| json!({
            "stream": stream,
            "check": c.check,
            "figure": c.figure,
            "limit": c.limit,
        })).collect::<Vec<_>>(),
        "errors": report.streams.iter().filter_map(|s| s.error.as_ref().map(|e| json!({
            "stream": s.name,
            "error": e,
        }))).collect::<Vec<_>>(),
    })
}

/// The webhook's scheme and host, safe to print.
fn host_of(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(u) => format!("{}://{}", u.scheme(), u.host_str().unwrap_or("?")),
        Err(_) => "an invalid URL".into(),
    }
}

/// POSTs `body` to `url`, retrying with backoff; `Err` says why it was not delivered
/// (without the URL's path or query, which hold its token).
pub async fn deliver(url: &Secret, body: &Value) -> Result<(), String> {
    let host = host_of(url.expose_secret());
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| format!("alert to {host}: {e}"))?;
    let mut wait = FIRST_BACKOFF;
    let mut last = String::new();
    for attempt in 1..=ATTEMPTS {
        let request = client
            .post(url.expose_secret())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        match request.send().await {
            Ok(resp) if resp.status().is_success() => return Ok(()),
            Ok(resp) => last = format!("answered {}", resp.status().as_u16()),
            Err(e) => {
                last = if e.is_timeout() {
                    "timed out".into()
                } else {
                    "could not be reached".into()
                }
            }
        }
        if attempt < ATTEMPTS {
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }
    Err(format!(
        "the alert to {host} was not delivered after {ATTEMPTS} attempts: {last}"
    ))
}
