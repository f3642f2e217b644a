//! Bad input gets one clear error naming the file and the place, and leaves nothing behind.

mod common;
use common::*;

fn error_of(name: &str, content: &str) -> String {
    let (_dir, path) = spec_file(name, content);
    match apitap::generate(&path, &apitap::Options::default()) {
        Ok(_) => panic!("expected an error for {name}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn unreadable_file() {
    let err = apitap::generate(
        std::path::Path::new("/nonexistent/spec.yaml"),
        &apitap::Options::default(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string().split(':').next().unwrap(),
        "/nonexistent/spec.yaml"
    );
    assert!(err.to_string().contains("cannot read file"), "{err}");
}

#[test]
fn invalid_yaml_names_line() {
    let err = error_of("spec.yaml", "openapi: 3.0.0\ninfo: {title: x\npaths: {}\n");
    assert!(err.contains("spec.yaml:3:"), "{err}");
    assert!(err.contains("invalid YAML"), "{err}");
}

#[test]
fn invalid_json_names_line_and_column() {
    let err = error_of(
        "spec.json",
        "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {,}\n}",
    );
    assert!(err.contains("spec.json:3:13: invalid JSON"), "{err}");
}

#[test]
fn not_openapi() {
    let err = error_of("spec.yaml", "name: my app\nversion: 2\n");
    assert!(err.contains("spec.yaml: not an OpenAPI document"), "{err}");
    assert!(
        err.contains("expected an `openapi` (3.x) or `swagger` (2.0) field"),
        "{err}"
    );
    let err = error_of("spec.yaml", "openapi: 4.0.0\npaths: {}\n");
    assert!(
        err.contains("expected version 3.0.x or 3.1.x, found `4.0.0`"),
        "{err}"
    );
    let err = error_of("spec.yaml", "- a\n- b\n");
    assert!(
        err.contains("expected a mapping at the top level, found a sequence"),
        "{err}"
    );
}

const REF_SPEC: &str = r#"
openapi: 3.0.0
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "REF"}
"#;

/// Warnings of generating `content`; generation must succeed.
fn warnings_of(content: &str) -> Vec<String> {
    let (_dir, path) = spec_file("spec.yaml", content);
    match apitap::generate(&path, &apitap::Options::default()) {
        Ok(g) => g.warnings.iter().map(ToString::to_string).collect(),
        Err(e) => panic!("expected generation to degrade, not fail: {e}"),
    }
}

#[test]
fn dangling_local_ref_degrades_with_its_pointer() {
    let warnings = warnings_of(&REF_SPEC.replace("REF", "#/components/schemas/Missing"));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("spec.yaml#/paths/~1a/get/responses/200/content/application~1json/schema: dangling $ref `#/components/schemas/Missing`"),
        "{warnings:?}"
    );
    assert!(
        warnings[0].ends_with("typed as serde_json::Value"),
        "{warnings:?}"
    );
}

#[test]
fn dangling_file_ref_degrades() {
    let warnings = warnings_of(&REF_SPEC.replace("REF", "other.yaml#/Thing"));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("$ref `other.yaml#/Thing`") && w.contains("cannot read")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("dangling $ref `other.yaml#/Thing`")),
        "{warnings:?}"
    );
}

#[test]
fn untypeable_reference_cycle_degrades() {
    let spec = REF_SPEC.replace("REF", "#/components/schemas/A")
        + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n";
    let warnings = warnings_of(&spec);
    let w = warnings.join("\n");
    assert!(w.contains("reference cycle that cannot be typed"), "{w}");
    assert!(w.contains("spec.yaml#/components/schemas/A"), "{w}");
    assert!(w.contains("spec.yaml#/components/schemas/B"), "{w}");
}

#[test]
fn allof_cycle_degrades_not_hangs() {
    let spec = REF_SPEC.replace("REF", "#/components/schemas/A")
        + "components:\n  schemas:\n    A: {allOf: [{$ref: '#/components/schemas/B'}, {properties: {x: {type: string}}}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}, {properties: {y: {type: string}}}]}\n";
    let w = warnings_of(&spec).join("\n");
    assert!(w.contains("allOf includes itself"), "{w}");
}

