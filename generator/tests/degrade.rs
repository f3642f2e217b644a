//! A broken part of a spec degrades that part, with a warning naming its pointer; the rest
//! of the crate generates. `specs/broken.yaml` has a broken part in every place (its crate,
//! `generated-examples/broken`, compiles with the workspace and runs its own tests).

mod common;
use common::*;

fn broken() -> apitap::Generated {
    generate(&repo_root().join("specs/broken.yaml"))
}

/// The one warning at `pointer` (after `broken.yaml#`), which must say `what`.
fn warning_at<'a>(g: &'a apitap::Generated, pointer: &str, what: &str) -> &'a apitap::Warning {
    let location = format!("broken.yaml#{pointer}");
    let found: Vec<_> = g
        .warnings
        .iter()
        .filter(|w| w.location == location && w.message.contains(what))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one warning at {location} saying {what:?}; all warnings:\n{}",
        g.warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    found[0]
}

#[test]
fn dangling_refs_under_schemas_become_json_values() {
    let g = broken();
    let widget = "/components/schemas/Widget/properties";
    for (pointer, missing) in [
        (format!("{widget}/owner"), "Missing"),
        (format!("{widget}/parts/items"), "MissingPart"),
        (
            format!("{widget}/labels/additionalProperties"),
            "MissingLabel",
        ),
        (format!("{widget}/shape/oneOf/1"), "MissingCircle"),
        (format!("{widget}/mark/anyOf/1"), "MissingMark"),
    ] {
        let w = warning_at(&g, &pointer, "dangling $ref");
        assert!(
            w.message
                .contains(&format!("`#/components/schemas/{missing}`")),
            "{w}"
        );
        assert!(w.message.ends_with("typed as serde_json::Value"), "{w}");
    }
    // An allOf member that dangles is left out; the other members still make the type.
    warning_at(
        &g,
        &format!("{widget}/detail/allOf/0"),
        "this allOf member is left out",
    );
    let models = all_rust(&g);
    assert!(
        models.contains("pub owner: Option<serde_json::Value>"),
        "owner"
    );
    assert!(
        models.contains("pub parts: Option<Vec<serde_json::Value>>"),
        "parts"
    );
    assert!(
        models
            .contains("pub labels: Option<std::collections::BTreeMap<String, serde_json::Value>>")
            || models.contains("pub labels: Option<BTreeMap<String, serde_json::Value>>"),
        "labels"
    );
    assert!(
        models.contains("pub color: Option<String>"),
        "detail keeps its own member"
    );
    assert!(
        models.contains("pub side: Option<f64>"),
        "the oneOf keeps its good variant"
    );
}

#[test]
fn untypeable_cycles_degrade_to_json_values() {
    let g = broken();
    warning_at(
        &g,
        "/components/schemas/LoopA",
        "reference cycle that cannot be typed",
    );
    warning_at(&g, "/components/schemas/MergeA", "allOf includes itself");
    // The schema beside the cycles still types.
    assert!(all_rust(&g).contains("pub fine: Option<i64>"));
}

#[test]
fn broken_operation_parts_are_dropped_or_generalized() {
    let g = broken();
    warning_at(
        &g,
        "/paths/~1widgets/get/parameters/0",
        "parameter left out",
    );
    warning_at(
        &g,
        "/paths/~1widgets/get/parameters/2",
        "without `in`; left out",
    );
    warning_at(
        &g,
        "/paths/~1widgets/get/responses/404",
        "decoded as any JSON value",
    );
    warning_at(
        &g,
        "/paths/~1widgets/post/requestBody",
        "sent as any JSON value",
    );
    warning_at(
        &g,
        "/paths/~1widgets/post/responses/201/content/application~1json/examples/gone",
        "example `gone` left out",
    );
    // The path-level parameter dangles; the template variable still gets a string.
    warning_at(
        &g,
        "/paths/~1widgets~1{widget_id}/parameters/0",
        "parameter left out",
    );
    warning_at(
        &g,
        "/paths/~1widgets~1{widget_id}/get",
        "has no parameter; typed as a string",
    );
    warning_at(&g, "/paths/~1gone", "path `/gone` left out");
    warning_at(&g, "/paths/~1half/get", "operation GET /half left out");
    warning_at(
        &g,
        "/components/securitySchemes/gone",
        "security scheme `gone` left out",
    );
    // A reference into a file that does not exist: the file is reported once, and the
    // schema that points into it is untyped.
    let at = "/paths/~1gadgets~1{id}/get/responses/200/content/application~1json/schema";
    warning_at(&g, at, "cannot read");
    warning_at(&g, at, "the file could not be loaded");

    let code = all_rust(&g);
    for method in [
        "fn list_widgets(",
        "fn create_widget(",
        "fn get_widget(",
        "fn get_gadget(",
        "fn get_cycles(",
        "fn delete_half(",
    ] {
        assert!(code.contains(method), "{method} is generated");
    }
    assert!(code.contains("fn limit("), "the good parameter is kept");
    assert!(
        !code.contains("fn nowhere("),
        "the parameter without `in` is dropped"
    );
    assert_eq!(g.summary.operations, 6);
}

#[test]
fn strict_refuses_a_broken_spec() {
    let err = apitap::generate(
        &repo_root().join("specs/broken.yaml"),
        &apitap::Options {
            strict: true,
            ..Default::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.starts_with("--strict: 21 warning(s) treated as errors"),
        "{err}"
    );
}

#[test]
fn null_examples_mean_no_example() {
    let spec = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              example: null
              examples:
                none: {value: null}
                real: {value: {id: "t_1", note: null}}
  /maybe:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Maybe"}
              example: null
components:
  schemas:
    Thing:
      type: object
      example: null
      required: [id]
      properties:
        id: {type: string, example: null}
        note: {type: string, nullable: true, example: null}
    Maybe:
      type: object
      nullable: true
      properties:
        id: {type: string}
"##;
    let (_dir, path) = spec_file("spec.yaml", spec);
    let g = generate(&path);
    assert_eq!(g.summary.examples_invalid, 0, "{:?}", g.warnings);
    // The real example is checked; so is the null of the nullable `Maybe`.
    assert_eq!(g.summary.examples_checked, 2);
    let examples = &g.files["tests/suite/examples.rs"];
    assert!(examples.contains("t_1"), "{examples}");
}
