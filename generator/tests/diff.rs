//! `apitap diff`: each class of change on a small spec, and Intercom 2.15 -> 2.16 pinned.

mod common;
use apitap::Level;
use common::*;

const BASE: &str = r#"openapi: 3.0.3
info: {title: Tiny, version: "1"}
servers: [{url: "https://tiny.example"}]
security: [{key: []}]
paths:
  /widgets:
    get:
      operationId: listWidgets
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: cursor, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Widget'}}
                  next_cursor: {type: string, nullable: true}
    post:
      operationId: createWidget
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/NewWidget'}}}
      responses:
        "201": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}}
        "422": {description: invalid}
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: string}
        size: {type: integer}
        color: {$ref: '#/components/schemas/Color'}
    Color: {type: string, enum: [red, green]}
    NewWidget:
      type: object
      required: [name]
      properties:
        name: {type: string}
"#;

/// The changes from BASE to `new`, each as `level | subject: change`.
fn changes(new: &str) -> (Option<Level>, Vec<String>) {
    let (_a, old_path) = spec_file("old.yaml", BASE);
    let (_b, new_path) = spec_file("new.yaml", new);
    let report = apitap::diff(&old_path, &new_path, &apitap::Options::default()).unwrap();
    let lines = report
        .changes
        .iter()
        .map(|c| format!("{:?} | {}: {}", c.level, c.subject, c.change))
        .collect();
    (report.level(), lines)
}

fn edited(from: &str, to: &str) -> String {
    assert!(BASE.contains(from), "BASE has no {from:?}");
    BASE.replacen(from, to, 1)
}

#[track_caller]
fn assert_change(new: &str, expected_level: Level, expected: &[&str]) {
    let (level, lines) = changes(new);
    for e in expected {
        assert!(
            lines.iter().any(|l| l == e),
            "missing {e:?} in\n{}",
            lines.join("\n")
        );
    }
    assert_eq!(level, Some(expected_level), "{}", lines.join("\n"));
}

#[test]
fn same_spec_no_changes() {
    assert_eq!(changes(BASE), (None, vec![]));
    // Documentation is not API.
    let doc = edited("description: invalid", "description: the widget is invalid");
    assert_eq!(changes(&doc).0, None);
}

#[test]
fn operations_added_removed_renamed() {
    let added = edited(
        "  /widgets/{id}:\n",
        "  /gadgets:\n    get:\n      operationId: listGadgets\n      responses:\n        \"204\": {description: none}\n  /widgets/{id}:\n",
    );
    assert_change(
        &added,
        Level::Addition,
        &["Addition | operation list_gadgets: added (GET /gadgets)"],
    );

    let start = BASE.find("  /widgets/{id}:").unwrap();
    let end = BASE.find("components:").unwrap();
    let removed = format!("{}{}", &BASE[..start], &BASE[end..]);
    assert_change(
        &removed,
        Level::Breaking,
        &["Breaking | operation get_widget: removed (GET /widgets/{id})"],
    );

    let renamed = edited("operationId: getWidget", "operationId: fetchWidget");
    let (_, lines) = changes(&renamed);
    assert_eq!(
        lines,
        vec!["Breaking | operation get_widget: renamed to `fetch_widget` (GET /widgets/{id}, operationId getWidget -> fetchWidget)"]
    );
}

#[test]
fn parameters() {
    let required = edited(
        "        - {name: limit,",
        "        - {name: region, in: query, required: true, schema: {type: string}}\n        - {name: limit,",
    );
    assert_change(
        &required,
        Level::Breaking,
        &["Breaking | operation list_widgets: required query parameter `region` added (String)"],
    );
    let optional = edited(
        "        - {name: limit,",
        "        - {name: region, in: header, schema: {type: string}}\n        - {name: limit,",
    );
    assert_change(&optional, Level::Addition, &["Addition | operation list_widgets: optional header parameter `region` added (Option<String>)"]);
    let removed = edited(
        "        - {name: limit, in: query, schema: {type: integer}}\n",
        "",
    );
    assert_change(
        &removed,
        Level::Breaking,
        &["Breaking | operation list_widgets: parameter `limit` removed"],
    );
    let retyped = edited(
        "{name: limit, in: query, schema: {type: integer}}",
        "{name: limit, in: query, schema: {type: string}}",
    );
    assert_change(
        &retyped,
        Level::Breaking,
        &["Breaking | operation list_widgets: parameter `limit`: Option<i64> -> Option<String>"],
    );
    let now_required = edited(
        "{name: limit, in: query, schema",
        "{name: limit, in: query, required: true, schema",
    );
    assert_change(
        &now_required,
        Level::Breaking,
        &["Breaking | operation list_widgets: parameter `limit`: Option<i64> -> i64"],
    );
}

