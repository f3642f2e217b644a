//! `--metrics FILE`: the run's figures in the Prometheus text exposition format, for
//! node_exporter's textfile collector or a push gateway. Every value describes the last run,
//! so all are gauges; labels name the connector, the stream, the table, the check.

use std::fmt::Write as _;

use crate::runlog::stream_status;
use crate::sync::SyncReport;

/// A label value, escaped as the format wants (`\`, `"`, newline).
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn labels(pairs: &[(&str, &str)]) -> String {
    let inner: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
        .collect();
    format!("{{{}}}", inner.join(","))
}

/// One metric family: its help, its type, and its samples.
struct Family {
    name: &'static str,
    help: &'static str,
    samples: Vec<(String, f64)>,
}

fn number(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else {
        format!("{v}")
    }
}

/// The metrics of `report`, as text; `now` (seconds since the epoch) dates the freshness.
pub fn render(report: &SyncReport, now: i64) -> String {
    let c = report.identity.connector;
    let mut families: Vec<Family> = Vec::new();
    let mut family = |name: &'static str, help: &'static str, samples: Vec<(String, f64)>| {
        families.push(Family {
            name,
            help,
            samples,
        })
    };
    let run = labels(&[("connector", c)]);
    family(
        "apitap_run_info",
        "The last run: its id, version and status (value 1).",
        vec![(
            labels(&[
                ("connector", c),
                ("version", report.identity.version),
                ("run_id", &report.run_id),
                ("status", report.status.as_str()),
            ]),
            1.0,
        )],
    );
    family(
        "apitap_run_exit_code",
        "Exit status of the last run: 0 success, 1 failed, 3 a data-quality check failed.",
        vec![(run.clone(), f64::from(report.status.exit_code()))],
    );
    family(
        "apitap_run_success",
        "1 when the last run loaded everything and passed its checks.",
        vec![(
            run.clone(),
            f64::from(u8::from(report.status.exit_code() == 0)),
        )],
    );
    family(
        "apitap_run_duration_seconds",
        "Wall time of the last run.",
        vec![(run.clone(), report.duration.as_secs_f64())],
    );
    if let Some(end) = crate::lookback::epoch_seconds(&report.finished) {
        family(
            "apitap_run_finished_timestamp_seconds",
            "When the last run finished (Unix time).",
            vec![(run.clone(), end as f64)],
        );
    }
    family(
        "apitap_run_records",
        "Records the last run loaded.",
        vec![(run.clone(), report.records as f64)],
    );
    let per_stream = |f: &dyn Fn(&crate::sync::StreamReport) -> Option<f64>| {
        report
            .streams
            .iter()
            .filter_map(|s| Some((labels(&[("connector", c), ("stream", &s.name)]), f(s)?)))
            .collect::<Vec<_>>()
    };
    family(
        "apitap_stream_records",
        "Records a stream loaded in the last run.",
        per_stream(&|s| Some(s.records as f64)),
    );
    family(
        "apitap_stream_rejected",
        "Records a stream rejected (kept in _rejected) in the last run.",
        per_stream(&|s| Some(s.rejected as f64)),
    );
    family(
        "apitap_stream_pages",
        "Pages a stream read in the last run.",
        per_stream(&|s| Some(s.pages as f64)),
    );
    family(
        "apitap_stream_requests",
        "HTTP attempts a stream sent in the last run.",
        per_stream(&|s| Some(s.requests.requests as f64)),
    );
    family(
        "apitap_stream_failed_requests",
        "HTTP attempts of a stream that failed in the last run.",
        per_stream(&|s| Some(s.requests.failed as f64)),
    );
    family(
        "apitap_stream_bytes",
        "Response bytes a stream received in the last run.",
        per_stream(&|s| Some(s.requests.bytes as f64)),
    );
    family(
        "apitap_stream_complete",
        "1 when a stream reached its end without error in the last run.",
        per_stream(&|s| {
            Some(f64::from(u8::from(matches!(
                stream_status(s),
                "complete" | "checks_failed"
            ))))
        }),
    );
    family(
        "apitap_stream_drift_fields",
        "Fields beyond the spec a stream's records had in the last run (kept in _extra).",
        per_stream(&|s| Some(s.drift.len() as f64)),
    );
    family(
        "apitap_stream_freshness_seconds",
        "Age of the newest cursor value of a stream after the last run.",
        per_stream(&|s| {
            let newest = s.newest.as_deref()?;
            Some(crate::checks::age(newest, now)? as f64)
        }),
    );
    let mut retries = Vec::new();
    let mut latency = Vec::new();
    let mut rows = Vec::new();
    let mut checks = Vec::new();
    for s in &report.streams {
        let r = &s.requests;
        for (cause, n) in [
            ("429", r.retries_429),
            ("5xx", r.retries_5xx),
            ("transport", r.retries_transport),
            ("timeout", r.retries_timeout),
            ("other", r.retries_other),
        ] {
            retries.push((
                labels(&[("connector", c), ("stream", &s.name), ("cause", cause)]),
                n as f64,
            ));
        }
        for (q, label) in [(0.5, "0.5"), (0.95, "0.95"), (1.0, "1")] {
            if let Some(ms) = r.latency_ms(q) {
                latency.push((
                    labels(&[("connector", c), ("stream", &s.name), ("quantile", label)]),
                    ms / 1000.0,
                ));
            }
        }
        for (table, n) in &s.rows {
            rows.push((
                labels(&[("connector", c), ("stream", &s.name), ("table", table)]),
                *n as f64,
            ));
        }
        for check in &s.checks {
            checks.push((
                labels(&[
                    ("connector", c),
                    ("stream", &s.name),
                    ("check", &check.check),
                ]),
                f64::from(u8::from(check.passed)),
            ));
        }
    }
    family(
        "apitap_stream_retries",
        "Retries of a stream's requests in the last run, by cause.",
        retries,
    );
    family(
        "apitap_stream_request_latency_seconds",
        "Request latency quantiles of a stream in the last run.",
        latency,
    );
    family(
        "apitap_stream_rows",
        "Rows a stream loaded into each table in the last run.",
        rows,
    );
    family(
        "apitap_stream_check_passed",
        "1 when a data-quality check passed in the last run, 0 when it failed.",
        checks,
    );
    let mut out = String::new();
    for f in families.iter().filter(|f| !f.samples.is_empty()) {
        let _ = writeln!(out, "# HELP {} {}", f.name, f.help);
        let _ = writeln!(out, "# TYPE {} gauge", f.name);
        for (labels, value) in &f.samples {
            let _ = writeln!(out, "{}{labels} {}", f.name, number(*value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(labels(&[("a", "x\"y\\z\nw")]), r#"{a="x\"y\\z\nw"}"#);
        let text = render(&SyncReport::default(), 0);
        assert!(
            text.contains(
                "# TYPE apitap_run_exit_code gauge\napitap_run_exit_code{connector=\"\"} 0\n"
            ),
            "{text}"
        );
    }
}
