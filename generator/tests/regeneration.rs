//! Regeneration when the vendor bumps its spec: stable output, in-place regeneration that keeps
//! the user's files, version and changelog, and `apitap check`.

mod common;
use common::*;
use std::collections::BTreeSet;
use std::path::Path;

fn shop_text() -> String {
    std::fs::read_to_string(repo_root().join("specs/shop.yaml")).unwrap()
}

/// `text` with `block` inserted before the first line equal to `before`.
fn insert_before(text: &str, before: &str, block: &str) -> String {
    let at = text
        .find(&format!("\n{before}\n"))
        .unwrap_or_else(|| panic!("no line {before:?}"))
        + 1;
    format!("{}{block}{}", &text[..at], &text[at..])
}

/// Shop with one more operation (in the existing Products tag, between existing paths) and
/// one more schema (between existing schemas).
fn shop_with_coupons() -> String {
    let with_op = insert_before(
        &shop_text(),
        "  /orders:",
        r#"  /products/{product_id}/coupons:
    get:
      operationId: listProductCoupons
      tags: [Products]
      parameters:
        - name: product_id
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: Coupons of a product.
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Coupon'}
"#,
    );
    insert_before(
        &with_op,
        "    Category:",
        r#"    Coupon:
      type: object
      required: [id]
      properties:
        id: {type: string}
        percent_off: {type: integer}
"#,
    )
}

fn gen_in_memory(spec: &Path) -> apitap::Generated {
    apitap::generate(
        spec,
        &apitap::Options {
            name: Some("shop".into()),
            ..Default::default()
        },
    )
    .unwrap()
}

#[test]
fn adding_an_operation_and_a_schema_only_adds_their_lines() {
    let (_a, old_spec) = spec_file("shop.yaml", &shop_text());
    let (_b, new_spec) = spec_file("shop.yaml", &shop_with_coupons());
    let old = gen_in_memory(&old_spec);
    let new = gen_in_memory(&new_spec);

    // Files only ever appear (a new test of the operation, a module for the new type).
    let gone: Vec<_> = old
        .files
        .keys()
        .filter(|k| !new.files.contains_key(*k))
        .collect();
    assert!(gone.is_empty(), "files disappeared: {gone:?}");
    let added: Vec<_> = new
        .files
        .keys()
        .filter(|k| !old.files.contains_key(*k))
        .collect();
    assert_eq!(added, vec!["src/types/coupon.rs"], "new files");
    assert!(new.files["src/types/coupon.rs"].contains("pub struct Coupon"));

    // The new items' names, as they appear in the generated files.
    let names = [
        "coupon",
        "Coupon",
        "list_product_coupons",
        "ListProductCoupons",
        "listProductCoupons",
        "/coupons",
    ];
    let mut changed = BTreeSet::new();
    for (path, before) in &old.files {
        let after = &new.files[path];
        if before == after {
            continue;
        }
        changed.insert(path.as_str());
        let diff = similar::TextDiff::from_lines(before.as_str(), after.as_str());
        let mut removed = Vec::new();
        let mut inserted = String::new();
        for change in diff.iter_all_changes() {
            match change.tag() {
                similar::ChangeTag::Delete => removed.push(change.value().to_string()),
                similar::ChangeTag::Insert => inserted.push_str(change.value()),
                similar::ChangeTag::Equal => {}
            }
        }
        // Existing lines stay as they were; the only exceptions are the spec's hash and the
        // README's counts of operations, types and tests, which must change.
        for line in &removed {
            let expected = match path.as_str() {
                "apitap.lock" => line.starts_with("spec_sha256 = "),
                "README.md" => line.chars().any(|c| c.is_ascii_digit()),
                _ => false,
            };
            assert!(
                expected,
                "{path}: line changed or removed: {line:?}\n{}",
                diff.unified_diff()
            );
        }
        // What is added mentions the new operation or schema (README and lock aside).
        if !matches!(path.as_str(), "README.md" | "apitap.lock") {
            assert!(
                names.iter().any(|n| inserted.contains(n)),
                "{path}: lines added that belong to neither the new operation nor the new schema:\n{inserted}"
            );
        }
    }
    // The operation lands in its tag's module, client, README, tests and surface; the schema
    // in the type index. Nothing else moves.
    let expected: BTreeSet<&str> = [
        "README.md",
        "apitap.lock",
        "apitap.surface.json",
        "src/client.rs",
        "src/operations/products.rs",
        "src/types/mod.rs",
        "tests/suite/op_products.rs",
    ]
    .into_iter()
    .collect();
    let unexpected: Vec<_> = changed.difference(&expected).collect();
    assert!(
        unexpected.is_empty(),
        "files changed that should not have: {unexpected:?} (changed: {changed:?})"
    );
}

