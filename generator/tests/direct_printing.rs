//! The direct printers against prettyplease: every type definition printed by
//! `emit::type_text`, and the `TABLES` static, must equal byte for byte what prettyplease
//! prints for the same tokens. Run on the project's specs and every vendor spec in
//! ../shared/specs.

mod common;
use std::path::{Path, PathBuf};

fn compare(spec: &Path) -> (usize, usize, bool) {
    let report = apitap::compare_printers(spec, &apitap::Options::default())
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
    (report.direct, report.via_tokens, report.tables_direct)
}

#[test]
fn direct_printing_equals_prettyplease_on_project_specs() {
    let specs = common::repo_root().join("specs");
    let (mut direct, mut via_tokens, mut tables) = (0, 0, 0);
    for spec in [
        "shop.yaml",
        "auth.yaml",
        "paged.yaml",
        "records.yaml",
        "legacy.json",
        "multi-file/openapi.yaml",
    ] {
        let (d, t, s) = compare(&specs.join(spec));
        direct += d;
        via_tokens += t;
        tables += usize::from(s);
    }
    // Most types and tables take the direct path; the test would prove nothing otherwise.
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
    assert!(tables >= 4, "TABLES printed directly for {tables} specs");
}

#[test]
fn direct_printing_equals_prettyplease_on_vendor_specs() {
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
    let (mut direct, mut via_tokens, mut tables) = (0, 0, 0);
    for spec in &entries {
        let (d, t, s) = compare(spec);
        direct += d;
        via_tokens += t;
        tables += usize::from(s);
    }
    eprintln!(
        "vendor specs: {direct} types printed directly, {via_tokens} through tokens; \
         TABLES printed directly for {tables} of {} specs",
        entries.len()
    );
    assert!(
        direct > 3 * via_tokens,
        "{direct} direct, {via_tokens} via tokens"
    );
    // Five vendor specs have no record with an id, hence no tables.
    assert!(tables >= 12, "TABLES printed directly for {tables} specs");
}