#[test]
fn response_fields() {
    let added = edited(
        "        size: {type: integer}\n",
        "        size: {type: integer}\n        weight: {type: number}\n",
    );
    assert_change(
        &added,
        Level::Addition,
        &["Addition | type Widget: field `weight` added (Option<f64>)"],
    );
    let removed = edited("        size: {type: integer}\n", "");
    assert_change(
        &removed,
        Level::Breaking,
        &["Breaking | type Widget: field `size` removed"],
    );
    let retyped = edited(
        "        size: {type: integer}\n",
        "        size: {type: string}\n",
    );
    assert_change(
        &retyped,
        Level::Breaking,
        &["Breaking | type Widget: field `size`: Option<i64> -> Option<String>"],
    );
    let required = edited("      required: [id]\n", "      required: [id, size]\n");
    assert_change(
        &required,
        Level::Breaking,
        &["Breaking | type Widget: field `size`: Option<i64> -> i64"],
    );
}

#[test]
fn request_fields() {
    let optional = edited(
        "        name: {type: string}\n",
        "        name: {type: string}\n        note: {type: string}\n",
    );
    assert_change(
        &optional,
        Level::Breaking,
        &["Breaking | type NewWidget: optional field `note` added (Option<String>); struct literals must name it"],
    );
    let required = edited(
        "      required: [name]\n      properties:\n        name: {type: string}\n",
        "      required: [name, size]\n      properties:\n        name: {type: string}\n        size: {type: integer}\n",
    );
    assert_change(
        &required,
        Level::Breaking,
        &["Breaking | type NewWidget: required field `size` added (i64); requests must set it"],
    );
    let body_type = edited(
        "content: {application/json: {schema: {$ref: '#/components/schemas/NewWidget'}}}",
        "content: {application/json: {schema: {$ref: '#/components/schemas/Widget'}}}",
    );
    assert_change(
        &body_type,
        Level::Breaking,
        &["Breaking | operation create_widget: request body: NewWidget -> Widget"],
    );
}

#[test]
fn enum_values() {
    let added = edited("enum: [red, green]", "enum: [red, green, blue]");
    assert_change(
        &added,
        Level::Addition,
        &["Addition | type Color: enum value \"blue\" added"],
    );
    let removed = edited("enum: [red, green]", "enum: [red]");
    assert_change(
        &removed,
        Level::Breaking,
        &["Breaking | type Color: enum value \"green\" removed"],
    );
}

#[test]
fn auth() {
    let added = edited(
        "    key: {type: apiKey, in: header, name: X-Key}\n",
        "    key: {type: apiKey, in: header, name: X-Key}\n    token: {type: http, scheme: bearer}\n",
    );
    assert_change(
        &added,
        Level::Addition,
        &["Addition | auth token: scheme added (bearer token)"],
    );
    let moved = edited("in: header, name: X-Key}", "in: query, name: key}");
    assert_change(
        &moved,
        Level::Breaking,
        &["Breaking | auth key: API key in header `X-Key` -> API key in query `key`"],
    );
    // An operation that needed no credentials now does.
    let public = edited(
        "      operationId: getWidget\n",
        "      operationId: getWidget\n      security: []\n",
    );
    let (_a, old) = spec_file("old.yaml", &public);
    let (_b, new) = spec_file("new.yaml", BASE);
    let report = apitap::diff(&old, &new, &apitap::Options::default()).unwrap();
    assert_eq!(report.level(), Some(Level::Breaking), "{report:?}");
    assert!(
        report.changes[0]
            .change
            .starts_with("credentials: none -> key"),
        "{report:?}"
    );
    // And the reverse relaxes it: nothing breaks.
    let report = apitap::diff(&new, &old, &apitap::Options::default()).unwrap();
    assert_eq!(report.level(), Some(Level::Patch), "{report:?}");
}

#[test]
fn pagination_and_errors() {
    let (_, lines) = changes(BASE);
    assert!(lines.is_empty());
    let unpaged = edited(
        "        - {name: cursor, in: query, schema: {type: string}}\n",
        "",
    );
    let (level, lines) = changes(&unpaged);
    assert_eq!(level, Some(Level::Breaking));
    assert!(
        lines
            .iter()
            .any(|l| l
                .starts_with("Breaking | operation list_widgets: no longer paginated (was cursor")),
        "{lines:?}"
    );
    let error_added = edited(
        "        \"422\": {description: invalid}\n",
        "        \"422\": {description: invalid}\n        \"409\": {description: conflict}\n",
    );
    assert_change(
        &error_added,
        Level::Addition,
        &["Addition | operation create_widget: error status 409 documented (raw)"],
    );
    let error_removed = edited("        \"422\": {description: invalid}\n", "");
    assert_change(&error_removed, Level::Breaking, &["Breaking | operation create_widget: error status 422 no longer documented (its variant is gone)"]);
}

