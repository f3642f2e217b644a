//! Pagination detection on small specs written here: one per scheme, one per vendor
//! extension, the config file, and the ambiguous and non-paginated cases.

mod common;
use apitap::Kind;
use common::*;

/// A spec with one `GET /things` operation: `params` (YAML list items) and a 200 response
/// schema `response`, plus optional extra operation keys.
fn spec(params: &str, response: &str, extra: &str) -> String {
    let indent = |s: &str, n: usize| {
        s.lines()
            .map(|l| format!("{}{l}\n", " ".repeat(n)))
            .collect::<String>()
    };
    format!(
        "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths:\n  /things:\n    get:\n      operationId: listThings\n{}      parameters:\n{}      responses:\n        '200':\n          description: ok\n{}          content:\n            application/json:\n              schema:\n{}components:\n  schemas:\n    Thing:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string}}\n",
        indent(extra, 6),
        indent(params, 8),
        if response.contains("LINK_HEADER") { "          headers:\n            Link: {schema: {type: string}}\n" } else { "" },
        indent(&response.replace("LINK_HEADER", ""), 16),
    )
}

fn explain(text: &str) -> (apitap::ExplainRow, Vec<String>) {
    explain_with(text, None)
}

fn explain_with(text: &str, config: Option<&str>) -> (apitap::ExplainRow, Vec<String>) {
    let (dir, path) = spec_file("spec.yaml", text);
    let config = config.map(|c| {
        let p = dir.path().join("apitap.toml");
        std::fs::write(&p, c).unwrap();
        p
    });
    let explained = apitap::explain(
        &path,
        &apitap::Options {
            config,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    (
        explained.operations().into_iter().next().unwrap(),
        explained.warnings().iter().map(|w| w.to_string()).collect(),
    )
}

const ITEMS: &str = "items: {type: array, items: {$ref: '#/components/schemas/Thing'}}";

fn kind(row: &apitap::ExplainRow) -> Option<Kind> {
    row.pagination.as_ref().map(|p| p.kind)
}

#[test]
fn cursor_from_a_nested_response_field() {
    let (row, _) = explain(&spec(
        "- {name: cursor, in: query, schema: {type: string}}\n- {name: limit, in: query, schema: {type: integer}}",
        &format!("type: object\nproperties:\n  {ITEMS}\n  response_metadata:\n    type: object\n    properties:\n      next_cursor: {{type: string}}"),
        "",
    ));
    let plan = row.pagination.expect("paginated");
    assert_eq!(plan.kind, Kind::Cursor);
    assert_eq!(plan.records, ["items"]);
    assert_eq!(plan.param.unwrap().name, "cursor");
    assert_eq!(plan.size_param.unwrap().name, "limit");
    assert_eq!(
        plan.next_field.unwrap(),
        ["response_metadata", "next_cursor"]
    );
    assert!(
        row.reason
            .contains("next cursor `response_metadata.next_cursor`"),
        "{}",
        row.reason
    );
}

#[test]
fn cursor_under_paging_next_after() {
    let (row, _) = explain(&spec(
        "- {name: after, in: query, schema: {type: string}}",
        "type: object\nproperties:\n  results: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n  paging:\n    type: object\n    properties:\n      next:\n        type: object\n        properties:\n          after: {type: string}\n          link: {type: string}",
        "",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::Cursor);
    assert_eq!(plan.next_field.unwrap(), ["paging", "next", "after"]);
    assert_eq!(plan.records, ["results"]);
}

#[test]
fn last_item_id_with_has_more() {
    let (row, _) = explain(&spec(
        "- {name: starting_after, in: query, schema: {type: string}}\n- {name: ending_before, in: query, schema: {type: string}}\n- {name: limit, in: query, schema: {type: integer}}",
        "type: object\nrequired: [data, has_more]\nproperties:\n  data: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n  has_more: {type: boolean}\n  url: {type: string}",
        "",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::LastItemId);
    assert_eq!(plan.param.unwrap().name, "starting_after");
    assert_eq!(plan.has_more_field.unwrap(), ["has_more"]);
    assert_eq!(plan.id_field.as_deref(), Some("id"));
    assert_eq!(plan.next_field, None);
}

#[test]
fn last_item_id_from_last_id_field() {
    let (row, _) = explain(&spec(
        "- {name: after, in: query, schema: {type: string}}",
        "type: object\nproperties:\n  data: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n  first_id: {type: string}\n  last_id: {type: string}\n  has_more: {type: boolean}",
        "",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::LastItemId);
    assert_eq!(plan.next_field.unwrap(), ["last_id"]);
}

#[test]
fn next_url_in_the_body() {
    for (field, path) in [
        ("next_page_uri: {type: string}", vec!["next_page_uri"]),
        ("'@odata.nextLink': {type: string}", vec!["@odata.nextLink"]),
        ("links:\n    type: object\n    properties:\n      next: {type: string}", vec!["links", "next"]),
        ("_links:\n    type: object\n    properties:\n      next:\n        type: object\n        properties:\n          href: {type: string}", vec!["_links", "next", "href"]),
    ] {
        let (row, _) = explain(&spec("- {name: PageSize, in: query, schema: {type: integer}}", &format!("type: object\nproperties:\n  {ITEMS}\n  {field}"), ""));
        let plan = row.pagination.unwrap_or_else(|| panic!("{field}: {}", row.reason));
        assert_eq!(plan.kind, Kind::NextUrl, "{field}");
        assert_eq!(plan.next_field.unwrap(), path);
        assert_eq!(plan.size_param.unwrap().name, "PageSize");
    }
}

#[test]
fn next_url_preferred_when_the_token_travels_inside_it() {
    // Twilio: PageToken is a parameter, but the response only carries next_page_uri.
    let (row, _) = explain(&spec(
        "- {name: PageToken, in: query, schema: {type: string}}\n- {name: Page, in: query, schema: {type: integer}}",
        &format!("type: object\nproperties:\n  {ITEMS}\n  next_page_uri: {{type: string}}"),
        "",
    ));
    assert_eq!(kind(&row), Some(Kind::NextUrl), "{}", row.reason);
}

#[test]
fn link_header() {
    let (row, _) = explain(&spec("- {name: per_page, in: query, schema: {type: integer}}\n- {name: page, in: query, schema: {type: integer}}", "LINK_HEADER\ntype: array\nitems: {$ref: '#/components/schemas/Thing'}", ""));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::LinkHeader);
    assert!(plan.records.is_empty(), "the response is the array");
}

#[test]
fn offset_with_and_without_total() {
    let params = "- {name: offset, in: query, schema: {type: integer}}\n- {name: limit, in: query, schema: {type: integer}}";
    let (row, _) = explain(&spec(params, &format!("type: object\nproperties:\n  {ITEMS}\n  total: {{type: integer}}\n  more: {{type: boolean}}"), ""));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::Offset);
    assert_eq!(plan.total_field.unwrap(), ["total"]);
    assert_eq!(plan.has_more_field.unwrap(), ["more"]);
    let (row, _) = explain(&spec(
        params,
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    ));
    assert_eq!(kind(&row), Some(Kind::Offset));
    assert!(
        row.reason
            .contains("without a total: reads until an empty page"),
        "{}",
        row.reason
    );
}

#[test]
fn page_number_with_and_without_page_count() {
    let params = "- {name: page, in: query, schema: {type: integer}}\n- {name: per_page, in: query, schema: {type: integer}}";
    let (row, _) = explain(&spec(params, &format!("type: object\nproperties:\n  {ITEMS}\n  meta:\n    type: object\n    properties:\n      total_pages: {{type: integer}}"), ""));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::PageNumber);
    assert_eq!(plan.total_field.unwrap(), ["meta", "total_pages"]);
    assert_eq!(plan.first_page, 1);
    let (row, _) = explain(&spec(
        params,
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    ));
    assert_eq!(kind(&row), Some(Kind::PageNumber));
    assert!(
        row.reason.contains("without a page count"),
        "{}",
        row.reason
    );
}

#[test]
fn deep_object_page_parameters() {
    let (row, _) = explain(&spec(
        "- name: page\n  in: query\n  style: deepObject\n  schema:\n    type: object\n    properties:\n      number: {type: integer}\n      size: {type: integer}",
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::PageNumber);
    assert_eq!(plan.param.unwrap().name, "page[number]");
    assert_eq!(plan.size_param.unwrap().name, "page[size]");
}

#[test]
fn cursor_in_the_body_of_a_post_search() {
    let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /things/search:\n    post:\n      operationId: searchThings\n      requestBody:\n        content:\n          application/json:\n            schema:\n              type: object\n              properties:\n                query: {type: string}\n                pagination:\n                  type: object\n                  properties:\n                    per_page: {type: integer}\n                    starting_after: {type: string}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n                properties:\n                  data: {type: array, items: {type: object, properties: {id: {type: string}}}}\n                  pages:\n                    type: object\n                    properties:\n                      next:\n                        type: object\n                        properties:\n                          starting_after: {type: string}\n";
    let (row, _) = explain(text);
    let plan = row.pagination.unwrap_or_else(|| panic!("{}", row.reason));
    assert_eq!(plan.kind, Kind::Cursor);
    let param = plan.param.unwrap();
    assert_eq!(
        (param.location, param.path),
        (
            apitap::PageParamIn::Body,
            vec!["pagination".to_string(), "starting_after".to_string()]
        )
    );
    assert_eq!(plan.size_param.unwrap().path, ["pagination", "per_page"]);
    assert_eq!(
        plan.next_field.unwrap(),
        ["pages", "next", "starting_after"]
    );
}

#[test]
fn ambiguous_cursor_is_left_unpaginated_with_a_warning() {
    let (row, warnings) = explain(&spec(
        "- {name: cursor, in: query, schema: {type: string}}",
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    ));
    assert_eq!(kind(&row), None);
    assert!(row.reason.starts_with("ambiguous"), "{}", row.reason);
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("spec.yaml#/paths/~1things/get"),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[0].contains("`cursor` looks like a cursor"),
        "{}",
        warnings[0]
    );
}

#[test]
fn several_record_arrays_are_ambiguous() {
    let (row, warnings) = explain(&spec(
        "- {name: cursor, in: query, schema: {type: string}}",
        "type: object\nproperties:\n  alpha: {type: array, items: {type: string}}\n  beta: {type: array, items: {type: string}}\n  next_cursor: {type: string}",
        "",
    ));
    assert_eq!(kind(&row), None);
    assert!(
        warnings[0].contains("several arrays could hold the records (alpha, beta)"),
        "{warnings:?}"
    );
}

#[test]
fn not_paginated() {
    let (row, warnings) = explain(&spec(
        "- {name: q, in: query, schema: {type: string}}",
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    ));
    assert_eq!(kind(&row), None);
    assert_eq!(
        row.reason,
        "no page parameter, next link or cursor in the spec"
    );
    assert!(warnings.is_empty());
}

#[test]
fn x_pagination_wins_over_heuristics() {
    let (row, _) = explain(&spec(
        "- {name: offset, in: query, schema: {type: integer}}\n- {name: token, in: query, schema: {type: string}}",
        &format!("type: object\nproperties:\n  {ITEMS}\n  continuation: {{type: string}}"),
        "x-pagination: {kind: cursor, param: token, next: continuation, records: items}",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(plan.kind, Kind::Cursor);
    assert_eq!(plan.source, "x-pagination");
    assert_eq!(plan.next_field.unwrap(), ["continuation"]);
}

#[test]
fn x_ms_pageable() {
    let (row, _) = explain(&spec(
        "- {name: top, in: query, schema: {type: integer}}",
        "type: object\nproperties:\n  value: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n  nextLink: {type: string}",
        "x-ms-pageable: {nextLinkName: nextLink}",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(
        (plan.kind, plan.source.as_str()),
        (Kind::NextUrl, "x-ms-pageable")
    );
    assert_eq!(plan.records, ["value"]);
    let (row, _) = explain(&spec(
        "- {name: top, in: query, schema: {type: integer}}",
        "type: object\nproperties:\n  value: {type: array, items: {type: string}}",
        "x-ms-pageable: {nextLinkName: null}",
    ));
    assert_eq!(kind(&row), None);
}

#[test]
fn x_speakeasy_pagination() {
    let (row, _) = explain(&spec(
        "- {name: cursor, in: query, schema: {type: string}}\n- {name: limit, in: query, schema: {type: integer}}",
        &format!("type: object\nproperties:\n  {ITEMS}\n  meta: {{type: object, properties: {{next: {{type: string}}}}}}"),
        "x-speakeasy-pagination:\n  type: cursor\n  inputs:\n    - {name: cursor, in: parameters, type: cursor}\n    - {name: limit, in: parameters, type: limit}\n  outputs:\n    nextCursor: $.meta.next\n    results: $.items",
    ));
    let plan = row.pagination.unwrap();
    assert_eq!(
        (plan.kind, plan.source.as_str()),
        (Kind::Cursor, "x-speakeasy-pagination")
    );
    assert_eq!(plan.next_field.unwrap(), ["meta", "next"]);
    assert_eq!(plan.size_param.unwrap().name, "limit");
}

#[test]
fn config_sets_changes_and_switches_off() {
    let text = spec("- {name: offset, in: query, schema: {type: integer}}\n- {name: token, in: query, schema: {type: string}}", &format!("type: object\nproperties:\n  {ITEMS}\n  continuation: {{type: string}}"), "");
    let (row, _) = explain(&text);
    assert_eq!(kind(&row), Some(Kind::Offset));
    let (row, _) = explain_with(&text, Some("[pagination.listThings]\nkind = \"cursor\"\nparam = \"token\"\nnext = \"continuation\"\n"));
    assert_eq!(kind(&row), Some(Kind::Cursor));
    assert_eq!(row.pagination.unwrap().source, "apitap.toml");
    let (row, _) = explain_with(&text, Some("[pagination.listThings]\nkind = \"none\"\n"));
    assert_eq!(kind(&row), None);
    assert_eq!(row.reason, "switched off by apitap.toml");
}

#[test]
fn config_mistakes_are_errors() {
    let text = spec(
        "- {name: offset, in: query, schema: {type: integer}}",
        &format!("type: object\nproperties:\n  {ITEMS}"),
        "",
    );
    let (dir, path) = spec_file("spec.yaml", &text);
    let config = dir.path().join("apitap.toml");
    for (toml, expected) in [
        ("[pagination.nope]\nkind = \"offset\"\n", "no operation has operationId `nope`"),
        ("[pagination.listThings]\nkind = \"sideways\"\n", "found `sideways`"),
        ("[pagination.listThings]\nkind = \"cursor\"\nparam = \"missing\"\nnext = \"items\"\n", "`missing`: no such query parameter"),
        ("[pagination.listThings]\nkind = \"offset\"\nparam = \"offset\"\nrecords = \"nothing\"\n", "records `nothing`: no such field"),
    ] {
        std::fs::write(&config, toml).unwrap();
        let err = apitap::explain(&path, &apitap::Options { config: Some(config.clone()), ..Default::default() }).unwrap_err().to_string();
        assert!(err.contains("apitap.toml: invalid config") && err.contains(expected), "{toml}: {err}");
    }
}

#[test]
fn link_header_from_the_description() {
    // GitHub style: a cursor-like parameter, an array response, and the next page "in the
    // Link header" said only in prose (on the operation or on the parameter).
    for (extra, param_doc) in [
        (
            "description: 'Lists things. Pagination via the Link header.'\n",
            "",
        ),
        (
            "",
            ", description: 'Cursor; the next page URL is in the `Link` response header'",
        ),
    ] {
        let (row, warnings) = explain(&spec(
            &format!("- {{name: after, in: query, schema: {{type: string}}{param_doc}}}\n- {{name: per_page, in: query, schema: {{type: integer}}}}"),
            "type: array\nitems: {$ref: '#/components/schemas/Thing'}",
            extra,
        ));
        assert_eq!(kind(&row), Some(Kind::LinkHeader), "{row:?} {warnings:?}");
        assert!(row.reason.contains("description"), "{}", row.reason);
        assert!(warnings.is_empty(), "{warnings:?}");
    }
    // Prose alone, without a page parameter, is not enough.
    let (row, _) = explain(&spec(
        "- {name: q, in: query, schema: {type: string}}",
        "type: array\nitems: {$ref: '#/components/schemas/Thing'}",
        "description: 'See the Link header.'\n",
    ));
    assert_eq!(kind(&row), None, "{row:?}");
}

#[test]
fn a_union_of_record_arrays_is_a_list() {
    let text = spec(
        "- {name: cursor, in: query, schema: {type: string}}",
        "oneOf:\n  - {type: array, items: {$ref: '#/components/schemas/Thing'}}\n  - {type: array, items: {$ref: '#/components/schemas/Other'}}",
        "",
    )
    .replace(
        "components:\n  schemas:\n",
        "components:\n  schemas:\n    Other:\n      type: object\n      required: [id, name]\n      properties:\n        id: {type: string}\n        name: {type: string}\n",
    )
    .replace("        - {name: cursor", "        - {name: cursor, description: 'Pagination via the Link header.'");
    let (row, warnings) = explain(&text);
    assert_eq!(kind(&row), Some(Kind::LinkHeader), "{row:?} {warnings:?}");
    let (_dir, path) = spec_file("spec.yaml", &text);
    let g = generate(&path);
    let code = all_rust(&g);
    assert!(code.contains("fn items("), "the list pages");
}
