//! What `apitap explain` prints about pagination: one row per operation.

use super::*;

/// One row of `apitap explain`: an operation and its pagination decision.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainRow {
    /// The spec's `operationId` (or the one apitap made up).
    pub operation_id: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// How every page is read; `None` when the operation does not page.
    pub pagination: Option<Plan>,
    /// Why: the evidence found, or what was missing.
    pub reason: String,
}

pub fn explain_rows(api: &Api, decisions: &[Decision]) -> Vec<ExplainRow> {
    api.operations
        .iter()
        .zip(decisions)
        .map(|(op, d)| ExplainRow {
            operation_id: op.id.clone(),
            method: op.method.to_string(),
            path: op.path.clone(),
            pagination: d.plan.clone(),
            reason: d.reason.clone(),
        })
        .collect()
}

/// `apitap explain`'s table (Markdown, so the generated README can carry the same).
pub fn explain_table(rows: &[ExplainRow]) -> String {
    let cell = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|")
    };
    let mut out = String::from("| operation | method and path | pagination | records | parameters and fields | why |\n|---|---|---|---|---|---|\n");
    for r in rows {
        let (kind, records, uses) = match &r.pagination {
            Some(p) => {
                let mut uses = Vec::new();
                for (label, param) in [("param", &p.param), ("size", &p.size_param)] {
                    if let Some(param) = param {
                        let name = if param.path.is_empty() {
                            param.name.clone()
                        } else {
                            param.path.join(".")
                        };
                        uses.push(format!("{label} `{name}` ({})", param.location));
                    }
                }
                for (label, field) in [
                    ("next", &p.next_field),
                    ("has_more", &p.has_more_field),
                    ("total", &p.total_field),
                ] {
                    if let Some(f) = field {
                        uses.push(format!("{label} `{}`", f.join(".")));
                    }
                }
                if let Some(id) = &p.id_field {
                    uses.push(format!("item `{id}`"));
                }
                let records = if p.records.is_empty() {
                    "(response)".to_string()
                } else {
                    format!("`{}`", p.records.join("."))
                };
                (p.kind.as_str().to_string(), records, uses.join(", "))
            }
            None => ("-".to_string(), String::new(), String::new()),
        };
        out.push_str(&format!(
            "| `{}` | {} `{}` | {} | {} | {} | {} |\n",
            cell(&r.operation_id),
            r.method,
            cell(&r.path).replace('`', "'"),
            kind,
            records,
            cell(&uses),
            cell(&r.reason)
        ));
    }
    out
}
