//! Type generation on small specs written here: one construct per test.

mod common;
use common::*;

fn gen_schemas(schemas: &str) -> String {
    let spec = format!(
        "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{}",
        schemas.lines().map(|l| format!("    {l}\n")).collect::<String>()
    );
    let (_dir, path) = spec_file("spec.yaml", &spec);
    all_rust(&generate(&path))
}

#[test]
fn recursion_is_boxed_only_where_needed() {
    let code = gen_schemas(
        "Node:\n  type: object\n  properties:\n    next: {$ref: '#/components/schemas/Node'}\n    children: {type: array, items: {$ref: '#/components/schemas/Node'}}\n    leaf: {$ref: '#/components/schemas/Leaf'}\nLeaf:\n  type: object\n  properties:\n    v: {type: string}",
    );
    assert!(
        code.contains("pub next: Option<Box<super::Node>>"),
        "{code}"
    );
    assert!(
        code.contains("pub children: Option<Vec<super::Node>>"),
        "{code}"
    );
    assert!(code.contains("pub leaf: Option<super::Leaf>"), "{code}");
}

#[test]
fn mutual_recursion_through_a_union_is_boxed() {
    let code = gen_schemas(
        "Expr:\n  oneOf:\n    - {$ref: '#/components/schemas/Not'}\n    - {type: integer}\nNot:\n  type: object\n  required: [inner]\n  properties:\n    inner: {$ref: '#/components/schemas/Expr'}",
    );
    assert!(
        code.contains("Box<super::Expr>") || code.contains("Box<super::Not>"),
        "{code}"
    );
}

#[test]
fn self_referential_alias_becomes_a_newtype() {
    let code = gen_schemas("Tree:\n  type: array\n  items: {$ref: '#/components/schemas/Tree'}");
    assert!(
        code.contains("pub struct Tree(pub Vec<super::Tree>);"),
        "{code}"
    );
}

#[test]
fn openapi_31_type_arrays_and_const() {
    let spec = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: object\n      required: [n, m]\n      properties:\n        n: {type: [string, 'null']}\n        m: {type: [integer, string]}\n        c: {const: fixed}\n";
    let (_dir, path) = spec_file("spec.yaml", spec);
    let code = all_rust(&generate(&path));
    assert!(code.contains("pub n: Option<String>"), "{code}");
    assert!(code.contains("pub m: super::AM"), "{code}");
    assert!(
        code.contains("pub enum AM {\n    Integer(i64),\n    String(String),\n}"),
        "{code}"
    );
    assert!(code.contains("pub enum AC {"), "{code}");
}

#[test]
fn enums_keep_unknown_values_and_escape_names() {
    let code = gen_schemas("S:\n  type: string\n  enum: [a-b, '', Unknown, type, 3ds, null]");
    for v in [
        "AB,",
        "Empty,",
        "Unknown2,",
        "Type,",
        "N3ds,",
        "Unknown(String),",
    ] {
        assert!(code.contains(v), "{v} missing:\n{code}");
    }
    assert!(code.contains("\"a-b\" => Self::AB"), "{code}");
}

#[test]
fn names_collide_without_clashing() {
    let code = gen_schemas(
        "customer:\n  type: string\nCustomer:\n  type: integer\nOption:\n  type: boolean",
    );
    assert!(code.contains("pub type Customer = String;"), "{code}");
    assert!(code.contains("pub type Customer2 = i64;"), "{code}");
    assert!(code.contains("pub type OptionModel = bool;"), "{code}");
}

#[test]
fn hostile_descriptions_stay_in_doc_strings() {
    let spec = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      description: \"*/ } \\\"] fn evil() {} #[cfg(x)]\\n/// more\"\n      properties:\n        x: {type: string}\n";
    let (_dir, path) = spec_file("spec.yaml", spec);
    let g = generate(&path);
    let code = &g.files["src/types/a.rs"];
    let file: syn::File = syn::parse_str(code).expect("generated code parses");
    // The struct and its impls (`Serialize`, `Deserialize`, `DecodeObject`): nothing
    // from the text.
    assert_eq!(file.items.len(), 4, "only the struct and its impls: {code}");
    assert!(matches!(file.items[0], syn::Item::Struct(_)), "{code}");
    assert!(
        file.items[1..]
            .iter()
            .all(|item| matches!(item, syn::Item::Impl(_))),
        "{code}"
    );
    assert!(
        code.contains("/// */ } \"] fn evil() {} #[cfg(x)]"),
        "{code}"
    );
}

#[test]
fn all_of_merges_properties_and_required() {
    let code = gen_schemas(
        "Base:\n  type: object\n  required: [id]\n  properties:\n    id: {type: string}\nChild:\n  allOf:\n    - $ref: '#/components/schemas/Base'\n    - type: object\n      required: [name]\n      properties:\n        name: {type: string}\n        extra: {type: integer, format: int32}",
    );
    assert!(
        code.contains("pub struct Child {\n    pub id: String,\n    pub name: String,"),
        "{code}"
    );
    assert!(code.contains("pub extra: Option<i32>"), "{code}");
}

