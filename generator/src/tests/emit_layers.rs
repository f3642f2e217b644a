//! Emitters read the plan, never each other: no module under `emit/` refers to another
//! emitter, or to the IR as a whole, the analysis or the loaded spec.
//! Only the helpers (`rust`: tokens and printing; `access`: field access and JSON pointers;
//! `report`: what the test emitter found, handed on by `emit::finish`) and `emit`'s own
//! orchestration (`emit/mod.rs`) are shared.

use std::path::{Path, PathBuf};

const HELPERS: &[&str] = &["rust", "access", "report"];

fn emit_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/emit")
}

/// Every `.rs` file under `dir`.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file below `emit/`: `operations/pagination.rs` → [operations, pagination].
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(emit_dir()).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The emitter modules: the top-level modules of `emit/` other than the helpers.
fn emitters() -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(emit_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name != "mod" && !HELPERS.contains(&name.as_str()) {
            out.push(name);
        }
    }
    out
}

/// The top-level `emit` modules that `text`, written in module `module`, names.
fn named_modules(text: &str, module: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text
        .match_indices("super::")
        .chain(text.match_indices("crate::emit::"))
    {
        // `super::super::x` is one reference, found at its first `super`.
        if at >= 7 && &text[at - 7..at] == "super::" {
            continue;
        }
        let mut rest = &text[at..];
        let base: Vec<String> = if rest.starts_with("crate::emit::") {
            rest = &rest["crate::emit::".len()..];
            Vec::new()
        } else {
            let mut base = module.to_vec();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
            base
        };
        // `super::{a, b::c}` names each of a and b.
        let names: Vec<String> = match rest.strip_prefix('{') {
            Some(group) => {
                let group = &group[..group.find('}').unwrap_or(group.len())];
                group
                    .split(',')
                    .map(|item| ident_at(item.trim()))
                    .filter(|n| !n.is_empty())
                    .collect()
            }
            None => vec![ident_at(rest)],
        };
        for name in names {
            let mut path = base.clone();
            path.push(name);
            out.push(path[0].clone());
        }
    }
    out
}

/// The identifier `text` starts with.
fn ident_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

#[test]
fn no_emitter_refers_to_another() {
    let emitters = emitters();
    assert!(emitters.len() >= 6, "{emitters:?}");
    let mut all = Vec::new();
    files(&emit_dir(), &mut all);
    let mut violations = Vec::new();
    for file in &all {
        let module = module_of(file);
        let Some(own) = module.first() else {
            continue; // emit/mod.rs orchestrates the emitters.
        };
        let text = std::fs::read_to_string(file).unwrap();
        for named in named_modules(&text, &module) {
            if &named != own && emitters.contains(&named) {
                violations.push(format!("{}: refers to emitter `{named}`", file.display()));
            }
        }
    }
    violations.sort();
    violations.dedup();
    assert!(
        violations.is_empty(),
        "emitters must read plans, not each other: move what they share into analysis or a \
         helper ({HELPERS:?}):\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_check_sees_a_reference() {
    let module = vec!["sync".to_string()];
    assert_eq!(
        named_modules("use super::operations::param_type;", &module),
        ["operations"]
    );
    let child = vec!["operations".to_string(), "pagination".to_string()];
    assert_eq!(named_modules("super::methods(x)", &child), ["operations"]);
    assert_eq!(named_modules("super::super::tables::x", &child), ["tables"]);
    assert_eq!(named_modules("crate::emit::types::x", &child), ["types"]);
    assert_eq!(
        named_modules("use super::{rust::ident, tables};", &module),
        ["rust", "tables"]
    );
}

/// The names `text` uses as whole words, outside `//` comments.
fn words(text: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for word in code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
            if !word.is_empty() {
                out.insert(word.to_string());
            }
        }
    }
    out
}

/// What only the plan may read: the analysis, the type space, the loaded spec (as names).
const NOT_FOR_EMITTERS: &[&str] = &["Analysis", "TypeSpace", "Document"];

/// The names imported from `crate::<module>::` in `text`, grouped imports included.
fn imported_from(text: &str, module: &str) -> Vec<String> {
    let prefix = format!("crate::{module}::");
    let mut out = Vec::new();
    for (at, _) in text.match_indices(&prefix) {
        let rest = &text[at + prefix.len()..];
        match rest.strip_prefix('{') {
            Some(group) => out.extend(
                group[..group.find('}').unwrap_or(group.len())]
                    .split(',')
                    .map(|item| ident_at(item.trim()))
                    .filter(|n| !n.is_empty()),
            ),
            None => out.push(ident_at(rest)),
        }
    }
    out
}

#[test]
fn emitters_read_only_the_plan() {
    let mut all = Vec::new();
    files(&emit_dir(), &mut all);
    let mut violations = Vec::new();
    for file in &all {
        let text = std::fs::read_to_string(file).unwrap();
        let used = words(&text);
        for name in NOT_FOR_EMITTERS {
            if used.contains(*name) {
                violations.push(format!("{}: uses `{name}`", file.display()));
            }
        }
        if imported_from(&text, "ir").iter().any(|n| n == "Api") {
            violations.push(format!("{}: uses the whole IR (`ir::Api`)", file.display()));
        }
        if text.contains("crate::load") {
            violations.push(format!("{}: reads the loaded spec", file.display()));
        }
    }
    assert!(
        violations.is_empty(),
        "emitters read the `plan::CratePlan` only: add what they need to the plan:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_plan_check_sees_a_use() {
    let used = words("use crate::analyze::Analysis; // TypeSpace in a comment\nfn f() {}");
    assert!(used.contains("Analysis") && !used.contains("TypeSpace"));
    assert_eq!(
        imported_from(
            "use crate::ir::{Api, TypeRef};\nuse crate::ir::Field;",
            "ir"
        ),
        ["Api", "TypeRef", "Field"]
    );
}
