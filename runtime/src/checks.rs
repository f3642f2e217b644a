//! Data-quality checks, evaluated at the end of each stream of a run.
//!
//! A run that loads stale or partial data and reports success is what owners of hourly
//! connectors fear most. Each stream can hold its run to a few figures (set in
//! `apitap.toml`, validated by the generator): at least so many records, a volume close to
//! the recent runs', a newest cursor value recent enough, fields that must be set, a low
//! share of failed requests, few rejected records. A failed check keeps the data loaded
//! (rows carry the run id) and ends the run with its own exit status.

use serde::{Deserialize, Serialize};

use crate::stats::RequestFigures;

/// `volume_change`: records within `within` (a share) of the mean of the last `runs`
/// successful runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VolumeChange {
    /// Allowed deviation from the mean, as a share (0.2 = ±20 %).
    pub within: f64,
    /// Successful runs to average.
    pub runs: u32,
}

/// The checks of one stream, as generated from `apitap.toml`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Checks {
    /// At least this many records.
    pub min_records: Option<u64>,
    /// Records close to the recent runs'.
    pub volume_change: Option<VolumeChange>,
    /// Seconds the newest cursor value may be old.
    pub max_staleness: Option<u64>,
    /// Root-table columns and the share of this run's records that must have a value.
    pub required: &'static [(&'static str, f64)],
    /// At most this share of failed requests.
    pub max_error_rate: Option<f64>,
    /// At most this many rejected records.
    pub max_rejected: Option<u64>,
}

impl Checks {
    /// No checks.
    pub const NONE: Checks = Checks {
        min_records: None,
        volume_change: None,
        max_staleness: None,
        required: &[],
        max_error_rate: None,
        max_rejected: None,
    };

    /// Whether there is any check.
    pub fn is_empty(&self) -> bool {
        *self == Checks::NONE
    }
}

impl std::fmt::Display for Checks {
    /// `min_records >= 1, volume within ±20 % of 7 runs, ...`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts = Vec::new();
        if let Some(n) = self.min_records {
            parts.push(format!("min_records {n}"));
        }
        if let Some(v) = self.volume_change {
            parts.push(format!(
                "volume within ±{} of the last {} runs",
                pct(v.within),
                v.runs
            ));
        }
        if let Some(s) = self.max_staleness {
            parts.push(format!("max_staleness {}", human_duration(s as i64)));
        }
        for (c, share) in self.required {
            parts.push(format!("required {c} {}", pct(*share)));
        }
        if let Some(r) = self.max_error_rate {
            parts.push(format!("max_error_rate {}", pct(r)));
        }
        if let Some(n) = self.max_rejected {
            parts.push(format!("max_rejected {n}"));
        }
        f.write_str(&parts.join(", "))
    }
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckResult {
    /// `min_records`, `volume_change`, `max_staleness`, `required.email`, ...
    pub check: String,
    /// Whether the figure is within the limit.
    pub passed: bool,
    /// What was measured.
    pub figure: String,
    /// The limit.
    pub limit: String,
}

impl std::fmt::Display for CheckResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {} (limit: {})",
            self.check,
            if self.passed { "passed" } else { "FAILED" },
            self.figure,
            self.limit
        )
    }
}

/// What a stream's checks are measured on.
#[derive(Debug)]
pub(crate) struct Measured<'a> {
    pub records: u64,
    pub rejected: u64,
    pub requests: &'a RequestFigures,
    /// The newest cursor value known after the run (loaded now or before).
    pub newest: Option<&'a str>,
    /// Seconds since the epoch, now.
    pub now: i64,
    /// Per required column: records of this run with a value there.
    pub non_null: &'a [u64],
    /// Records of the last successful runs of this stream, newest first.
    pub history: &'a [u64],
}

fn pct(share: f64) -> String {
    let p = share * 100.0;
    if (p - p.round()).abs() < 1e-9 {
        format!("{p:.0} %")
    } else {
        format!("{p:.1} %")
    }
}

/// The age of a cursor value in seconds: an RFC 3339 time, or Unix seconds (milliseconds
/// when the number is too large for seconds).
pub(crate) fn age(value: &str, now: i64) -> Option<i64> {
    let text = value.trim();
    let at = match text.parse::<i64>() {
        Ok(n) if n > 100_000_000_000 => n / 1000,
        Ok(n) => n,
        Err(_) => crate::lookback::epoch_seconds(text)?,
    };
    Some(now - at)
}