#[test]
fn names_do_not_depend_on_where_items_sit_in_the_spec() {
    // The same schema and operation appended at the end instead of the middle: same output.
    let middle = shop_with_coupons();
    let (_a, a) = spec_file("shop.yaml", &middle);
    let moved = {
        let base = shop_text();
        let op_start = middle.find("  /products/{product_id}/coupons:").unwrap();
        let op_end = middle.find("\n  /orders:").unwrap() + 1;
        let op = &middle[op_start..op_end];
        let with_op = insert_before(&base, "components:", op);
        let schema_start = middle.find("    Coupon:").unwrap();
        let schema_end = middle.find("\n    Category:").unwrap() + 1;
        format!("{with_op}{}", &middle[schema_start..schema_end])
    };
    assert!(
        moved.trim_end().ends_with("percent_off: {type: integer}"),
        "{}",
        &moved[moved.len() - 300..]
    );
    let (_b, b) = spec_file("shop.yaml", &moved);
    let (x, y) = (gen_in_memory(&a), gen_in_memory(&b));
    // The lock holds the spec's hash; the README lists operations in the spec's order.
    let differ: Vec<&String> = x
        .files
        .iter()
        .filter(|(p, c)| &y.files[*p] != *c && !matches!(p.as_str(), "apitap.lock" | "README.md"))
        .map(|(p, _)| p)
        .collect();
    assert!(
        differ.is_empty(),
        "files depend on the position of the new items: {differ:?}"
    );
}

fn generate_into(spec: &Path, out: &Path) -> apitap::Generated {
    apitap::generate_to(
        spec,
        out,
        &apitap::Options {
            name: Some("shop".into()),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("generation failed: {e}"))
}

#[test]
fn regenerating_in_place_keeps_user_files_and_moves_the_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("shop");
    let (_a, old_spec) = spec_file("shop.yaml", &shop_with_coupons());
    let first = generate_into(&old_spec, &out);
    assert_eq!(first.release.version.to_string(), "0.1.0");
    assert!(first.release.previous_version.is_none());

    // The user's files, and one stray file in a generated folder.
    let custom = "//! mine\npub fn helper() -> u32 { 42 }\n";
    std::fs::write(out.join("src/custom/mod.rs"), custom).unwrap();
    std::fs::create_dir_all(out.join("tests/custom")).unwrap();
    std::fs::write(out.join("tests/custom/main.rs"), "#[test] fn mine() {}\n").unwrap();
    std::fs::write(out.join("apitap.toml"), "name = \"shop\"\n").unwrap();
    std::fs::write(out.join("Cargo.lock"), "# lock\n").unwrap();
    std::fs::write(out.join("src/types/leftover.rs"), "// not generated\n").unwrap();

    // The vendor drops the coupons operation and schema.
    let (_b, new_spec) = spec_file("shop.yaml", &shop_text());
    let second = generate_into(&new_spec, &out);

    assert_eq!(
        std::fs::read_to_string(out.join("src/custom/mod.rs")).unwrap(),
        custom
    );
    assert!(out.join("tests/custom/main.rs").exists());
    assert!(out.join("apitap.toml").exists());
    assert!(
        out.join("Cargo.lock").exists(),
        "files outside src/ and tests/ are left alone"
    );
    assert!(
        !out.join("src/types/coupon.rs").exists(),
        "no longer generated"
    );
    assert!(
        out.join("src/types/leftover.rs").exists(),
        "a file apitap never wrote is never removed"
    );
    for (path, content) in &second.files {
        let on_disk = std::fs::read_to_string(out.join(path)).unwrap();
        if path != "src/custom/mod.rs" {
            assert!(&on_disk == content, "{path} not regenerated");
        }
    }

    // Removing an operation is breaking: 0.1.0 -> 0.2.0, and the changelog says why.
    assert_eq!(second.release.version.to_string(), "0.2.0");
    let cargo = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(cargo.contains("version = \"0.2.0\""), "{cargo}");
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).unwrap();
    let (new_entry, old_entry) = (
        changelog.find("## 0.2.0").unwrap(),
        changelog.find("## 0.1.0").unwrap(),
    );
    assert!(new_entry < old_entry, "{changelog}");
    assert!(
        changelog.contains("### Breaking changes\n\n- operation list_product_coupons: removed (GET /products/{product_id}/coupons)"),
        "{changelog}"
    );
    assert!(changelog.contains("- type Coupon: removed"), "{changelog}");

    // Regenerating from the same spec changes nothing, not even the version.
    let third = generate_into(&new_spec, &out);
    assert_eq!(third.release.version.to_string(), "0.2.0");
    assert!(third.release.report.changes.is_empty());
    assert_eq!(
        std::fs::read_to_string(out.join("CHANGELOG.md")).unwrap(),
        changelog
    );

    // Adding it back is an addition: 0.2.0 -> 0.2.1 under Cargo's rules before 1.0.
    let fourth = generate_into(&old_spec, &out);
    assert_eq!(fourth.release.version.to_string(), "0.2.1");
    assert!(out.join("src/types/coupon.rs").exists());
}

