//! Identical types share one definition (`ir::identical`): which types merge, which one is
//! kept, that every reference names it, and that `[types] merge_identical = false` keeps
//! the copies apart.

use super::common::*;
use super::streams::analyze;
use crate::ir::{TypeId, TypeKind, TypeRef};

/// Two operations return inline copies of one user object; a component `User` is a third
/// copy, and an unused component (a webhook payload) comes first in the spec and holds a
/// fourth. `Profile` differs from them in one nested field's type, `Member` only in a doc.
const SPEC: &str = r#"
openapi: 3.0.0
info: {title: Same, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  owner:
                    type: object
                    properties:
                      login: {type: string}
                      plan:
                        type: object
                        properties: {name: {type: string}, seats: {type: integer}}
  /b:
    get:
      operationId: getB
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  author:
                    type: object
                    properties:
                      login: {type: string}
                      plan:
                        type: object
                        properties: {name: {type: string}, seats: {type: integer}}
                  profile: {$ref: '#/components/schemas/Profile'}
                  member: {$ref: '#/components/schemas/Member'}
                  user: {$ref: '#/components/schemas/User'}
components:
  schemas:
    AHookPayload:
      type: object
      properties:
        tree: {$ref: '#/components/schemas/TreeA'}
        other_tree: {$ref: '#/components/schemas/TreeB'}
        sender:
          type: object
          properties:
            login: {type: string}
            plan:
              type: object
              properties: {name: {type: string}, seats: {type: integer}}
    User:
      type: object
      properties:
        login: {type: string}
        plan:
          type: object
          properties: {name: {type: string}, seats: {type: integer}}
    Profile:
      type: object
      properties:
        login: {type: string}
        plan:
          type: object
          properties: {name: {type: string}, seats: {type: string}}
    Member:
      type: object
      description: A member.
      properties:
        login: {type: string}
        plan:
          type: object
          properties: {name: {type: string}, seats: {type: integer}}
    TreeA:
      type: object
      properties:
        children: {type: array, items: {$ref: '#/components/schemas/TreeA'}}
    TreeB:
      type: object
      properties:
        children: {type: array, items: {$ref: '#/components/schemas/TreeB'}}
"#;

fn id(a: &crate::Analyzed, name: &str) -> TypeId {
    let i = a
        .analysis
        .types
        .iter()
        .position(|t| t.name == name)
        .unwrap_or_else(|| panic!("no type {name}"));
    TypeId(i)
}

/// The type `name` is an alias of, if it is one.
fn alias_of(a: &crate::Analyzed, name: &str) -> Option<String> {
    match &a.api.types.get(id(a, name)).kind {
        TypeKind::Alias(TypeRef::Named(t)) => Some(a.analysis.types[t.0].name.clone()),
        _ => None,
    }
}

/// The type of field `field` of struct `name`, by type name.
fn field_type(a: &crate::Analyzed, name: &str, field: &str) -> String {
    let (_, fields) = a
        .api
        .types
        .struct_of(&TypeRef::Named(id(a, name)))
        .unwrap_or_else(|| panic!("{name} is not a struct"));
    let f = fields.iter().find(|f| f.name == field).unwrap();
    let mut out = Vec::new();
    f.ty.for_each_ref(&mut |t| out.push(a.analysis.types[t.0].name.clone()));
    out.join(",")
}

#[test]
fn copies_alias_the_kept_type_and_references_name_it() {
    let (_dir, spec) = spec_file("same.yaml", SPEC);
    let a = analyze(&spec, None).unwrap();
    // The component used by an operation is kept, though the webhook's copy comes first.
    for copy in [
        "GetAResponseOwner",
        "GetBResponseAuthor",
        "AHookPayloadSender",
    ] {
        assert_eq!(alias_of(&a, copy).as_deref(), Some("User"), "{copy}");
    }
    assert_eq!(alias_of(&a, "User"), None);
    // Nested copies merge with their parents' (the plan objects).
    assert_eq!(
        alias_of(&a, "GetAResponseOwnerPlan").as_deref(),
        Some("UserPlan")
    );
    assert_eq!(field_type(&a, "GetAResponse", "owner"), "User");
    assert_eq!(field_type(&a, "GetBResponse", "author"), "User");
    assert_eq!(field_type(&a, "AHookPayload", "sender"), "User");
    // A type kept for copies in other modules has a module of its own, so that a group
    // using one copy does not compile the module the kept type was found in; the copies stay
    // where they were.
    let module = |name: &str| a.analysis.types[id(&a, name).0].module.clone();
    assert_eq!(module("User"), "user");
    assert_eq!(module("UserPlan"), "user_plan");
    assert_eq!(module("GetAResponseOwner"), module("GetAResponse"));
    // What differs, even deep down or only in a doc, stays apart.
    assert_eq!(alias_of(&a, "Profile"), None);
    assert_eq!(field_type(&a, "Profile", "plan"), "ProfilePlan");
    assert_eq!(alias_of(&a, "Member"), None);
    assert_eq!(alias_of(&a, "MemberPlan").as_deref(), Some("UserPlan"));
    // Identical recursive types merge: the first is kept, and it refers to itself.
    assert_eq!(alias_of(&a, "TreeB").as_deref(), Some("TreeA"));
    assert_eq!(field_type(&a, "TreeA", "children"), "TreeA");
    assert_eq!(field_type(&a, "AHookPayload", "other_tree"), "TreeA");
    // Three copies of the user, three of its plan, `MemberPlan` and `TreeB`; nothing but
    // the copies refers to a copy.
    let copies: Vec<TypeId> = a.api.types.merged.keys().copied().collect();
    assert_eq!(copies.len(), 8, "{:?}", a.api.types.merged);
    for def in &a.api.types.defs {
        if matches!(def.kind, TypeKind::Alias(_)) {
            continue;
        }
        def.kind.for_each_ref(&mut |t| {
            assert!(!copies.contains(&t), "{} refers to a copy", def.location)
        });
    }
    for op in &a.api.operations {
        for r in &op.responses {
            r.ty.iter()
                .for_each(|t| t.for_each_ref(&mut |t| assert!(!copies.contains(&t))));
        }
    }
}

#[test]
fn generated_copies_are_aliases_and_explain_lists_them() {
    let (_dir, spec) = spec_file("same.yaml", SPEC);
    let g = generate(&spec);
    let rust = all_rust(&g);
    assert!(
        rust.contains("pub type GetAResponseOwner = super::User;"),
        "{rust}"
    );
    assert_eq!(rust.matches("pub struct UserPlan ").count(), 1);
    assert!(!rust.contains("pub struct GetAResponseOwner "));
    assert_eq!(g.summary.shared, 8);
    let explained = crate::explain(&spec, &Default::default()).unwrap();
    let rows = explained.shared_types();
    // Most copies first: the plan is also `Member`'s.
    assert_eq!(rows[0].name, "UserPlan");
    assert_eq!(rows[0].copies.len(), 4);
    assert_eq!(rows[1].name, "User");
    assert_eq!(
        rows[1].copies,
        [
            "AHookPayloadSender",
            "GetAResponseOwner",
            "GetBResponseAuthor"
        ]
    );
    let text = explained.shared_types_table();
    assert!(text.starts_with("8 types are copies of 3 others"), "{text}");
    assert!(
        text.contains("| `User` | 3 | `same.yaml#/components/schemas/User` |"),
        "{text}"
    );
}

#[test]
fn merging_can_be_switched_off() {
    let (_dir, spec) = spec_file("same.yaml", SPEC);
    let a = analyze(&spec, Some("[types]\nmerge_identical = false\n")).unwrap();
    assert!(a.api.types.merged.is_empty());
    assert_eq!(alias_of(&a, "GetAResponseOwner"), None);
    assert_eq!(field_type(&a, "GetAResponse", "owner"), "GetAResponseOwner");
    assert_eq!(
        field_type(&a, "AHookPayload", "sender"),
        "AHookPayloadSender"
    );
}

#[test]
fn record_types_spelled_alike_stay_two_tables() {
    let op = |path: &str, id: &str, schema: &str| {
        format!(
            "  {path}:\n    get:\n      operationId: {id}\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: {schema}\n"
        )
    };
    let item = "{type: object, properties: {id: {type: string}, name: {type: string}}}";
    let list = format!("{{type: object, properties: {{data: {{type: array, items: {item}}}}}}}");
    let spec = format!(
        "openapi: 3.0.0\ninfo: {{title: Alike, version: \"1\"}}\npaths:\n{}{}{}{}{}{}components:\n  schemas:\n    Tag: {item}\n    Label: {item}\n",
        op("/tags/1", "getTag", item),
        op("/labels/1", "getLabel", item),
        op("/topics/1", "getTopic", "{$ref: '#/components/schemas/Tag'}"),
        op("/marks/1", "getMark", "{$ref: '#/components/schemas/Label'}"),
        op("/tags", "listTags", &list),
        op("/labels", "listLabels", &list),
    );
    let (_dir, spec) = spec_file("alike.yaml", &spec);
    let a = analyze(
        &spec,
        Some("[tables.primary_key]\nGetTagResponse = \"name\"\n"),
    )
    .unwrap();
    // What an operation returns, and the objects of its arrays, are never merged, inline or
    // components: two resources spelled alike are two tables, each with its own key.
    for name in [
        "GetTagResponse",
        "GetLabelResponse",
        "Tag",
        "Label",
        "ListTagsResponseDataItem",
        "ListLabelsResponseDataItem",
    ] {
        assert_eq!(alias_of(&a, name), None, "{name}");
    }
    let mut records: Vec<(&str, &str)> = a
        .analysis
        .tables
        .records
        .iter()
        .map(|r| (r.type_name.as_str(), r.key.as_str()))
        .collect();
    records.sort();
    assert_eq!(
        records,
        [
            ("GetLabelResponse", "id"),
            ("GetTagResponse", "name"),
            ("Label", "id"),
            ("Tag", "id")
        ]
    );
}
