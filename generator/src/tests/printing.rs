//! Text printed directly is prettyplease's own output: every type definition and `TABLES`
//! static printed as text for the project's specs, every vendor spec in ../shared/specs and a
//! spec of edge cases is a fixed point of prettyplease (parsed and printed again, it comes out
//! byte for byte the same). The direct printers model prettyplease's line breaks; where
//! they do not, they hand the text to prettyplease, and this holds both to it. A `Flatten`
//! impl is held to prettyplease's output for the same impl on unbroken lines (some of the
//! statements it formats alone are not fixed points of prettyplease).

use super::common;
use std::path::Path;

/// Fail with a diff where an item printed as text is not what prettyplease prints for it;
/// the number of items checked.
fn check(spec: &Path) -> usize {
    let a = crate::analyze_spec(spec, &crate::Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    let plan = crate::plan::CratePlan::new(&a.api, &a.analysis);
    let items =
        crate::emit::printed_as_text(&plan).unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    for (name, text) in &items {
        let again = crate::emit::rust::reformat_text(name, text)
            .unwrap_or_else(|e| panic!("{}: {name} does not parse: {e}\n{text}", spec.display()));
        same_as_prettyplease(spec, name, &again, text);
    }
    // A `Flatten` impl holds statements prettyplease formats alone, whose output it does
    // not always print the same when given it again: each impl is held to prettyplease's
    // output for the impl on unbroken lines (what it was given before the impls were
    // printed as text).
    let impls = crate::emit::tables::flatten_impls(&plan)
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    for i in &impls {
        same_as_prettyplease(spec, &i.name, &i.reference, &i.generated);
    }
    // The examples file is not prettyplease's layout; its cases are the tokens they were
    // built from.
    let (printed, reference) = crate::emit::tests::examples_printed_and_reference(&plan);
    if printed != reference {
        let diff = similar::TextDiff::from_words(&reference, &printed)
            .unified_diff()
            .header("quote", "printed")
            .to_string();
        panic!("{}: the examples' tokens differ:\n{diff}", spec.display());
    }
    items.len() + impls.len()
}

/// Fail with a diff when `printed` is not prettyplease's `expected`.
fn same_as_prettyplease(spec: &Path, name: &str, expected: &str, printed: &str) {
    if expected != printed {
        let diff = similar::TextDiff::from_lines(expected, printed)
            .unified_diff()
            .header("prettyplease", "printed")
            .to_string();
        panic!(
            "{}: {name} is not prettyplease's output:\n{diff}",
            spec.display()
        );
    }
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
/// maps of long types, structs with other properties and long wire names, aliases of long
/// paths and lists, record tables with long names and long paths, and operations.
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
        // Identifiers of 62 to 97 characters: `&self.field` in the encoding call breaks
        // past the margin.
        props.insert(
            format!("w_{}", "w".repeat(n + 20)),
            json!({ "type": "string" }),
        );
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
        // Aliases of a long path (two identical types: one is kept, the other names it;
        // never broken) and of a list (broken in its argument when long).
        for first in ["J", "K"] {
            schemas.insert(
                format!("{first}{}", "k".repeat(n - 1)),
                json!({ "type": "object", "properties": { "same": { "type": "string" } } }),
            );
        }
        schemas.insert(
            format!("V{}", "v".repeat(n - 1)),
            json!({ "type": "array", "items": { "$ref": format!("#/components/schemas/{}", long(n)) } }),
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
    let mut paths = Map::new();
    edge_case_operations(&mut paths, &mut schemas);
    edge_case_records(&mut paths, &mut schemas);
    edge_case_pages(&mut paths, &mut schemas);
    let mut spec = json!({
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
        "components": {
            "schemas": Value::Object(schemas),
            "securitySchemes": {
                "key": { "type": "apiKey", "in": "header", "name": "X-Key" },
                "bearer": { "type": "http", "scheme": "bearer" },
            },
        },
    });
    spec["paths"].as_object_mut().unwrap().extend(paths);
    serde_json::to_string_pretty(&spec).unwrap()
}

/// Records whose `Flatten` impls sit on the printer's edges: type names that break the
/// impl's head; cells of every kind (scalar, enum, unix time, JSON, scalar union) whose lines
/// are whole, broken around their argument or broken along their chain; child tables two
/// levels down, optional (`if let` heads on one line, with `{` alone, or broken) and
/// required, so cells sit deep enough that prettyplease's 60-column minimum applies; and
/// each record used by one or two groups whose names make its `cfg` one line, a line of its
/// own, or a feature per line.
fn edge_case_records(
    paths: &mut serde_json::Map<String, serde_json::Value>,
    schemas: &mut serde_json::Map<String, serde_json::Value>,
) {
    use serde_json::json;
    let y = |m: usize| "y".repeat(m);
    for i in 0..40 {
        let m = 30 + i;
        let name = format!("Rec{i}{}", "r".repeat(30 + 2 * i));
        let leaf = json!({ "type": "object", "properties": {
            format!("w{}", y(m)): { "type": "string" },
            "e": { "type": "string", "enum": ["a", "b"] },
            format!("n{}", y(m)): { "type": "integer", "format": "unix-time" },
        }, "required": ["e"] });
        let kid = json!({ "type": "object", "properties": {
            "id": { "type": "string" },
            format!("v{}", y(m)): { "type": "string" },
            format!("grand{}", y(m)): { "type": "array", "items": leaf },
            "grand": { "type": "array", "items": leaf },
        }, "required": ["grand"] });
        schemas.insert(
            name.clone(),
            json!({ "type": "object", "required": ["id", "kind", "req_kids", format!("req{}", y(m))], "properties": {
                "id": { "type": "string" },
                "kind": { "type": "string", "enum": ["a", "b"] },
                format!("s{}", y(m)): { "type": "string" },
                format!("k{}", y(m)): { "type": "string", "enum": ["a", "b"] },
                "o": { "type": "object", "properties": {
                    format!("p{}", y(m)): { "type": "string" },
                    "q": { "type": "object", "properties": { format!("r{}", y(m)): { "type": "boolean" } } },
                } },
                format!("t{}", y(m)): { "type": "integer", "format": "unix-time" },
                "at": { "type": "integer", "format": "unix-time" },
                format!("u{}", y(m)): { "oneOf": [{ "type": "string" }, { "type": "integer" }] },
                format!("j{}", y(m)): { "type": "object", "additionalProperties": { "type": "integer" } },
                format!("kids{}", y(m)): { "type": "array", "items": kid },
                "req_kids": { "type": "array", "items": kid },
                format!("req{}", y(m)): { "type": "array", "items": kid },
            } }),
        );
        // Every fourth record in one group of a long name, the others in two: `cfg` lines
        // of every length around the margin.
        // (Lengths spread over the records independently of their fields' lengths.)
        let spread = (i * 17) % 40;
        let sides = if i % 4 == 3 {
            vec![("a", 62 + 2 * (i / 4))]
        } else {
            vec![("a", 5 + spread), ("b", 20)]
        };
        for (side, len) in sides {
            let tag = format!("t{side}{i:02}{}", side.repeat(len));
            paths.insert(
                format!("/rec{i}/{side}"),
                json!({ "get": {
                    "operationId": format!("listRec{i}{side}"),
                    "tags": [tag],
                    "responses": { "200": { "description": "ok", "content": { "application/json": {
                        "schema": { "$ref": format!("#/components/schemas/{name}") }
                    }}}}
                }}),
            );
        }
    }
}

/// Operations whose ids, paths, parameter names and types make the lines of their client
/// method, builder, `send`, `request` and error decoding 80 to 100 columns long: every
/// parameter location and query style, each body kind required and optional (with a
/// `Content-Type` header beside an optional one), error responses by code, range and
/// default in every media kind, several security alternatives, and deprecation.
fn edge_case_operations(
    paths: &mut serde_json::Map<String, serde_json::Value>,
    schemas: &mut serde_json::Map<String, serde_json::Value>,
) {
    use serde_json::json;
    let bodies = [
        "application/json",
        "application/merge-patch+json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "application/octet-stream",
        "multipart/form-data",
    ];
    for n in 4..=60 {
        let id = format!("op{}", "x".repeat(n));
        let ty = format!("T{}", "t".repeat(n));
        schemas.insert(
            ty.clone(),
            json!({ "type": "object", "properties": {
                "id": { "type": "string" },
                "file": { "type": "string", "format": "binary" },
                "files": { "type": "array", "items": { "type": "string", "format": "binary" } },
                "meta": { "type": "object", "properties": { "a": { "type": "integer" } } },
                "tags": { "type": "array", "items": { "type": "string" } },
            }, "required": ["id"] }),
        );
        let schema = json!({ "$ref": format!("#/components/schemas/{ty}") });
        let param = |name: String, place: &str, required: bool, extra: serde_json::Value| {
            let mut p = json!({ "name": name, "in": place, "required": required,
                "description": "A parameter.\nSecond line.", "schema": { "type": "string" } });
            p.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            p
        };
        let long = |prefix: &str| format!("{prefix}{}", "p".repeat(n));
        let parameters = json!([
            param(long("path_"), "path", true, json!({})),
            param(
                long("q_form_"),
                "query",
                false,
                json!({ "style": "form", "explode": false,
                "schema": { "type": "array", "items": { "type": "string" } } })
            ),
            param(long("q_exploded_"), "query", n % 2 == 0, json!({})),
            param(
                long("q_deep_"),
                "query",
                false,
                json!({ "style": "deepObject",
                "schema": { "type": "object", "additionalProperties": { "type": "string" } } })
            ),
            param(
                long("q_space_"),
                "query",
                false,
                json!({ "style": "spaceDelimited",
                "schema": { "type": "array", "items": { "type": "string" } } })
            ),
            param(
                long("q_pipe_"),
                "query",
                false,
                json!({ "style": "pipeDelimited",
                "schema": { "type": "array", "items": { "type": "string" } } })
            ),
            param(long("h_"), "header", n % 3 == 0, json!({})),
            param(long("c_"), "cookie", false, json!({})),
            param(
                "Content-Type".into(),
                "header",
                false,
                json!({ "schema": { "type": "string", "enum": ["application/json"] } })
            ),
        ]);
        let media = bodies[n % bodies.len()];
        let mut content = serde_json::Map::new();
        content.insert(media.into(), json!({ "schema": schema }));
        if media == "application/x-www-form-urlencoded" || media == "multipart/form-data" {
            content[media]["encoding"] = json!({
                "tags": { "style": "form", "explode": n % 2 == 0, "contentType": "application/json" },
                "meta": { "style": "deepObject", "contentType": "application/json" },
            });
        }
        let text = json!({ "text/plain": { "schema": { "type": "string" } } });
        let bytes =
            json!({ "application/pdf": { "schema": { "type": "string", "format": "binary" } } });
        paths.insert(
            format!("/{}/{{{}}}/\"q\"", "s".repeat(n / 4), long("path_")),
            json!({ "post": {
                "operationId": id,
                "summary": format!("Operation {n}, with a summary.\n/ and a line starting with a slash"),
                "description": "A description unlike the summary.",
                "deprecated": n % 4 == 0,
                "parameters": parameters,
                "security": [{ "key": [] }, { "bearer": [] }, { "key": [], "bearer": [] }],
                "requestBody": { "required": n % 2 == 1, "content": content },
                "responses": {
                    "200": { "description": "ok", "content": { "application/json": { "schema": schema } } },
                    "404": { "description": "not found", "content": text },
                    "409": { "description": "conflict" },
                    "4XX": { "description": "client error", "content": bytes },
                    "default": { "description": "other", "content": { "application/json": { "schema": schema } } },
                },
            }}),
        );
        // Only a default error, in JSON; and no error at all, returning text.
        paths.insert(
            format!("/only/{}", "d".repeat(n)),
            json!({
                "get": { "operationId": format!("only{}", "D".repeat(n)), "responses": {
                    "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": schema } } } },
                    "default": { "description": "other", "content": { "application/json": { "schema": schema } } },
                }},
                "delete": { "operationId": format!("none{}", "N".repeat(n)), "responses": {
                    "204": { "description": "gone", "content": text },
                }},
            }),
        );
    }
}

