//! The direct type printer (`emit::type_text`) against prettyplease: every struct and string
//! enum it prints must equal, byte for byte, what prettyplease prints for the same type's
//! tokens. Run on the project's specs and on every vendor spec in ../shared/specs.

mod common;
use std::path::{Path, PathBuf};

fn compare(spec: &Path) -> (usize, usize) {
    let report = apitap::compare_type_printers(spec, &apitap::Options::default())
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()));
    if let Some((name, direct, formatted)) = report.mismatches.first() {
        let diff = similar::TextDiff::from_lines(formatted, direct)
            .unified_diff()
            .header("prettyplease", "direct")
            .to_string();
        panic!(
            "{}: {} of {} directly printed types differ from prettyplease; first: {name}\n{diff}",
            spec.display(),
            report.mismatches.len(),
            report.direct
        );
    }
    (report.direct, report.via_tokens)
}

#[test]
fn direct_type_text_equals_prettyplease_on_project_specs() {
    let specs = common::repo_root().join("specs");
    let (mut direct, mut via_tokens) = (0, 0);
    for spec in [
        "shop.yaml",
        "auth.yaml",
        "paged.yaml",
        "records.yaml",
        "legacy.json",
        "multi-file/openapi.yaml",
    ] {
        let (d, t) = compare(&specs.join(spec));
        direct += d;
        via_tokens += t;
    }
    // Most types take the direct path; the test would prove nothing otherwise.
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
}

#[test]
fn direct_type_text_equals_prettyplease_on_vendor_specs() {
    let root = common::repo_root().join("../shared/specs");
    let Ok(manifest) = std::fs::read_to_string(root.join("MANIFEST.md")) else {
        eprintln!("../shared/specs is not beside the project; skipping the vendor specs");
        return;
    };
    // Entry files: the second column of the manifest's table, in backticks.
    let entries: Vec<PathBuf> = manifest
        .lines()
        .filter(|l| l.starts_with("| ") && l.matches('`').count() >= 2)
        .filter_map(|l| l.split('|').nth(2))
        .map(|c| root.join(c.trim().trim_matches('`')))
        .filter(|p| p.is_file())
        .collect();
    assert!(entries.len() >= 17, "found {} vendor specs", entries.len());
    let (mut direct, mut via_tokens) = (0, 0);
    for spec in &entries {
        let (d, t) = compare(spec);
        direct += d;
        via_tokens += t;
    }
    eprintln!("vendor specs: {direct} types printed directly, {via_tokens} through tokens");
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
}
