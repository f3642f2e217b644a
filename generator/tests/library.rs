//! The library API: `apitap::Generator` with the spec from a file, from text or from a parsed
//! document, and the code written for a build script's `include!`.

mod common;
use apitap::{Generator, Runtime};

const SPEC: &str = r##"
openapi: 3.0.3
info: {title: Library Test, version: "1"}
paths:
  /widgets/{id}:
    get:
      operationId: getWidget
      tags: [Widgets]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
  /gadgets:
    get:
      operationId: listGadgets
      tags: [Gadgets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Widget"}}
components:
  schemas:
    Widget:
      type: object
      required: [id]
      properties:
        id: {type: string}
"##;

#[test]
fn text_in_memory_generates_what_the_file_generates() {
    let (_dir, path) = common::spec_file("library.yaml", SPEC);
    let from_file = Generator::from_path(&path)
        .name("lib_test")
        .generate()
        .unwrap();
    let from_text = Generator::from_text("library.yaml", SPEC)
        .name("lib_test")
        .generate()
        .unwrap();
    assert_eq!(from_file.files, from_text.files);
    // The file is an input a build script watches; text in memory is not.
    assert_eq!(from_file.inputs, vec![path]);
    assert!(from_text.inputs.is_empty(), "{:?}", from_text.inputs);
}

#[test]
fn a_parsed_document_generates_the_same_code() {
    let yaml: serde_json::Value = serde_yaml::from_str(SPEC).unwrap();
    let from_doc = Generator::from_document("library.json", yaml)
        .name("lib_test")
        .generate()
        .unwrap();
    let from_text = Generator::from_text("library.yaml", SPEC)
        .name("lib_test")
        .generate()
        .unwrap();
    for (path, content) in &from_text.files {
        // The lock records the spec's name and hash, which differ; the docs name the file.
        if path == "apitap.lock" || !path.ends_with(".rs") {
            continue;
        }
        let other = &from_doc.files[path];
        assert_eq!(
            content.replace("library.yaml", "library.json"),
            *other,
            "{path}"
        );
    }
}

#[test]
fn text_with_a_syntax_error_says_where() {
    let err = Generator::from_text("bad.yaml", "openapi: [3.0\n")
        .generate()
        .unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("bad.yaml:"), "{text}");
}

#[test]
fn the_options_reach_the_crate() {
    let g = Generator::from_text("library.yaml", SPEC)
        .name("widgets")
        .runtime(Runtime::Git {
            url: "https://example.com/apitap.git".into(),
            rev: Some("v0.1.0".into()),
        })
        .generate()
        .unwrap();
    let manifest = &g.files["Cargo.toml"];
    assert!(manifest.contains("name = \"widgets\""), "{manifest}");
    assert!(
        manifest.contains(
            "apitap-runtime = { git = \"https://example.com/apitap.git\", rev = \"v0.1.0\" }"
        ),
        "{manifest}"
    );
    let lock = &g.files["apitap.lock"];
    assert!(
        lock.contains("runtime_git = \"https://example.com/apitap.git\"\nruntime_rev = \"v0.1.0\""),
        "{lock}"
    );
    let strict = Generator::from_text("library.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/nope'}\n")
        .strict(true)
        .generate();
    assert!(
        strict.is_err(),
        "--strict makes the dangling response an error"
    );
}

#[test]
fn embedded_code_is_includable_and_ungated() {
    let dir = tempfile::tempdir().unwrap();
    let embedded = Generator::from_text("library.yaml", SPEC)
        .name("widgets")
        .embed_into(dir.path())
        .unwrap();
    assert_eq!(embedded.lib_rs, dir.path().join("widgets/src/lib.rs"));
    let lib = std::fs::read_to_string(&embedded.lib_rs).unwrap();
    // `include!` refuses inner attributes and inner docs.
    assert!(!lib.contains("#!["), "{lib}");
    assert!(!lib.contains("//!"), "{lib}");
    assert!(!lib.contains("mod custom"), "{lib}");
    // Two groups, both compiled without cargo features.
    let ops = std::fs::read_to_string(dir.path().join("widgets/src/operations/mod.rs")).unwrap();
    assert!(
        ops.contains("mod widgets") && ops.contains("mod gadgets"),
        "{ops}"
    );
    assert!(!ops.contains("feature = \""), "{ops}");
    assert!(dir.path().join("widgets/apitap.lock").is_file());
    assert!(!dir.path().join("widgets/Cargo.toml").exists());
    assert!(!dir.path().join("widgets/tests").exists());
    assert!(!dir.path().join("widgets/src/bin").exists());
    // A second call replaces what the first wrote.
    std::fs::write(dir.path().join("widgets/src/stale.rs"), "").unwrap();
    Generator::from_text("library.yaml", SPEC)
        .name("widgets")
        .embed_into(dir.path())
        .unwrap();
    assert!(!dir.path().join("widgets/src/stale.rs").exists());
}

#[test]
fn build_rs_outside_a_build_script_says_so() {
    if std::env::var_os("OUT_DIR").is_some() {
        return;
    }
    let err = Generator::from_text("library.yaml", SPEC)
        .build_rs()
        .unwrap_err();
    assert!(err.to_string().contains("OUT_DIR is not set"), "{err}");
}

#[test]
fn write_to_writes_a_crate() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("widgets");
    let g = Generator::from_text("library.yaml", SPEC)
        .name("widgets")
        .runtime(Runtime::Path("../runtime".into()))
        .write_to(&out)
        .unwrap();
    assert_eq!(g.crate_name, "widgets");
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("apitap-runtime = { path = \"../runtime\" }"),
        "{manifest}"
    );
    assert!(out.join("src/custom/mod.rs").is_file());
}

#[test]
fn a_crate_on_the_git_runtime_checks_as_current() {
    let dir = tempfile::tempdir().unwrap();
    let (_spec_dir, spec) = common::spec_file("library.yaml", SPEC);
    let out = dir.path().join("widgets");
    Generator::from_path(&spec)
        .name("widgets")
        .runtime(Runtime::Git {
            url: "https://example.com/apitap.git".into(),
            rev: Some("0123abcd".into()),
        })
        .write_to(&out)
        .unwrap();
    // `apitap check` reads the runtime source back from apitap.lock.
    let report = apitap::check(&out, None).unwrap();
    assert!(
        report.is_current(),
        "changed {:?}, missing {:?}",
        report.changed,
        report.missing
    );
}
