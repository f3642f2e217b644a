//! Generation on the project's own specs: snapshots, determinism, and the committed examples.

mod common;
use common::*;

fn shop() -> std::path::PathBuf {
    repo_root().join("specs/shop.yaml")
}

#[test]
fn output_is_deterministic() {
    let a = generate(&shop());
    let b = generate(&shop());
    assert_eq!(a.files, b.files);
}

#[test]
fn lock_file_records_inputs() {
    let g = generate(&shop());
    let lock = &g.files["apitap.lock"];
    assert!(
        lock.contains(&format!(
            "generator = \"apitap {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{lock}"
    );
    assert!(lock.contains("spec = \"shop.yaml\""), "{lock}");
    let sha = lock.lines().find(|l| l.starts_with("spec_sha256")).unwrap();
    assert_eq!(sha.len(), "spec_sha256 = \"\"".len() + 64, "{sha}");
    // Only inputs, no timestamps: exactly these keys.
    let keys: Vec<&str> = lock
        .lines()
        .filter(|l| l.contains(" = "))
        .map(|l| l.split(" = ").next().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "generator",
            "spec",
            "spec_sha256",
            "name",
            "strict",
            "runtime_version",
            "generated"
        ],
        "{lock}"
    );
}

/// Every file generated from specs/shop.yaml, under snapshot review.
#[test]
fn shop_snapshots() {
    let g = generate(&shop());
    for (path, content) in &g.files {
        let name = format!("shop__{}", path.replace('/', "__"));
        insta::assert_snapshot!(name, content);
    }
}

#[test]
fn kennel_snapshots() {
    let g = generate(&repo_root().join("specs/multi-file/openapi.yaml"));
    for path in [
        "src/types/pet.rs",
        "src/types/problem.rs",
        "src/client.rs",
        "src/operations/pets.rs",
    ] {
        let name = format!("kennel__{}", path.replace('/', "__"));
        insta::assert_snapshot!(name, &g.files[path]);
    }
}

#[test]
fn legacy_swagger2_snapshots() {
    let g = generate(&repo_root().join("specs/legacy.json"));
    for path in [
        "src/types/note.rs",
        "src/types/login.rs",
        "src/operations/notes.rs",
        "src/operations/attachments.rs",
        "src/client.rs",
    ] {
        let name = format!("legacy__{}", path.replace('/', "__"));
        insta::assert_snapshot!(name, &g.files[path]);
    }
}
