//! The generated crates do not change by accident: a digest of every file generated for each
//! project spec and each spec of ../shared/specs is pinned in `output-digests.txt`.
//!
//! A refactoring must leave every digest as it is. A deliberate change to the output updates
//! them (`APITAP_UPDATE_DIGESTS=1 cargo test -p apitap --test output_digest`), and the commit
//! says why; `scripts/output-compare OLD_BINARY` shows the files that changed.

mod common;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const PINNED: &str = "tests/output-digests.txt";

/// The project specs, with the options `scripts/regenerate-examples` gives them.
const PROJECT: &[(&str, &str, Option<&str>)] = &[
    ("shop.yaml", "shop", None),
    ("legacy.json", "legacy_notes", None),
    ("multi-file/openapi.yaml", "kennel", None),
    ("paged.yaml", "paged", None),
    ("auth.yaml", "locks", None),
    ("records.yaml", "orders", None),
    ("broken.yaml", "broken", None),
    ("shapes.yaml", "shapes", None),
    ("constraints.yaml", "constraints", None),
    ("ledger.yaml", "ledger", Some("ledger.toml")),
    ("billing.yaml", "billing", Some("billing.toml")),
    ("billing-v2.yaml", "billing_v2", Some("billing.toml")),
];

/// The digest of a generated crate: its file count and the SHA-256 of every path and content,
/// in path order.
fn digest(spec: &Path, name: &str, config: Option<PathBuf>) -> String {
    let mut opts = apitap::Options {
        name: Some(name.to_string()),
        runtime: apitap::Runtime::Path("../runtime".into()),
        config,
        ..Default::default()
    };
    if name == "corpus_stripe" {
        opts.fixtures = Some(spec.with_file_name("fixtures3.json"));
    }
    let generated = apitap::generate(spec, &opts)
        .unwrap_or_else(|e| panic!("{}: generation failed: {e}", spec.display()));
    let files: BTreeMap<&String, &String> = generated.files.iter().collect();
    let mut hash = Sha256::new();
    for (path, content) in &files {
        hash.update(path.as_bytes());
        hash.update([0]);
        hash.update(content.as_bytes());
        hash.update([0]);
    }
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("{} files {hex}", files.len())
}

/// `name → digest` for every spec at hand (vendor specs only when ../shared is present).
fn current() -> BTreeMap<String, String> {
    let root = common::repo_root().join("specs");
    let mut out = BTreeMap::new();
    for (spec, name, config) in PROJECT {
        let config = config.map(|c| root.join(c));
        out.insert(name.to_string(), digest(&root.join(spec), name, config));
    }
    for spec in common::vendor_specs().unwrap_or_default() {
        let dir = spec
            .strip_prefix(common::repo_root().join("../shared/specs"))
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| c.as_os_str().to_string_lossy().replace(['-', '.'], "_"))
            .unwrap_or_default();
        let name = format!("corpus_{dir}");
        out.insert(name.clone(), digest(&spec, &name, None));
    }
    out
}

fn pinned() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(PINNED))
        .unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn generated_output_equals_the_pinned_digests() {
    let now = current();
    if std::env::var_os("APITAP_UPDATE_DIGESTS").is_some() {
        let mut text = String::from(
            "# Digests of the generated crates (tests/output_digest.rs). Update only for a\n\
             # deliberate change to the output, named in the commit.\n",
        );
        // Vendor specs absent here keep their pinned digest.
        let mut all = pinned();
        all.extend(now.clone());
        for (name, d) in &all {
            text.push_str(&format!("{name} {d}\n"));
        }
        std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(PINNED), text).unwrap();
        return;
    }
    let pinned = pinned();
    let mut changed = Vec::new();
    for (name, d) in &now {
        match pinned.get(name) {
            Some(p) if p == d => {}
            Some(p) => changed.push(format!("{name}: pinned {p}, now {d}")),
            None => changed.push(format!("{name}: not pinned (now {d})")),
        }
    }
    // A pinned crate that is no longer generated (a spec renamed or gone from the manifest).
    let vendors_present = common::vendor_specs().is_some();
    for name in pinned.keys() {
        if !now.contains_key(name) && (vendors_present || !name.starts_with("corpus_")) {
            changed.push(format!("{name}: pinned but no longer generated"));
        }
    }
    assert!(
        changed.is_empty(),
        "the generated output changed for {} spec(s):\n  {}\n\
         If the change is deliberate, run APITAP_UPDATE_DIGESTS=1 cargo test -p apitap --test \
         output_digest and name it in the commit; scripts/output-compare OLD_BINARY lists the files.",
        changed.len(),
        changed.join("\n  ")
    );
    assert!(now.len() >= PROJECT.len());
}