/// Seconds as `2h 5m`, `40s`, `3d 2h`.
pub(crate) fn human_duration(secs: i64) -> String {
    let sign = if secs < 0 { "-" } else { "" };
    let s = secs.unsigned_abs();
    let (d, h, m, sec) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    let text = match (d, h, m) {
        (0, 0, 0) => format!("{sec}s"),
        (0, 0, _) => format!("{m}m {sec}s"),
        (0, _, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h"),
    };
    format!("{sign}{text}")
}

/// Evaluates `checks` on `m`.
pub(crate) fn evaluate(checks: &Checks, m: &Measured<'_>) -> Vec<CheckResult> {
    let mut out = Vec::new();
    let mut push = |check: String, passed: bool, figure: String, limit: String| {
        out.push(CheckResult {
            check,
            passed,
            figure,
            limit,
        })
    };
    if let Some(min) = checks.min_records {
        push(
            "min_records".into(),
            m.records >= min,
            format!("{} records", m.records),
            format!("at least {min}"),
        );
    }
    if let Some(v) = checks.volume_change {
        let runs = m.history.len().min(v.runs as usize);
        let limit = format!(
            "within ±{} of the mean of the last {} successful runs",
            pct(v.within),
            v.runs
        );
        if runs == 0 {
            push(
                "volume_change".into(),
                true,
                format!(
                    "{} records; no earlier successful run to compare with",
                    m.records
                ),
                limit,
            );
        } else {
            let mean = m.history[..runs].iter().sum::<u64>() as f64 / runs as f64;
            let change = if mean > 0.0 {
                (m.records as f64 - mean) / mean
            } else if m.records == 0 {
                0.0
            } else {
                f64::INFINITY
            };
            push(
                "volume_change".into(),
                change.abs() <= v.within + 1e-9,
                format!(
                    "{} records against a mean of {mean:.1} over {runs} runs ({}{})",
                    m.records,
                    if change >= 0.0 { "+" } else { "" },
                    if change.is_finite() {
                        pct(change)
                    } else {
                        "new".into()
                    }
                ),
                limit,
            );
        }
    }
    if let Some(max) = checks.max_staleness {
        let limit = format!("at most {} old", human_duration(max as i64));
        match m.newest.map(|n| (n, age(n, m.now))) {
            Some((value, Some(age))) => push(
                "max_staleness".into(),
                age <= max as i64,
                format!(
                    "newest cursor value `{value}` is {} old",
                    human_duration(age)
                ),
                limit,
            ),
            Some((value, None)) => push(
                "max_staleness".into(),
                false,
                format!("the cursor value `{value}` is not a time"),
                limit,
            ),
            None => push(
                "max_staleness".into(),
                false,
                "no cursor value loaded yet".into(),
                limit,
            ),
        }
    }
    for (i, (column, share)) in checks.required.iter().enumerate() {
        let set = m.non_null.get(i).copied().unwrap_or(0);
        let actual = if m.records == 0 {
            1.0
        } else {
            set as f64 / m.records as f64
        };
        push(
            format!("required.{column}"),
            actual + 1e-9 >= *share,
            format!("set in {set} of {} records ({})", m.records, pct(actual)),
            format!("at least {}", pct(*share)),
        );
    }
    if let Some(max) = checks.max_error_rate {
        let rate = m.requests.error_rate();
        push(
            "max_error_rate".into(),
            rate <= max + 1e-9,
            format!(
                "{} of {} requests failed ({})",
                m.requests.failed,
                m.requests.requests,
                pct(rate)
            ),
            format!("at most {}", pct(max)),
        );
    }
    if let Some(max) = checks.max_rejected {
        push(
            "max_rejected".into(),
            m.rejected <= max,
            format!("{} rejected", m.rejected),
            format!("at most {max}"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured<'a>(
        records: u64,
        history: &'a [u64],
        requests: &'a RequestFigures,
    ) -> Measured<'a> {
        Measured {
            records,
            rejected: 0,
            requests,
            newest: Some("2024-03-01T10:00:00Z"),
            now: 1_709_287_200, // 2024-03-01T10:00:00Z
            non_null: &[9],
            history,
        }
    }

    #[test]
    fn each_check_passes_and_fails() {
        let requests = RequestFigures::default();
        let checks = Checks {
            min_records: Some(5),
            volume_change: Some(VolumeChange {
                within: 0.2,
                runs: 3,
            }),
            max_staleness: Some(3600),
            required: &[("email", 0.9)],
            max_error_rate: Some(0.0),
            max_rejected: Some(0),
        };
        let ok = evaluate(&checks, &measured(10, &[10, 11, 9, 1000], &requests));
        assert!(ok.iter().all(|c| c.passed), "{ok:#?}");
        let bad = evaluate(
            &checks,
            &Measured {
                now: 1_709_287_200 + 7200,
                ..measured(4, &[10, 10, 10], &requests)
            },
        );
        let failed: Vec<&str> = bad
            .iter()
            .filter(|c| !c.passed)
            .map(|c| c.check.as_str())
            .collect();
        assert_eq!(failed, ["min_records", "volume_change", "max_staleness"]);
        let volume = &bad[1];
        assert!(
            volume
                .figure
                .contains("4 records against a mean of 10.0 over 3 runs (-60 %)"),
            "{volume}"
        );
        assert!(bad[2].figure.contains("is 2h 0m old"), "{}", bad[2]);
        // 8 of 10 set is below 90 %.
        let required = evaluate(
            &checks,
            &Measured {
                non_null: &[8],
                ..measured(10, &[], &requests)
            },
        );
        assert!(
            !required[3].passed && required[3].figure.contains("(80 %)"),
            "{}",
            required[3]
        );
        assert!(required[1].passed, "no history: nothing to compare");
    }

    #[test]
    fn ages() {
        assert_eq!(age("1700000000", 1_700_000_060), Some(60));
        assert_eq!(age("1700000000000", 1_700_000_060), Some(60));
        assert_eq!(age("2024-03-01T10:00:00Z", 1_709_287_260), Some(60));
        assert_eq!(age("soon", 0), None);
        assert_eq!(human_duration(7260), "2h 1m");
        assert_eq!(human_duration(90_000), "1d 1h");
    }
}