#[test]
fn expandable_fields_use_the_runtime_type() {
    let code = gen_schemas(
        "Charge:\n  type: object\n  properties:\n    customer:\n      anyOf:\n        - {type: string, maxLength: 5000}\n        - $ref: '#/components/schemas/Customer'\n      nullable: true\nCustomer:\n  type: object\n  properties:\n    id: {type: string}",
    );
    assert!(
        code.contains("pub customer: Option<apitap_runtime::codegen::Expandable<super::Customer>>"),
        "{code}"
    );
}

#[test]
fn additional_properties_become_maps() {
    let code = gen_schemas(
        "Tags:\n  type: object\n  additionalProperties: {type: string}\nMixed:\n  type: object\n  properties:\n    a: {type: string}\n  additionalProperties: {type: integer}",
    );
    assert!(
        code.contains("pub type Tags = std::collections::BTreeMap<String, String>;"),
        "{code}"
    );
    // Declared properties by name, the others into the map, read and written.
    for piece in [
        "    pub additional_properties: std::collections::BTreeMap<String, i64>,\n}",
        "\"a\" => out.a = map.next_value()?,",
        "_ => key.insert_into(&mut out.additional_properties, &mut map)?,",
        "out.optional(\"a\", &self.a)?;\n        out.extra(&self.additional_properties)?;",
    ] {
        assert!(code.contains(piece), "{piece} missing:\n{code}");
    }
}

/// `items: [A, B]` without `type` (Slack's way of writing "one of"): a union, not an array;
/// with `type: array` or array keywords it stays an array.
#[test]
fn an_items_list_without_type_is_one_of_its_schemas() {
    let code = gen_schemas(
        "Message:\n  type: object\n  properties:\n    text: {type: string}\nChannel:\n  type: object\n  properties:\n    latest:\n      items:\n        - {$ref: '#/components/schemas/Message'}\n        - {type: 'null'}\n    either:\n      items:\n        - {$ref: '#/components/schemas/Message'}\n        - {type: integer}\n    tuple:\n      type: array\n      items:\n        - {$ref: '#/components/schemas/Message'}\n        - {type: 'null'}\n    bounded:\n      minItems: 1\n      items:\n        - {$ref: '#/components/schemas/Message'}",
    );
    assert!(
        code.contains("pub latest: Option<super::Message>"),
        "{code}"
    );
    assert!(
        code.contains("pub either: Option<super::ChannelEither>"),
        "{code}"
    );
    assert!(code.contains("pub enum ChannelEither"), "{code}");
    assert!(
        code.contains("pub tuple: Option<Vec<Option<super::Message>>>"),
        "{code}"
    );
    assert!(
        code.contains("pub bounded: Option<Vec<super::Message>>"),
        "{code}"
    );
}

/// Schemas whose union branches say nothing of their own end, typed, instead of recursing:
/// a typeless `items` list of only `null` or only empty schemas, one beside `properties`, and
/// an `allOf` beside a `oneOf` with no properties.
#[test]
fn degenerate_unions_terminate() {
    let code = gen_schemas(
        "Holder:\n  type: object\n  properties:\n    only_null:\n      items: [{type: 'null'}]\n    only_empty:\n      items: [{}]\n    beside_properties:\n      properties:\n        a: {type: string}\n      items:\n        - {type: string}\n        - {type: integer}\n    all_and_one:\n      allOf:\n        - {description: a refinement}\n      oneOf:\n        - {type: string}\n        - {type: integer}\n    all_scalar_and_items:\n      allOf: [{type: string}]\n      items: [{type: string}, {type: integer}]",
    );
    assert!(code.contains("pub only_null:"), "{code}");
    assert!(code.contains("pub only_empty:"), "{code}");
    assert!(
        code.contains("pub beside_properties: Option<super::HolderBesideProperties>"),
        "{code}"
    );
    assert!(code.contains("pub all_and_one:"), "{code}");
    assert!(code.contains("pub all_scalar_and_items:"), "{code}");
}

/// `required` naming a property the schema does not declare (beside its own properties, or
/// beside `allOf: [$ref]` in a request body): an optional field of any JSON value with a
/// warning, so requests can carry it and records without it still decode.
#[test]
fn required_but_undeclared_properties_are_fields() {
    let spec = r#"
openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /checks:
    post:
      operationId: createCheck
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              allOf:
                - $ref: '#/components/schemas/Check'
              required: [name, method]
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Owner'}
components:
  schemas:
    Check:
      type: object
      properties:
        name: {type: string}
    Owner:
      type: object
      required: [id, accessed]
      properties:
        id: {type: string}
"#;
    let (_dir, path) = spec_file("spec.yaml", spec);
    let g = generate(&path);
    let code = all_rust(&g);
    // The response type holds the undeclared property, optional so a record without it decodes.
    assert!(
        code.contains("pub accessed: Option<serde_json::Value>"),
        "{code}"
    );
    assert!(code.contains("pub id: String"), "{code}");
    // The body is a struct of its own holding `method`; `Check` stays as it is.
    assert!(
        code.contains("pub method: Option<serde_json::Value>"),
        "{code}"
    );
    let check = code
        .split("pub struct Check {")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .unwrap_or_else(|| panic!("no struct Check: {code}"));
    assert!(!check.contains("pub method"), "{code}");
    let warned: Vec<&str> = g
        .warnings
        .iter()
        .map(|w| w.message.as_str())
        .filter(|m| m.contains("is not declared in `properties`"))
        .collect();
    assert_eq!(warned.len(), 2, "{:?}", g.warnings);
    // The synthesized request body carries it, as the schema requires.
    let body = g
        .samples
        .iter()
        .find(|s| s.what.contains("request body"))
        .expect("a request body sample");
    assert!(body.value.get("method").is_some(), "{:?}", body.value);
}

