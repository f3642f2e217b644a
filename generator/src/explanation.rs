//! `apitap explain` as a library: the decisions of analysis with their reasons.

use crate::{analyze, analyze_spec, Analyzed, ExplainRow, Options, Result, Warning};
use std::path::Path;

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

    /// Operations, streams and cargo features as JSON (`apitap explain --json`).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
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
