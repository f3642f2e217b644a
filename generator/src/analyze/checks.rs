//! Data-quality checks of a stream, from `apitap.toml`: read and validated at generation
//! time (a column that does not exist, a staleness limit on a stream without a time cursor
//! are errors naming the key), evaluated by the runtime at the end of each stream.
//!
//! ```toml
//! [sync.checks]                         # every stream's defaults
//! max_error_rate = "5%"
//! [sync.streams.list_charges.checks]
//! min_records = 1
//! volume_change = { within = "20%", runs = 7 }
//! max_staleness = "2h"
//! required = ["email"]                  # or { email = "95%" }
//! max_rejected = 0
//! ```

use super::durations::parse_duration;
use super::flatten::{Read, Table};
use super::ConfigError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A share: `"20%"`, or a fraction from 0 to 1.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Share {
    Fraction(f64),
    Percent(String),
}

impl Share {
    fn fraction(&self, key: &str) -> Result<f64, ConfigError> {
        let value = match self {
            Share::Fraction(f) => *f,
            Share::Percent(text) => text
                .trim()
                .strip_suffix('%')
                .and_then(|n| n.trim().parse::<f64>().ok())
                .map(|n| n / 100.0)
                .ok_or_else(|| {
                    ConfigError::new(
                        key,
                        format!("`{text}`: expected a percentage such as \"20%\""),
                    )
                })?,
        };
        if !(0.0..=1.0).contains(&value) || value.is_nan() {
            return Err(ConfigError::new(
                key,
                format!("{value} is not a share between 0 and 1 (write a percentage as \"20%\")"),
            ));
        }
        Ok(value)
    }
}

/// `volume_change = { within = "20%", runs = 7 }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VolumeConfig {
    pub within: Share,
    /// Successful runs to average (default 7).
    pub runs: Option<u32>,
}

/// `required = ["email"]` (every record) or `{ email = "95%" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RequiredConfig {
    All(Vec<String>),
    Shares(BTreeMap<String, Share>),
}

/// `[sync.checks]` or `[sync.streams.NAME.checks]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecksConfig {
    pub min_records: Option<u64>,
    pub volume_change: Option<VolumeConfig>,
    pub max_staleness: Option<String>,
    pub required: Option<RequiredConfig>,
    pub max_error_rate: Option<Share>,
    pub max_rejected: Option<u64>,
}

impl ChecksConfig {
    /// This stream's settings over the defaults, key by key.
    pub fn over(&self, defaults: &ChecksConfig) -> ChecksConfig {
        ChecksConfig {
            min_records: self.min_records.or(defaults.min_records),
            volume_change: self
                .volume_change
                .clone()
                .or_else(|| defaults.volume_change.clone()),
            max_staleness: self
                .max_staleness
                .clone()
                .or_else(|| defaults.max_staleness.clone()),
            required: self.required.clone().or_else(|| defaults.required.clone()),
            max_error_rate: self
                .max_error_rate
                .clone()
                .or_else(|| defaults.max_error_rate.clone()),
            max_rejected: self.max_rejected.or(defaults.max_rejected),
        }
    }
}

/// The checks of one stream, validated.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Checks {
    pub min_records: Option<u64>,
    /// Records within this share of the mean of the last `runs` successful runs.
    pub volume_change: Option<(f64, u32)>,
    /// Seconds the newest cursor value may be old.
    pub max_staleness: Option<u64>,
    /// Root-table columns and the share of records that must have a value there.
    pub required: Vec<(String, f64)>,
    pub max_error_rate: Option<f64>,
    pub max_rejected: Option<u64>,
}

impl Checks {
    pub fn is_empty(&self) -> bool {
        *self == Checks::default()
    }
}

/// Validates `config` for stream `stream`, whose records fill `root` and whose cursor is
/// `cursor` (`timed`: a time, so its age can be told).
pub fn plan(
    config: &ChecksConfig,
    stream: &str,
    root: &Table,
    cursor: Option<&str>,
    timed: bool,
) -> Result<Checks, ConfigError> {
    let key = |k: &str| format!("[sync.streams.{stream}.checks] {k}");
    let volume_change = match &config.volume_change {
        Some(v) => {
            let runs = v.runs.unwrap_or(7);
            if runs == 0 {
                return Err(ConfigError::new(
                    key("volume_change"),
                    "runs must be at least 1",
                ));
            }
            Some((v.within.fraction(&key("volume_change.within"))?, runs))
        }
        None => None,
    };
    let max_staleness = match &config.max_staleness {
        Some(text) => {
            if cursor.is_none() || !timed {
                return Err(ConfigError::new(
                    key("max_staleness"),
                    format!(
                        "the stream has no time cursor to measure the age of{}; set `cursor` to a time field, or drop the check",
                        cursor.map(|c| format!(" (`{c}` is not a time)")).unwrap_or_default()
                    ),
                ));
            }
            Some(parse_duration(text).map_err(|e| ConfigError::new(key("max_staleness"), e))?)
        }
        None => None,
    };
    let wanted: Vec<(String, f64)> = match &config.required {
        None => Vec::new(),
        Some(RequiredConfig::All(names)) => names.iter().map(|n| (n.clone(), 1.0)).collect(),
        Some(RequiredConfig::Shares(map)) => map
            .iter()
            .map(|(n, s)| Ok((n.clone(), s.fraction(&key(&format!("required.{n}")))?)))
            .collect::<Result<_, ConfigError>>()?,
    };
    let mut required = Vec::new();
    for (name, share) in wanted {
        // A column name (`card__brand`), or the spec's field name (`email`).
        let column = root
            .columns
            .iter()
            .filter(|c| !matches!(c.read, Read::Loader | Read::Extra | Read::RunId))
            .find(|c| c.name == name || c.path.join(".") == name)
            .ok_or_else(|| {
                ConfigError::new(
                    key("required"),
                    format!("`{name}` is not a column of table `{}`", root.name),
                )
            })?;
        required.push((column.name.clone(), share));
    }
    Ok(Checks {
        min_records: config.min_records,
        volume_change,
        max_staleness,
        required,
        max_error_rate: config
            .max_error_rate
            .as_ref()
            .map(|s| s.fraction(&key("max_error_rate")))
            .transpose()?,
        max_rejected: config.max_rejected,
    })
}

/// The checks in words, for `apitap explain` and the README.
pub fn describe(checks: &Checks) -> String {
    let mut out = Vec::new();
    if let Some(n) = checks.min_records {
        out.push(format!("at least {n} records"));
    }
    if let Some((within, runs)) = checks.volume_change {
        out.push(format!(
            "records within {}% of the last {runs} runs",
            within * 100.0
        ));
    }
    if let Some(s) = checks.max_staleness {
        out.push(format!(
            "newest cursor at most {} old",
            super::durations::format_duration(s)
        ));
    }
    for (c, share) in &checks.required {
        out.push(format!("`{c}` set in {}% of records", share * 100.0));
    }
    if let Some(r) = checks.max_error_rate {
        out.push(format!("at most {}% failed requests", r * 100.0));
    }
    if let Some(n) = checks.max_rejected {
        out.push(format!("at most {n} rejected"));
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares() {
        let f = |s: Share| s.fraction("k");
        assert_eq!(f(Share::Percent("20%".into())), Ok(0.2));
        assert_eq!(f(Share::Fraction(0.05)), Ok(0.05));
        assert!(f(Share::Fraction(20.0))
            .unwrap_err()
            .to_string()
            .contains("\"20%\""));
        assert!(f(Share::Percent("twenty".into())).is_err());
    }
}
