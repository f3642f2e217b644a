//! `apitap.toml`: options kept next to a spec, passed with `--config`.
//!
//! Unknown keys are errors, so a typo never silently does nothing.

use crate::analyze::pagination::Declared;
use crate::diag::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Crate name (overridden by `--name`).
    pub name: Option<String>,
    /// Pagination plans by operationId: set, change or (`kind = "none"`) switch off.
    #[serde(default)]
    pub pagination: BTreeMap<String, Declared>,
    /// Type options: `keep_unknown` (structs that keep fields the spec does not declare),
    /// `merge_identical` (identical types share one definition; default `true`).
    #[serde(default)]
    pub types: crate::ir::unknown_fields::TypesConfig,
    /// Flattening options: `max_depth`, `scalar_arrays`, `[tables.primary_key]`.
    #[serde(default)]
    pub tables: crate::analyze::flatten::TablesConfig,
    /// What `sync` runs: `streams`, `page_size`, `contract`, `[sync.streams.NAME]` parents,
    /// params, cursor, lookback and write mode.
    #[serde(default)]
    pub sync: crate::analyze::streams::SyncConfig,
    /// Where `sync` sends its alerts: `url`, `always`.
    #[serde(default)]
    pub notify: crate::analyze::streams::NotifyConfig,
    /// How regeneration moves the crate's version: `bump`, `initial_version`.
    #[serde(default)]
    pub release: crate::release::ReleaseConfig,
}

impl Config {
    /// Read and validate a config file; returns it with the SHA-256 of its bytes.
    pub fn load(path: &Path) -> Result<(Config, String)> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let config: Config = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.to_string().trim().replace('\n', " "),
        })?;
        Ok((config, crate::sha256_hex(text.as_bytes())))
    }
}
