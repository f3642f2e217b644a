//! Helpers shared by the generator's integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Write `content` to `name` inside a fresh temporary directory and return both.
pub fn spec_file(name: &str, content: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(&path, content).unwrap();
    (dir, path)
}

pub fn generate(path: &Path) -> apitap::Generated {
    apitap::generate(
        path,
        &apitap::Options {
            name: Some("t".into()),
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("generation failed: {e}"))
}

/// All Rust files of a generated crate, concatenated, for `contains` assertions.
pub fn all_rust(g: &apitap::Generated) -> String {
    g.files
        .iter()
        .filter(|(k, _)| k.ends_with(".rs"))
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The entry file of every spec listed in ../shared/specs/MANIFEST.md (the second column of
/// its tables, in backticks), or `None` when ../shared is not beside the project.
pub fn vendor_specs() -> Option<Vec<PathBuf>> {
    let shared = repo_root().join("../shared/specs");
    let manifest = std::fs::read_to_string(shared.join("MANIFEST.md")).ok()?;
    Some(
        manifest
            .lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let entry = cells.get(2)?.strip_prefix('`')?.strip_suffix('`')?;
                (cells
                    .get(1)?
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
                    && entry.contains('/'))
                .then(|| shared.join(entry))
            })
            .collect(),
    )
}

/// The project's own specs (the top-level files of `specs/`, sorted), then every vendor spec
/// of ../shared/specs when it is beside the project.
pub fn project_and_vendor_specs() -> Vec<PathBuf> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(repo_root().join("specs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    specs.extend(vendor_specs().unwrap_or_default());
    specs
}
