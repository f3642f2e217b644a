//! `apitap explain` as a library: the decisions of analysis with their reasons.

use crate::{analyze, analyze_spec, Analyzed, ExplainRow, Options, Result, Warning};
use std::path::Path;

/// How many kept types the text of `apitap explain` lists with their copies.
const SHARED_SHOWN: usize = 20;

/// A type kept, and the copies of it that are now its aliases.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SharedType {
    /// The type kept.
    pub name: String,
    /// Where the kept type's schema is.
    pub schema: String,
    /// The copies' type names.
    pub copies: Vec<String>,
}

/// What analysis decided for a spec, with the reasons: what `apitap explain` prints.
pub fn explain(spec: &Path, opts: &Options) -> Result<Explanation> {
    Ok(Explanation {
        analyzed: analyze_spec(spec, opts)?,
    })
}

/// Pagination per operation, the streams of `sync`, the analytics tables and the cargo
/// features, each decided in analysis with its reason.
pub struct Explanation {
    analyzed: Analyzed,
}

impl std::fmt::Debug for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Explanation")
            .field("operations", &self.analyzed.api.operations.len())
            .field("streams", &self.stream_count())
            .field("warnings", &self.analyzed.warnings.len())
            .finish_non_exhaustive()
    }
}

impl Explanation {
    /// Per operation: how its pages are read, and why.
    pub fn operations(&self) -> Vec<ExplainRow> {
        let a = &self.analyzed;
        analyze::pagination::explain_rows(&a.api, &a.analysis.pagination)
    }

    /// The streams of `sync` (parents, cursors, write modes, page sizes) as a table.
    pub fn streams_table(&self) -> String {
        let a = &self.analyzed.analysis;
        analyze::streams::explain_table(&a.streams, &a.tables)
    }

    /// How many streams `sync` has.
    pub fn stream_count(&self) -> usize {
        self.analyzed.analysis.streams.len()
    }

    /// The analytics tables of the record types named in `only` (all when empty): columns,
    /// types, keys and where each value comes from.
    pub fn tables(&self, only: &[String]) -> String {
        analyze::flatten::describe(&self.analyzed.analysis.tables, only)
    }

    /// Per operation group (cargo feature): its operations and the type modules it compiles.
    pub fn feature_groups(&self) -> Vec<analyze::features::explain::GroupRow> {
        let a = &self.analyzed;
        analyze::features::explain::group_rows(&a.analysis.features, &a.analysis.ops)
    }

    /// The fields that hold JSON because their type is compiled with other groups, and why.
    pub fn deferred_fields(&self) -> Vec<analyze::features::explain::DeferredRow> {
        let a = &self.analyzed;
        analyze::features::explain::deferred_rows(&a.api, &a.analysis.features, &a.analysis.types)
    }

    /// Groups and deferred fields as a table.
    pub fn features_table(&self) -> String {
        analyze::features::explain::explain_table(
            &self.feature_groups(),
            &self.deferred_fields(),
            self.analyzed.analysis.features.type_modules.len(),
        )
    }

    /// Types that are copies of another (identical in every respect but their place in the
    /// spec) and are aliases of it: per type kept, its copies, most copies first.
    pub fn shared_types(&self) -> Vec<SharedType> {
        let a = &self.analyzed;
        let name = |id: crate::ir::TypeId| a.analysis.types[id.0].name.clone();
        let mut kept: std::collections::BTreeMap<crate::ir::TypeId, Vec<String>> =
            Default::default();
        for (copy, target) in &a.api.types.merged {
            kept.entry(*target).or_default().push(name(*copy));
        }
        let mut rows: Vec<SharedType> = kept
            .into_iter()
            .map(|(id, copies)| SharedType {
                name: name(id),
                schema: a.api.types.get(id).location.clone(),
                copies,
            })
            .collect();
        rows.sort_by(|x, y| {
            y.copies
                .len()
                .cmp(&x.copies.len())
                .then(x.name.cmp(&y.name))
        });
        rows
    }

    /// The shared types as text: how many copies became aliases, and the types kept with
    /// the most copies (`--json` lists them all).
    pub fn shared_types_table(&self) -> String {
        let rows = self.shared_types();
        let copies: usize = rows.iter().map(|r| r.copies.len()).sum();
        if rows.is_empty() {
            return "No type is a copy of another.\n".into();
        }
        let mut out = format!(
            "{copies} types are copies of {} others, identical but for their place in the \
             spec: each is a `pub type` alias of the one kept, compiled once \
             (`[types] merge_identical = false` in apitap.toml keeps them apart).\n\n\
             | type kept | copies | schema |\n|---|---:|---|\n",
            rows.len()
        );
        for r in rows.iter().take(SHARED_SHOWN) {
            out.push_str(&format!(
                "| `{}` | {} | `{}` |\n",
                r.name,
                r.copies.len(),
                r.schema
            ));
        }
        if rows.len() > SHARED_SHOWN {
            out.push_str(&format!(
                "\n{} more types kept; `apitap explain --json` lists them all with their copies.\n",
                rows.len() - SHARED_SHOWN
            ));
        }
        out
    }

    /// Operations, streams and cargo features as JSON (`apitap explain --json`).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "shared_types": self.shared_types(),
            "operations": self.operations(),
            "streams": self.analyzed.analysis.streams,
            "features": {
                "groups": self.feature_groups(),
                "type_modules": self.analyzed.analysis.features.type_modules.len(),
                "deferred": self.deferred_fields(),
            },
        })
    }

    /// Every warning of the analysis.
    pub fn warnings(&self) -> &[Warning] {
        &self.analyzed.warnings
    }
}
