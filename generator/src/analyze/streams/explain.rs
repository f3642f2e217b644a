//! What `sync --list`, `apitap explain` and the README print about streams.

use super::*;

/// How pages follow each other, in a few words.
pub(super) fn describe(plan: &crate::analyze::pagination::Plan) -> String {
    let param = plan
        .param
        .as_ref()
        .map(|p| format!(" via `{}`", p.name))
        .unwrap_or_default();
    format!("{}{param}", plan.kind.as_str())
}

/// `apitap explain`'s stream table (Markdown, as in the README).
pub fn explain_table(streams: &[Stream], tables: &Plans) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from(
        "| stream | tables | parent and parameters | cursor | write | page size | why |\n|---|---|---|---|---|---|---|\n",
    );
    for s in streams {
        let table_names: Vec<String> = s
            .tables
            .iter()
            .map(|&t| format!("`{}`", tables.tables[t].name))
            .collect();
        let mut parent: Vec<String> = Vec::new();
        if let Some(p) = &s.parent {
            parent.push(format!("`{p}`"));
        }
        for p in &s.partition {
            parent.push(match &p.source {
                Source::Field(path) => format!("`{}` = `{}`", p.name, path.join(".")),
                Source::Inherit(n) => format!("`{}` = parent's `{n}`", p.name),
                Source::Values(v) => format!("`{}` in {}", p.name, v.join(", ")),
            });
        }
        for n in &s.needs {
            parent.push(format!("needs `--param {n}=...`"));
        }
        let mut cursor = match (&s.cursor, &s.since_param) {
            (Some(c), Some(p)) => format!("`{c}` (`{p}`)"),
            (Some(c), None) => format!("`{c}`"),
            _ => "none".into(),
        };
        if let Some(fb) = &s.cursor_fallback {
            cursor.push_str(&format!(", else `{fb}`"));
        }
        match s.lookback {
            Some(Lookback::Seconds(n)) => cursor.push_str(&format!(
                ", lookback {}",
                crate::analyze::durations::format_duration(n)
            )),
            Some(Lookback::Count(n)) => cursor.push_str(&format!(", lookback {n}")),
            None => {}
        }
        let mut write = s.write.as_str().to_string();
        if s.contract != Contract::Evolve {
            write.push_str(&format!(", contract `{}`", s.contract.as_str()));
        }
        let size = match &s.page_size {
            Some(p) => match p.default {
                Some(n) => format!("`{}` = {n}", p.param),
                None => format!("`{}`: API default", p.param),
            },
            None => "-".into(),
        };
        let mut why = Vec::new();
        if !s.reason.is_empty() {
            why.push(s.reason.clone());
        }
        why.push(format!("cursor: {}", s.cursor_reason));
        why.push(format!("write: {}", s.write_reason));
        if let Some(p) = &s.page_size {
            why.push(format!("page size: {}", p.reason));
        }
        if !s.checks.is_empty() {
            why.push(format!(
                "checks: {}",
                crate::analyze::checks::describe(&s.checks)
            ));
        }
        out.push_str(&format!(
            "| `{}`{} | {} | {} | {} | {} | {} | {} |\n",
            s.name,
            if s.selected { " (selected)" } else { "" },
            table_names.join(", "),
            if parent.is_empty() {
                "root".to_string()
            } else {
                cell(&parent.join(", "))
            },
            cell(&cursor),
            write,
            cell(&size),
            cell(&why.join("; ")),
        ));
    }
    out
}
