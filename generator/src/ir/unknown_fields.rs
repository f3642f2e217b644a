//! Keeping the fields a spec does not declare, in the typed client, on request.
//!
//! Vendors add fields long before their spec says so, and a typed decode drops keys it does
//! not know. `[types] keep_unknown` in `apitap.toml` (`true` for every object type, or a
//! list of schema or type names) gives the chosen structs a catch-all map, so those fields
//! survive a decode and an encode: each such struct gets the same `additional_properties`
//! field that `additionalProperties` gives (any JSON values, each undeclared key read into
//! it). It is opt-in because keeping every unknown value costs decode speed and memory on
//! every record.

use super::{TypeKind, TypeRef, TypeSpace};
use crate::analyze::ConfigError;
use serde::Deserialize;

/// `[types] keep_unknown`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum KeepUnknown {
    /// `true`: every object type; `false`: none.
    All(bool),
    /// Schema names (`components/schemas` keys) or generated type names.
    Types(Vec<String>),
}

impl Default for KeepUnknown {
    fn default() -> Self {
        KeepUnknown::All(false)
    }
}

/// `[types]` in `apitap.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypesConfig {
    #[serde(default)]
    pub keep_unknown: KeepUnknown,
    /// Identical types share one definition (`ir::identical`); `false` keeps each copy.
    #[serde(default = "yes")]
    pub merge_identical: bool,
}

impl Default for TypesConfig {
    fn default() -> Self {
        TypesConfig {
            keep_unknown: KeepUnknown::default(),
            merge_identical: true,
        }
    }
}

fn yes() -> bool {
    true
}

/// The PascalCase form of a schema name, as type names are made from it (`order_line` and
/// `OrderLine` both name `OrderLine`).
fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Gives the selected structs a catch-all map for undeclared fields. Errors name a listed
/// type that is not an object type of the spec.
pub fn keep_unknown(types: &mut TypeSpace, config: &TypesConfig) -> Result<(), ConfigError> {
    let (all, wanted): (bool, Vec<String>) = match &config.keep_unknown {
        KeepUnknown::All(false) => return Ok(()),
        KeepUnknown::Types(names) if names.is_empty() => return Ok(()),
        KeepUnknown::All(true) => (true, Vec::new()),
        KeepUnknown::Types(names) => (false, names.iter().map(|n| loose(n)).collect()),
    };
    let mut found = vec![false; wanted.len()];
    for def in &mut types.defs {
        let TypeKind::Struct { additional, .. } = &mut def.kind else {
            continue;
        };
        // Top-level schemas are named by their one hint; inline ones are reached through them.
        let selected = all
            || (def.hint.len() == 1 && {
                let name = loose(&def.hint[0]);
                let mut any = false;
                for (w, f) in wanted.iter().zip(found.iter_mut()) {
                    if *w == name {
                        *f = true;
                        any = true;
                    }
                }
                any
            });
        if selected && additional.is_none() {
            *additional = Some(TypeRef::Any);
        }
    }
    if let KeepUnknown::Types(names) = &config.keep_unknown {
        let missing: Vec<&str> = names
            .iter()
            .zip(&found)
            .filter(|(_, f)| !**f)
            .map(|(n, _)| n.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(ConfigError::new(
                "[types] keep_unknown",
                format!(
                    "{} is not an object schema of the spec",
                    missing
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }
    Ok(())
}
