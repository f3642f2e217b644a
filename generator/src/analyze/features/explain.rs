//! `apitap explain`'s account of the cargo features: what each operation group compiles,
//! and which fields hold JSON because their type is compiled with other groups.

use super::{DeferReason, Features, Gate};
use crate::analyze::{OpNames, TypeNames};
use crate::ir::{Api, TypeKind};
use serde::Serialize;

/// One operation group (cargo feature): its operations and the type modules it compiles.
#[derive(Debug, Clone, Serialize)]
pub struct GroupRow {
    pub group: String,
    pub operations: usize,
    /// Type modules compiled when this group alone is enabled.
    pub type_modules: usize,
}

/// A field held as JSON where its type is not compiled, with why.
#[derive(Debug, Clone, Serialize)]
pub struct DeferredRow {
    /// The struct (its Rust name) and the field (as the spec spells it).
    #[serde(rename = "type")]
    pub type_name: String,
    pub field: String,
    /// The type the field names, which `<field>_typed()` decodes into.
    pub target: String,
    /// `expandable` or `error_detail`.
    pub reason: &'static str,
    /// What the field holds: `Expandable<serde_json::Value>` or `serde_json::Value`.
    pub held_as: &'static str,
}

/// Every group with its cost, in name order.
pub fn group_rows(features: &Features, ops: &[OpNames]) -> Vec<GroupRow> {
    features
        .groups
        .iter()
        .map(|group| {
            let alone = Gate::Groups([group.clone()].into_iter().collect());
            GroupRow {
                group: group.clone(),
                operations: ops.iter().filter(|o| &o.module == group).count(),
                type_modules: features
                    .type_modules
                    .values()
                    .filter(|gate| gate.covers(&alone))
                    .count(),
            }
        })
        .collect()
}

/// Every deferred field, by struct and field order.
pub fn deferred_rows(api: &Api, features: &Features, types: &[TypeNames]) -> Vec<DeferredRow> {
    features
        .deferred
        .iter()
        .map(|((owner, field), d)| {
            let field = match &api.types.get(*owner).kind {
                TypeKind::Struct { fields, .. } => fields
                    .get(*field)
                    .map_or_else(|| field.to_string(), |f| f.name.clone()),
                _ => field.to_string(),
            };
            let (reason, held_as) = match d.reason {
                DeferReason::Expandable => ("expandable", "Expandable<serde_json::Value>"),
                DeferReason::ErrorDetail => ("error_detail", "serde_json::Value"),
            };
            DeferredRow {
                type_name: types[owner.0].name.clone(),
                field,
                target: types[d.target.0].name.clone(),
                reason,
                held_as,
            }
        })
        .collect()
}

/// The groups as a table, then the deferred fields with their reasons.
pub fn explain_table(groups: &[GroupRow], deferred: &[DeferredRow], modules: usize) -> String {
    let mut out = String::new();
    if groups.len() <= 1 {
        out.push_str("At most one operation group: no cargo feature selects part of the crate.\n");
    } else {
        out.push_str(&format!(
            "{} operation groups. `default-features = false, features = [\"<group>\", ...]` \
             compiles only those groups (`full`, the default, compiles all {modules} type \
             modules).\n\n\
             | group | operations | type modules compiled alone |\n|---|---:|---:|\n",
            groups.len()
        ));
        for g in groups {
            out.push_str(&format!(
                "| `{}` | {} | {} of {modules} |\n",
                g.group, g.operations, g.type_modules
            ));
        }
    }
    if deferred.is_empty() {
        return out;
    }
    out.push_str(&format!(
        "\nFields holding JSON, with `<field>_typed()` compiled beside their type ({}):\n\
         - expandable: the API sends the id unless the request asks to expand it, so the object \
         does not tie its type into every group that reads the field;\n\
         - error_detail: a resource named below an error response, which would tie most of the \
         API into every group.\n\n\
         | type | field | names | why | holds |\n|---|---|---|---|---|\n",
        deferred.len()
    ));
    for d in deferred {
        out.push_str(&format!(
            "| `{}` | `{}` | `{}` | {} | `{}` |\n",
            d.type_name, d.field, d.target, d.reason, d.held_as
        ));
    }
    out
}