#[test]
fn a_union_whose_branches_each_hold_one_type_value_is_tagged_by_it() {
    let code = gen_schemas(
        "E:\n  oneOf:\n    - {$ref: '#/components/schemas/A'}\n    - {$ref: '#/components/schemas/B'}\nBase:\n  type: object\n  properties:\n    id: {type: string}\n    kind: {type: string, enum: [a, b]}\nA:\n  allOf:\n    - {$ref: '#/components/schemas/Base'}\n    - properties:\n        kind: {enum: [a]}\nB:\n  allOf:\n    - {$ref: '#/components/schemas/Base'}\n    - properties:\n        kind: {const: b}\n        extra: {type: integer}\nShared:\n  oneOf:\n    - {$ref: '#/components/schemas/A'}\n    - {$ref: '#/components/schemas/A2'}\nA2:\n  allOf:\n    - {$ref: '#/components/schemas/A'}\n    - properties:\n        more: {type: string}",
    );
    assert!(code.contains(r#".get("kind")"#), "{code}");
    assert!(
        code.contains(r#"Some("a") =>"#) && code.contains(r#"Some("b") =>"#),
        "{code}"
    );
    // A value of another kind is tried against each branch before it is kept unknown.
    assert!(
        code.contains("serde_json::from_value(value.clone())"),
        "{code}"
    );
    // Branches that share their value tell nothing apart: untagged, decoded as the branch
    // that keeps the most of the value.
    let at = code.find("pub enum Shared").unwrap();
    let end = at + code[at..].find('}').unwrap();
    assert!(!code[at..end].contains("Unknown"), "{}", &code[at..end]);
    let decode = code
        .find("serde::Deserialize<'de> for Shared")
        .expect("Shared's decoding");
    assert!(
        code[decode..]
            .find("decode_untagged")
            .is_some_and(|i| i < 300),
        "{}",
        &code[decode..]
    );
}

/// The decode arm of a tagged union for `variant`: the tags it matches, as generated.
fn tags_of(code: &str, variant: &str) -> Vec<String> {
    let arm = format!(".map(Self::{variant})");
    let at = code
        .find(&arm)
        .unwrap_or_else(|| panic!("no arm for {variant}: {code}"));
    let line_start = code[..at]
        .rfind("Some(\"")
        .and_then(|i| code[..i].rfind('\n'))
        .unwrap_or(0);
    let head = &code[line_start..at];
    let head = &head[..head.find("=>").unwrap_or(head.len())];
    head.split("Some(\"")
        .skip(1)
        .filter_map(|t| t.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn a_discriminator_without_mapping_tags_by_allowed_values_then_names() {
    // The schema's name is an allowed value: it is the tag, though the base lists more.
    let code = gen_schemas(
        "Pet:\n  oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]\n  discriminator: {propertyName: kind}\nBase:\n  type: object\n  required: [kind]\n  properties:\n    kind: {type: string, enum: [Cat, Dog, Bird]}\nCat:\n  allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {purrs: {type: boolean}}}]\nDog:\n  allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {barks: {type: boolean}}}]",
    );
    assert_eq!(tags_of(&code, "Cat"), ["Cat"], "{code}");
    assert_eq!(tags_of(&code, "Dog"), ["Dog"], "{code}");
    // A value another branch allows alone is that branch's, not the one whose name spells it.
    let code = gen_schemas(
        "Runner:\n  oneOf: [{$ref: '#/components/schemas/RunnerSidecarBody'}, {$ref: '#/components/schemas/Plain'}, {$ref: '#/components/schemas/Book'}]\n  discriminator: {propertyName: type}\nRunnerSidecarBody:\n  type: object\n  properties:\n    type: {type: string, enum: [sidecar, runbook]}\n    a: {type: string}\nPlain:\n  type: object\n  properties:\n    type: {type: string, enum: [sidecar]}\n    b: {type: string}\nBook:\n  type: object\n  properties:\n    type: {type: string, enum: [runbook]}\n    c: {type: string}",
    );
    assert_eq!(tags_of(&code, "Plain"), ["sidecar"], "{code}");
    assert_eq!(tags_of(&code, "Book"), ["runbook"], "{code}");
    assert_eq!(
        tags_of(&code, "RunnerSidecarBody"),
        ["RunnerSidecarBody"],
        "{code}"
    );
}