#[test]
fn a_directory_apitap_did_not_generate_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let (_a, spec) = spec_file("shop.yaml", &shop_text());
    let err = apitap::generate_to(&spec, dir.path(), &apitap::Options::default()).unwrap_err();
    assert!(err.to_string().contains("not generated by apitap"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn check_reports_drift_and_passes_on_a_current_crate() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("crate");
    let spec = dir.path().join("shop.yaml");
    std::fs::write(&spec, shop_text()).unwrap();
    generate_into(&spec, &out);
    let report = apitap::check(&out, None).unwrap();
    assert!(report.is_current(), "{report:?}");

    // A hand edit and a deleted file are reported; files apitap did not write are not its business.
    std::fs::write(out.join("src/client.rs"), "// edited\n").unwrap();
    std::fs::remove_file(out.join("README.md")).unwrap();
    std::fs::write(out.join("src/stray.rs"), "").unwrap();
    std::fs::write(out.join("src/custom/mine.rs"), "").unwrap();
    let report = apitap::check(&out, None).unwrap();
    assert_eq!(report.changed, vec!["src/client.rs"]);
    assert_eq!(report.missing, vec!["README.md"]);
    assert!(report.stale.is_empty(), "{report:?}");

    // A file the lock lists that the generator no longer writes is stale.
    let lock = std::fs::read_to_string(out.join("apitap.lock")).unwrap();
    let listed = lock.replace(
        "generated = [\n",
        "generated = [\n    \"src/types/gone.rs\",\n",
    );
    std::fs::write(out.join("apitap.lock"), listed).unwrap();
    std::fs::write(out.join("src/types/gone.rs"), "").unwrap();
    let report = apitap::check(&out, None).unwrap();
    assert_eq!(report.stale, vec!["src/types/gone.rs"]);

    // A lock that points outside the crate is refused, never acted on.
    let outside = lock.replace(
        "generated = [\n",
        "generated = [\n    \"../outside.txt\",\n",
    );
    std::fs::write(out.join("apitap.lock"), outside).unwrap();
    let err = apitap::check(&out, None).unwrap_err();
    assert!(
        err.to_string()
            .contains("not a relative path inside the crate"),
        "{err}"
    );
    std::fs::write(out.join("apitap.lock"), &lock).unwrap();

    // A newer spec: the crate is out of date, and the check says what regeneration brings.
    generate_into(&spec, &out);
    std::fs::write(&spec, shop_with_coupons()).unwrap();
    let report = apitap::check(&out, None).unwrap();
    assert!(!report.is_current());
    assert!(
        report.changed.contains(&"Cargo.toml".to_string()),
        "{report:?}"
    );
    let release = report.release.expect("a release");
    assert_eq!(release.version.to_string(), "0.1.1");
    assert!(out.join("src/custom/mine.rs").exists());
}

#[test]
fn committed_examples_are_current() {
    let root = repo_root();
    // The list of examples lives in the script that writes them.
    let script = std::fs::read_to_string(root.join("scripts/regenerate-examples")).unwrap();
    let examples: Vec<&str> = script
        .lines()
        .filter_map(|l| l.strip_prefix("gen "))
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert!(examples.len() >= 5, "{examples:?}");
    for name in examples {
        let dir = root.join("generated-examples").join(name);
        let report = apitap::check(&dir, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(report.is_current(), "generated-examples/{name} is not what the generator produces now: run scripts/regenerate-examples\n{report:?}");
    }
}

const PINS_V1: &str = r#"openapi: 3.0.3
info: {title: Pins, version: "1"}
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
components:
  schemas:
    Order:
      type: object
      properties:
        shipping:
          type: object
          properties:
            city: {type: string}
"#;

/// V1 plus a component schema whose name collides with V1's inline `Order.shipping` type.
fn pins_v2() -> String {
    format!("{PINS_V1}    OrderShipping:\n      type: object\n      properties:\n        carrier: {{type: string}}\n")
}

fn schema_of(g: &apitap::Generated, type_name: &str) -> String {
    let surface: serde_json::Value = serde_json::from_str(&g.files["apitap.surface.json"]).unwrap();
    surface["types"][type_name]["schema"]
        .as_str()
        .unwrap_or("(none)")
        .to_string()
}

#[test]
fn regeneration_keeps_names_a_new_schema_would_take() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pins");
    let (_a, v1) = spec_file("pins.yaml", PINS_V1);
    let first = generate_into(&v1, &out);
    assert_eq!(
        schema_of(&first, "OrderShipping"),
        "pins.yaml#/components/schemas/Order/properties/shipping"
    );

    // Generated afresh, the new component schema takes the name first.
    let (_b, v2) = spec_file("pins.yaml", &pins_v2());
    let fresh = gen_in_memory(&v2);
    assert_eq!(
        schema_of(&fresh, "OrderShipping"),
        "pins.yaml#/components/schemas/OrderShipping"
    );

    // Regenerated in place, the existing type keeps its name and the newcomer gets the suffix.
    let second = generate_into(&v2, &out);
    assert_eq!(
        schema_of(&second, "OrderShipping"),
        "pins.yaml#/components/schemas/Order/properties/shipping"
    );
    assert_eq!(
        schema_of(&second, "OrderShipping2"),
        "pins.yaml#/components/schemas/OrderShipping"
    );
    let changes: Vec<String> = second
        .release
        .report
        .changes
        .iter()
        .map(|c| format!("{}: {}", c.subject, c.change))
        .collect();
    assert_eq!(
        changes,
        vec![
            "type OrderShipping2: added (struct from pins.yaml#/components/schemas/OrderShipping)"
        ]
    );
    assert_eq!(second.release.version.to_string(), "0.1.1");
    assert!(apitap::check(&out, None).unwrap().is_current());
}

#[test]
fn release_config_sets_the_first_version_and_the_bump_policy() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("shop");
    let config = dir.path().join("apitap.toml");
    let (_a, spec) = spec_file("shop.yaml", &shop_text());
    let (_b, bigger) = spec_file("shop.yaml", &shop_with_coupons());
    let generate = |spec: &Path| {
        apitap::generate_to(
            spec,
            &out,
            &apitap::Options {
                name: Some("shop".into()),
                config: Some(config.clone()),
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{e}"))
    };

    std::fs::write(&config, "[release]\ninitial_version = \"1.0.0\"\n").unwrap();
    assert_eq!(generate(&spec).release.version.to_string(), "1.0.0");
    // From 1.0 on, an addition bumps the minor part.
    assert_eq!(generate(&bigger).release.version.to_string(), "1.1.0");
    // `none` keeps the version, and the changelog still says what changed.
    std::fs::write(&config, "[release]\nbump = \"none\"\n").unwrap();
    let kept = generate(&spec);
    assert_eq!(kept.release.version.to_string(), "1.1.0");
    assert!(kept.files["CHANGELOG.md"].contains("operation list_product_coupons: removed"));
    // A typo in the policy is an error naming the file.
    std::fs::write(&config, "[release]\nbump = \"sometimes\"\n").unwrap();
    let err = apitap::generate_to(
        &spec,
        &out,
        &apitap::Options {
            config: Some(config.clone()),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("apitap.toml") && err.to_string().contains("sometimes"),
        "{err}"
    );
}
