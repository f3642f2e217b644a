//! Text printed directly is prettyplease's own output: every type definition and `TABLES`
//! static printed as text for the project's specs, every vendor spec in ../shared/specs and a
//! spec of edge cases is a fixed point of prettyplease (parsed and printed again, it comes out
//! byte for byte the same). The direct printers model prettyplease's line breaks; where
//! they do not, they hand the text to prettyplease, and this holds both to it.

use super::common;
use std::path::Path;

/// Fail with a diff where an item printed as text is not what prettyplease prints for it;
/// the number of items checked.
fn check(spec: &Path) -> usize {
    let a = crate::analyze_spec(spec, &crate::Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    let items = crate::emit::printed_as_text(&crate::plan::CratePlan::new(&a.api, &a.analysis))
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    for (name, text) in &items {
        let again = crate::emit::rust::reformat_text(name, text)
            .unwrap_or_else(|e| panic!("{}: {name} does not parse: {e}\n{text}", spec.display()));
        if &again != text {
            let diff = similar::TextDiff::from_lines(&again, text)
                .unified_diff()
                .header("prettyplease", "printed")
                .to_string();
            panic!(
                "{}: {name} is not prettyplease's output:\n{diff}",
                spec.display()
            );
        }
    }
    items.len()
}

#[test]
fn printed_text_is_prettyplease_output_on_project_specs() {
    let specs = common::repo_root().join("specs");
    let mut files = 0;
    for spec in [
        "shop.yaml",
        "auth.yaml",
        "paged.yaml",
        "records.yaml",
        "legacy.json",
        "multi-file/openapi.yaml",
        "shapes.yaml",
        "billing.yaml",
    ] {
        files += check(&specs.join(spec));
    }
    assert!(files > 100, "{files} items checked");
}

#[test]
fn printed_text_is_prettyplease_output_on_vendor_specs() {
    let Some(specs) = common::vendor_specs() else {
        eprintln!("../shared/specs is not beside the project; skipping the vendor specs");
        return;
    };
    assert!(specs.len() >= 17, "found {} vendor specs", specs.len());
    let files: usize = specs.iter().map(|s| check(s)).sum();
    eprintln!("vendor specs: {files} items printed as text are prettyplease's output");
    assert!(files > 10_000, "{files} items checked");
}

/// A spec built to sit on the printers' edges: fields, enum impl headers and match arms whose
/// lines are 80 to 100 columns long (around prettyplease's 89-column margin), doc and enum
/// text with quotes, backslashes, tabs, control and non-ASCII characters, backticks in schema
/// names, trailing spaces, lines starting with `/`, nullable and recursive fields, unions and
/// maps of long types, structs with other properties and long wire names, and record tables
/// with long names and long paths.
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
        // Structs with other properties, with and without required fields, whose wire
        // names make their decoding's match arms, `missing_field` lines and writer calls
        // cross the margin.
        for (prefix, with_required) in [("A", true), ("B", false)] {
            let mut props = Map::new();
            let mut required = Vec::new();
            for m in (n - 39)..=(n - 25) {
                let wire = format!("req{}", "Z".repeat(m));
                props.insert(wire.clone(), json!({ "type": "string" }));
                if with_required {
                    required.push(wire);
                }
                props.insert(
                    format!("opt{}", "Q".repeat(m)),
                    json!({ "type": "integer" }),
                );
            }
            schemas.insert(
                format!("{prefix}{}", "a".repeat(n - 1)),
                json!({
                    "type": "object",
                    "required": required,
                    "properties": Value::Object(props),
                    "additionalProperties": { "type": "integer" },
                }),
            );
        }
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
    // A record whose child tables sit at paths whose `path: &[...]` lines are 80 to 100
    // columns long: one line, or one element per line.
    let mut deep = Map::new();
    deep.insert("id".into(), json!({ "type": "string" }));
    for m in 40..=60 {
        deep.insert(
            format!("p{m}"),
            json!({ "type": "object", "properties": { format!("q{}", "y".repeat(m)): {
                "type": "object", "properties": { "items_list": { "type": "array", "items": {
                    "type": "object", "properties": { "v": { "type": "integer" } } } } } } } }),
        );
    }
    schemas.insert(
        "Deep".into(),
        json!({ "type": "object", "properties": Value::Object(deep) }),
    );
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
            }},
            "/deep": { "get": {
                "operationId": "getDeep",
                "responses": { "200": { "description": "ok", "content": { "application/json": {
                    "schema": { "$ref": "#/components/schemas/Deep" }
                }}}}
            }}
        },
        "components": { "schemas": Value::Object(schemas) },
    });
    serde_json::to_string_pretty(&spec).unwrap()
}

#[test]
fn printed_text_is_prettyplease_output_on_edge_cases() {
    let (_dir, spec) = common::spec_file("edges.json", &edge_case_spec());
    let files = check(&spec);
    assert!(files > 100, "{files} items checked");
    // Both forms of a long path are printed directly, not left to prettyplease.
    let a = crate::analyze_spec(&spec, &crate::Options::default()).unwrap();
    let items = crate::emit::printed_as_text(&crate::plan::CratePlan::new(&a.api, &a.analysis));
    let (_, tables) = items
        .unwrap()
        .into_iter()
        .find(|(n, _)| n == "TABLES")
        .unwrap();
    assert!(
        tables.contains("        path: &[\n            \"p60\",\n"),
        "{tables}"
    );
    assert!(tables.contains("        path: &[\"p40\", \""), "{tables}");
}
