//! The direct printers against prettyplease: every type definition printed by
//! `emit::type_text`, and the `TABLES` static, must equal byte for byte what prettyplease
//! prints for the same tokens. Run on the project's specs and every vendor spec in
//! ../shared/specs.

use super::common;
use std::path::{Path, PathBuf};

/// Both printers' output for `spec`, failing with a diff where they differ.
fn compare_report(spec: &Path) -> crate::emit::PrinterComparison {
    let report = crate::compare_printers(spec, &crate::Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    if let Some((name, direct, formatted)) = report.mismatches.first() {
        let diff = similar::TextDiff::from_lines(formatted, direct)
            .unified_diff()
            .header("prettyplease", "direct")
            .to_string();
        panic!(
            "{}: {} of {} directly printed types differ from prettyplease; first: {name}\n{diff}",
            spec.display(),
            report.mismatches.len(),
            report.direct
        );
    }
    report
}

fn compare(spec: &Path) -> (usize, usize, bool) {
    let report = compare_report(spec);
    (report.direct, report.via_tokens, report.tables_direct)
}

#[test]
fn direct_printing_equals_prettyplease_on_project_specs() {
    let specs = common::repo_root().join("specs");
    let (mut direct, mut via_tokens, mut tables) = (0, 0, 0);
    for spec in [
        "shop.yaml",
        "auth.yaml",
        "paged.yaml",
        "records.yaml",
        "legacy.json",
        "multi-file/openapi.yaml",
    ] {
        let (d, t, s) = compare(&specs.join(spec));
        direct += d;
        via_tokens += t;
        tables += usize::from(s);
    }
    // Most types and tables take the direct path; the test would prove nothing otherwise.
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
    assert!(tables >= 4, "TABLES printed directly for {tables} specs");
}

#[test]
fn direct_printing_equals_prettyplease_on_vendor_specs() {
    let root = common::repo_root().join("../shared/specs");
    let Ok(manifest) = std::fs::read_to_string(root.join("MANIFEST.md")) else {
        eprintln!("../shared/specs is not beside the project; skipping the vendor specs");
        return;
    };
    // Entry files: the second column of the manifest's table, in backticks.
    let entries: Vec<PathBuf> = manifest
        .lines()
        .filter(|l| l.starts_with("| ") && l.matches('`').count() >= 2)
        .filter_map(|l| l.split('|').nth(2))
        .map(|c| root.join(c.trim().trim_matches('`')))
        .filter(|p| p.is_file())
        .collect();
    assert!(entries.len() >= 17, "found {} vendor specs", entries.len());
    let (mut direct, mut via_tokens, mut tables) = (0, 0, 0);
    for spec in &entries {
        let (d, t, s) = compare(spec);
        direct += d;
        via_tokens += t;
        tables += usize::from(s);
    }
    eprintln!(
        "vendor specs: {direct} types printed directly, {via_tokens} through tokens; \
         TABLES printed directly for {tables} of {} specs",
        entries.len()
    );
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
    // Five vendor specs have no record with an id, hence no tables.
    assert!(tables >= 12, "TABLES printed directly for {tables} specs");
}

/// A spec built to sit on the printers' edges: fields, enum impl headers and match arms whose
/// lines are 80 to 100 columns long (around prettyplease's 89-column margin), doc and enum
/// text with quotes, backslashes, tabs, control and non-ASCII characters, backticks in schema
/// names, trailing spaces, lines starting with `/`, nullable and recursive fields, unions and
/// maps of long types, and record tables with long names.
fn edge_case_spec() -> String {
    use serde_json::{json, Map, Value};
    let mut schemas = Map::new();
    let long = |n: usize| format!("L{}", "x".repeat(n - 1));
    // Types with names from 40 to 75 characters, each referenced by fields whose names
    // make lines of every length around the margin.
    for n in 40..=75 {
        let mut props = Map::new();
        for m in 1..=22 {
            let field = format!("f{}", "y".repeat(m));
            let target = long(n.max(41) - 1);
            props.insert(
                field.clone(),
                json!({ "$ref": format!("#/components/schemas/{target}") }),
            );
            props.insert(format!("{field}_list"), json!({ "type": "array", "items": { "$ref": format!("#/components/schemas/{target}") } }));
            props.insert(format!("{field}_map"), json!({ "type": "object", "additionalProperties": { "$ref": format!("#/components/schemas/{target}") } }));
        }
        props.insert("id".into(), json!({ "type": "string" }));
        props.insert(
            "self_ref".into(),
            json!({ "$ref": format!("#/components/schemas/{}", long(n)) }),
        );
        props.insert(
            "nullable_required".into(),
            json!({ "type": "string", "nullable": true }),
        );
        props.insert(
            "items".into(),
            json!({ "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "amount": { "type": "integer" } } } }),
        );
        schemas.insert(
            long(n),
            json!({
                "type": "object",
                "description": format!("Type {n}.  \n/ starts with a slash\n\ttabbed\r\nquote \" backslash \\ nul \u{0} é ✓ `tick`   \n\n\n*/ end"),
                "required": ["id", "nullable_required"],
                "properties": Value::Object(props),
            }),
        );
        // String enums whose names make `impl ... for Name {` lines cross the margin.
        schemas.insert(
            format!("E{}", "n".repeat(n - 1)),
            json!({
                "type": "string",
                "enum": [
                    "plain", "with \"quote\"", "back\\slash", "tab\there", "nul\u{0}", "é✓",
                    "`tick`", "trailing ", "", "line\nbreak",
                    "a value long enough that its match arm cannot fit on one line of eighty-nine columns at all",
                    format!("v{}", "w".repeat(n)),
                ],
            }),
        );
        // Untagged unions of long types.
        schemas.insert(
            format!("U{}", "u".repeat(n - 1)),
            json!({ "oneOf": [
                { "$ref": format!("#/components/schemas/{}", long(n)) },
                { "type": "array", "items": { "$ref": format!("#/components/schemas/{}", long(n)) } },
                { "type": "string" },
            ]}),
        );
    }
    schemas.insert(
        "Weird`Name".into(),
        json!({ "type": "object", "properties": { "a": { "type": "string" } } }),
    );
    let spec = json!({
        "openapi": "3.0.3",
        "info": { "title": "Edges", "version": "1" },
        "paths": {
            "/things": { "get": {
                "operationId": "listThings",
                "responses": { "200": { "description": "ok", "content": { "application/json": {
                    "schema": { "type": "array", "items": { "$ref": format!("#/components/schemas/{}", long(60)) } }
                }}}}
            }}
        },
        "components": { "schemas": Value::Object(schemas) },
    });
    serde_json::to_string_pretty(&spec).unwrap()
}

#[test]
fn direct_printing_equals_prettyplease_on_edge_cases() {
    let (_dir, spec) = common::spec_file("edges.json", &edge_case_spec());
    let report = compare_report(&spec);
    // Both paths are taken: most types directly, the rest (and here `TABLES`, whose long
    // table names make `parent: Some(...)` lines wrap) through tokens.
    assert!(
        report.direct > 100 && report.via_tokens > 0,
        "{} direct, {} via tokens",
        report.direct,
        report.via_tokens
    );
    assert!(!report.tables_direct, "long table names no longer wrap?");
}