#[test]
fn broken_parts_are_errors_under_strict() {
    let (_dir, path) = spec_file(
        "spec.yaml",
        &REF_SPEC.replace("REF", "#/components/schemas/Missing"),
    );
    let err = apitap::generate(
        &path,
        &apitap::Options {
            strict: true,
            ..Default::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(err.starts_with("--strict: 1 warning(s) treated as errors; first: spec.yaml#/paths/~1a/get/responses/200/content/application~1json/schema: dangling $ref"), "{err}");
}

#[test]
fn strict_turns_warnings_into_errors() {
    let spec = REF_SPEC.replace("{$ref: \"REF\"}", "{type: strange}");
    let (_dir, path) = spec_file("spec.yaml", &spec);
    let g = apitap::generate(&path, &apitap::Options::default()).unwrap();
    assert_eq!(g.summary.value_fallbacks, 1);
    assert!(
        g.warnings[0]
            .to_string()
            .contains("unknown schema type `strange`"),
        "{}",
        g.warnings[0]
    );
    let err = apitap::generate(
        &path,
        &apitap::Options {
            strict: true,
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("--strict: 1 warning(s) treated as errors; first: spec.yaml#/paths/~1a/get/responses/200/content/application~1json/schema: unknown schema type"), "{err}");
}

#[test]
fn bad_config_is_reported() {
    let (dir, path) = spec_file(
        "spec.yaml",
        &REF_SPEC.replace("{$ref: \"REF\"}", "{type: string}"),
    );
    let config = dir.path().join("apitap.toml");
    std::fs::write(&config, "nmae = \"typo\"\n").unwrap();
    let err = apitap::generate(
        &path,
        &apitap::Options {
            config: Some(config),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("apitap.toml: invalid config"),
        "{err}"
    );
    assert!(err.to_string().contains("unknown field `nmae`"), "{err}");
}

#[test]
fn failed_generation_leaves_no_output() {
    let (dir, path) = spec_file("spec.yaml", "openapi: 3.0.0\npaths: [\n");
    let out = dir.path().join("out");
    assert!(apitap::generate_to(&path, &out, &apitap::Options::default()).is_err());
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn refuses_to_overwrite_a_foreign_directory() {
    let (dir, path) = spec_file(
        "spec.yaml",
        &REF_SPEC.replace("{$ref: \"REF\"}", "{type: string}"),
    );
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("precious.txt"), "keep me").unwrap();
    let err = apitap::generate_to(&path, &out, &apitap::Options::default()).unwrap_err();
    assert!(err.to_string().contains("not generated by apitap"), "{err}");
    assert_eq!(
        std::fs::read_to_string(out.join("precious.txt")).unwrap(),
        "keep me"
    );
    // A directory apitap generated is regenerated in place, keeping what apitap did not write.
    let out2 = dir.path().join("out2");
    apitap::generate_to(&path, &out2, &apitap::Options::default()).unwrap();
    std::fs::write(out2.join("src/mine.rs"), "").unwrap();
    std::fs::write(out2.join("notes.md"), "").unwrap();
    apitap::generate_to(&path, &out2, &apitap::Options::default()).unwrap();
    assert!(out2.join("src/mine.rs").exists());
    assert!(out2.join("notes.md").exists());
    assert!(out2.join("apitap.lock").exists());
}

#[test]
fn crate_names_cargo_refuses_are_made_valid_with_a_warning() {
    let (_dir, path) = spec_file(
        "spec.yaml",
        &REF_SPEC.replace("{$ref: \"REF\"}", "{type: string}"),
    );
    for (name, expected) in [
        ("box", "box_api"),
        ("type", "type_api"),
        ("self", "self_api"),
        ("crate", "crate_api"),
        ("9lives", "n9lives"),
        ("test", "test_api"),
    ] {
        let g = apitap::generate(
            &path,
            &apitap::Options {
                name: Some(name.into()),
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("--name {name}: {e}"));
        let manifest = &g.files["Cargo.toml"];
        assert!(
            manifest.contains(&format!("name = \"{expected}\"")),
            "--name {name}: {manifest}"
        );
        let w = g
            .warnings
            .iter()
            .find(|w| w.location == "--name")
            .unwrap_or_else(|| panic!("--name {name}: no warning"));
        assert!(w.message.contains(&format!("using `{expected}`")), "{w}");
        assert!(
            all_rust(&g).contains(&format!("use {expected}::")),
            "--name {name}"
        );
    }
}