/// Paginated operations of every kind whose names (and path parameters, on every other one)
/// grow a character at a time: their pagination tests cross each statement's layouts.
fn edge_case_pages(
    paths: &mut serde_json::Map<String, serde_json::Value>,
    schemas: &mut serde_json::Map<String, serde_json::Value>,
) {
    use serde_json::json;
    schemas.insert(
        "PageRec".into(),
        json!({ "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } }),
    );
    let records = json!({ "type": "array", "items": { "$ref": "#/components/schemas/PageRec" } });
    let query =
        |name: &str, ty: &str| json!({ "name": name, "in": "query", "schema": { "type": ty } });
    for len in 0..=48 {
        for kind in ["cursor", "after", "next", "link", "offset", "body"] {
            let id = format!("{kind}_{}", "g".repeat(len));
            let mut parameters = match kind {
                "cursor" => vec![query("cursor", "string"), query("limit", "integer")],
                "after" => vec![query("starting_after", "string"), query("limit", "integer")],
                "next" => vec![query("PageSize", "integer"), query("PageToken", "string")],
                "link" | "body" => vec![query("per_page", "integer"), query("page", "integer")],
                _ => vec![query("offset", "integer"), query("limit", "integer")],
            };
            if kind == "body" {
                parameters.clear();
            }
            let mut path = format!("/{kind}/{len}");
            if len % 2 == 0 {
                let name = format!("pid_{}", "p".repeat(len / 2));
                path.push_str(&format!("/{{{name}}}"));
                parameters.push(json!({ "name": name, "in": "path", "required": true,
                    "schema": { "type": "string" } }));
            }
            let body = match kind {
                "cursor" => json!({ "type": "object", "properties": {
                    "data": records, "next_cursor": { "type": "string" } } }),
                "after" => json!({ "type": "object", "required": ["data", "has_more"],
                    "properties": { "data": records, "has_more": { "type": "boolean" } } }),
                "next" => json!({ "type": "object", "properties": {
                    "calls": records, "next_page_uri": { "type": "string", "nullable": true } } }),
                "link" => records.clone(),
                // Without a total, on every third one: read until an empty fourth page.
                "offset" if len % 3 == 0 => {
                    json!({ "type": "object", "properties": { "incidents": records } })
                }
                "offset" => json!({ "type": "object", "properties": {
                    "incidents": records, "more": { "type": "boolean" },
                    "total": { "type": "integer", "nullable": true } } }),
                _ => json!({ "type": "object", "properties": { "data": records,
                    "pages": { "type": "object", "properties": { "next": { "type": "object",
                        "properties": { "starting_after": { "type": "string" } } } } } } }),
            };
            let mut response = json!({ "description": "a page",
                "content": { "application/json": { "schema": body } } });
            if kind == "link" {
                response["headers"] = json!({ "Link": { "schema": { "type": "string" } } });
            }
            let mut op = json!({ "operationId": id, "parameters": parameters,
                "responses": { "200": response } });
            let method = if kind == "body" {
                op["requestBody"] = json!({ "required": true, "content": { "application/json": {
                    "schema": { "type": "object", "required": ["query"], "properties": {
                        "query": { "type": "string" },
                        "pagination": { "type": "object", "properties": {
                            "per_page": { "type": "integer" },
                            "starting_after": { "type": "string" } } } } } } } });
                "post"
            } else {
                "get"
            };
            paths.insert(path, json!({ method: op }));
        }
    }
}

#[test]
fn printed_text_is_prettyplease_output_on_edge_cases() {
    let (_dir, spec) = common::spec_file("edges.json", &edge_case_spec());
    let files = check(&spec);
    assert!(files > 100, "{files} items checked");
    // The operations' lines sit on both sides of the margin: some of each item are printed
    // broken, some whole.
    let a = crate::analyze_spec(&spec, &crate::Options::default()).unwrap();
    let items =
        crate::emit::printed_as_text(&crate::plan::CratePlan::new(&a.api, &a.analysis)).unwrap();
    // The request and error tests: each statement shape printed in its broken forms.
    let tests = items
        .iter()
        .filter(|(n, _)| n.starts_with("test "))
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("");
    for shape in [
        "        )\n        .await;\n",
        "            common::sample::<\n",
        "    assert!(\n        matches!(err.api_error(),\n",
        "    let err = client\n",
        "        client\n            .",
    ] {
        assert!(tests.contains(shape), "no test prints {shape:?}");
    }
    let ops = items
        .iter()
        .filter(|(n, _)| ["op", "only", "none"].iter().any(|p| n.starts_with(p)))
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("");
    for (broken, whole) in [
        (
            "    ) -> Result<\n",
            "    pub async fn send(self) -> Result<",
        ),
        (
            "        let mut req = rt::Request::new(\n",
            "        let mut req = rt::Request::new(rt::Method::",
        ),
        (
            "        let response = self\n",
            "        let response = self.client",
        ),
    ] {
        assert!(ops.contains(broken), "no operation prints {broken:?}");
        assert!(ops.contains(whole), "no operation prints {whole:?}");
    }
    // The pagination tests: each statement's layouts, from tests printed directly.
    let a = crate::analyze_spec(&spec, &crate::Options::default()).unwrap();
    let pages =
        crate::emit::tests::page_tests(&crate::plan::CratePlan::new(&a.api, &a.analysis)).unwrap();
    let direct: String = pages
        .iter()
        .filter(|(_, _, direct)| *direct)
        .map(|(_, t, _)| t.as_str())
        .collect();
    assert!(pages.len() >= 250, "{} pagination tests", pages.len());
    for shape in [
        "    let items: Vec<_> = futures::TryStreamExt::try_collect(client.",
        "    let items: Vec<_> = futures::TryStreamExt::try_collect(\n            client.",
        "    let items: Vec<_> = futures::TryStreamExt::try_collect(\n            client\n                .",
        "            client\n                .cursor_gggg",
        "                .items(),\n        )\n        .await\n",
        "                    common::sample::<String>(",
        "common::PageMatch::Query(\"cursor\", \"c2\")",
        "common::PageMatch::Query(\"starting_after\", ",
        "common::PageMatch::Query(\"offset\", \"1\")",
        "common::PageMatch::Query(\"apitap_page\", \"2\")",
        "common::PageMatch::Body(\"{\\\"pagination\\\":{\\\"starting_after\\\":",
        "    common::expect_page(\n            &server,\n",
        "        )\n        .await;\n",
        "Some(4usize));",
        "Some(3usize));",
    ] {
        assert!(direct.contains(shape), "no pagination test prints {shape:?}");
    }
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
    // The `Flatten` impls: each shape printed directly, and the statements it does not
    // model (a `match` over a union) formatted alone.
    let a = crate::analyze_spec(&spec, &crate::Options::default()).unwrap();
    // Only impls printed directly count: one handed to prettyplease whole shows every shape
    // too.
    let all = crate::emit::tables::flatten_impls(&crate::plan::CratePlan::new(&a.api, &a.analysis))
        .unwrap();
    let direct = all.iter().filter(|i| i.direct).count();
    // The spec goes past what the printer models on purpose (names over 100 characters):
    // many impls go to prettyplease whole, enough are printed directly.
    assert!(
        direct >= 15,
        "{direct} of {} impls printed directly",
        all.len()
    );
    let impls: String = all
        .into_iter()
        .filter(|i| i.direct)
        .map(|i| i.generated)
        .collect();
    for shape in [
        "impl rt::Flatten\nfor crate::types::",
        "\nimpl rt::Flatten for crate::types::",
        "#[cfg(feature = ",
        "#[cfg(any(feature = ",
        "#[cfg(\n    any(feature = ",
        "#[cfg(\n    any(\n        feature = ",
        "#[cfg(\n    feature = ",
        "        for (index1, item1) in self\n            .req",
        ".iter().enumerate()\n        {\n",
        "                rt::ToCell::to_cell(\n                    &self.",
        "                rt::ToCell::to_cell(\n                    &self\n                        .o\n",
        "                rt::Cell::Text(self.",
        "        if let Some(list) = self.",
        "        if let Some(list) = self\n            .",
        "\n        {\n            for (index1, item1) in list.iter().enumerate() {\n",
        "        for (index1, item1) in self.req_kids.iter().enumerate() {\n",
        "                        rt::ToCell::to_cell(\n",
        "|v| match v {",
    ] {
        assert!(impls.contains(shape), "no Flatten impl prints {shape:?}");
    }
}