#[test]
fn intercom_2_15_to_2_16() {
    let specs = repo_root().join("../shared/specs");
    let old = specs.join("intercom-2.15/api.intercom.io.yaml");
    let new = specs.join("intercom-2.16/api.intercom.io.yaml");
    if !old.exists() {
        panic!(
            "{} not found: ../shared must sit beside the project",
            old.display()
        );
    }
    let report = apitap::diff(&old, &new, &apitap::Options::default()).unwrap();
    insta::assert_snapshot!(report.to_text("intercom-2.15", "intercom-2.16"));
}

#[test]
fn cargo_features() {
    // Untagged operations are grouped by their first path segment: all in `widgets` here.
    let moved = edited(
        "      operationId: getWidget\n",
        "      operationId: getWidget\n      tags: [Gadgets]\n",
    );
    assert_change(
        &moved,
        Level::Breaking,
        &[
            "Breaking | operation get_widget: moved from cargo feature `widgets` to `gadgets`",
            "Addition | feature gadgets: cargo feature added",
        ],
    );
}

/// A spec whose `Widget.owner` is an inline object; `{owner_doc}` is where a description
/// can make it differ from the component `Person`.
fn copies_spec(owner_doc: &str) -> String {
    format!(
        r#"openapi: 3.0.3
info: {{title: Copies, version: "1"}}
paths:
  /widgets/{{id}}:
    get:
      operationId: getWidget
      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Widget'}}}}}}}}
components:
  schemas:
    Widget:
      type: object
      properties:
        maker: {{$ref: '#/components/schemas/Person'}}
        owner: {{type: object, {owner_doc}properties: {{login: {{type: string}}}}}}
    Person:
      type: object
      properties:
        login: {{type: string}}
"#
    )
}

fn diff_lines(old: &str, new: &str) -> (Option<Level>, Vec<String>) {
    let (_a, old_path) = spec_file("old.yaml", old);
    let (_b, new_path) = spec_file("new.yaml", new);
    let report = apitap::diff(&old_path, &new_path, &apitap::Options::default()).unwrap();
    let lines = report
        .changes
        .iter()
        .map(|c| format!("{:?} | {}: {}", c.level, c.subject, c.change))
        .collect();
    (report.level(), lines)
}

#[test]
fn a_copy_becoming_an_alias_is_not_breaking_and_the_reverse_is() {
    let apart = copies_spec("description: The owner., ");
    let same = copies_spec("");
    // The inline owner is now identical to `Person`: an alias of it, and the field typed
    // `Person` is the same type as before.
    let (level, lines) = diff_lines(&apart, &same);
    assert_eq!(
        lines,
        ["Patch | type WidgetOwner: now an alias of `Person`, an identical struct"]
    );
    assert_eq!(level, Some(Level::Patch));
    // Back: `WidgetOwner` and `Person` are no longer one type, and code reading the field
    // as a `Person` breaks.
    let (level, lines) = diff_lines(&same, &apart);
    assert_eq!(
        lines,
        [
            "Breaking | type Widget: field `owner`: Option<Person> -> Option<WidgetOwner>",
            "Breaking | type WidgetOwner: no longer an alias of `Person`: a struct of its own"
        ]
    );
    assert_eq!(level, Some(Level::Breaking));
}

#[test]
fn the_type_kept_and_its_copy_trading_places_is_not_breaking() {
    // Alone, the inline owner is what the operation uses, so it is kept and `Person` (used by
    // nothing) is its alias; once `Widget.maker` uses `Person`, the component is kept.
    let only_owner =
        copies_spec("").replace("        maker: {$ref: '#/components/schemas/Person'}\n", "");
    assert_ne!(only_owner, copies_spec(""));
    let (level, lines) = diff_lines(&only_owner, &copies_spec(""));
    assert_eq!(
        lines,
        [
            "Addition | type Widget: field `maker` added (Option<Person>)",
            "Patch | type Person: the type kept for its copies, `WidgetOwner` now its alias",
            "Patch | type WidgetOwner: now an alias of `Person`, an identical struct"
        ]
    );
    assert_eq!(level, Some(Level::Addition));
}
