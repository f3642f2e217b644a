//! Emit: print the plan as the files of the generated crate.
//!
//! Emitters read only the [`CratePlan`] (never the spec, the IR or the analysis on their
//! own) and none imports another; shared printing lives in `rust`, `access` and `report`.
//! Structs, string enums, untagged unions, aliases, newtypes, the `TABLES` static, the
//! operations and their request and error tests are printed as text, in prettyplease's
//! shapes; other Rust is built as tokens (`quote!`) and formatted by prettyplease
//! (`rust::format_file`); the project files come from the handlebars templates.

pub(crate) mod access;
mod client;
mod operations;
mod project;
mod report;
pub use report::{Sample, SuiteReport};
pub mod rust;
mod sync;
pub(crate) mod tables;
pub mod tests;
mod types;

use crate::diag::Result;
use crate::plan::CratePlan;
use crate::Options;
use std::collections::BTreeMap;

/// All files of the crate, keyed by path relative to its root.
pub type Files = BTreeMap<String, String>;

/// Written with its starting content only when absent; the user owns it from then on.
pub const CUSTOM_SEED: &str = "src/custom/mod.rs";

/// Paths the user owns in a generated crate: regeneration never writes or removes them
/// (except creating [`CUSTOM_SEED`] once).
pub fn user_owned(path: &str) -> bool {
    path.starts_with("src/custom/")
        || path.starts_with("tests/custom/")
        || matches!(path, "src/custom.rs" | "tests/custom.rs" | "apitap.toml")
}

/// Paths the generator owns even when it did not write them: files there that it no longer
/// produces are removed on regeneration.
pub fn generator_owned(path: &str) -> bool {
    !user_owned(path) && (path.starts_with("src/") || path.starts_with("tests/"))
}

/// Every item printed as text (types of the kinds `types::text` prints, the `TABLES` static,
/// each operation's items and its request and error tests), by name: for the test that holds
/// them to be prettyplease's output.
#[cfg(test)]
pub fn printed_as_text(plan: &CratePlan) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for ty in &plan.types {
        if let Some(text) = types::text_of(plan, ty)? {
            out.push((ty.name.to_string(), text));
        }
    }
    out.push(("TABLES".into(), tables::static_text(plan)?));
    out.extend(operations::printed_as_text(plan)?);
    out.extend(tests::printed_as_text(plan)?);
    Ok(out)
}

/// Where the crate comes from and which release it is: recorded in its project files.
pub struct Provenance<'a> {
    /// File name of the spec.
    pub spec_file: &'a str,
    /// The spec's path relative to the crate (or its file name when the crate's place is unknown).
    pub spec_path: &'a str,
    pub spec_sha256: &'a str,
    /// Paths of `--config` and `--fixtures` relative to the crate.
    pub config_path: Option<String>,
    pub fixtures_path: Option<String>,
    pub release: &'a crate::release::Release,
}

/// The crate's code: every Rust file, with the test suite's report, and the project templates
/// compiled (the project files need the release, worked out meanwhile: see [`finish`]).
pub struct Code {
    files: Files,
    report: report::SuiteReport,
    templates: project::Templates,
}

pub fn code(plan: &CratePlan, opts: &Options) -> Result<Code> {
    // The stages are independent: run them side by side, each also spreading its files over
    // the cores. `sync` formats one large file on one core: it starts first, the others
    // fill the second core meanwhile.
    let (sync, (((types, operations), (client, tables)), (tests, templates))) = rayon::join(
        || sync::emit(plan),
        || {
            rayon::join(
                || {
                    rayon::join(
                        || rayon::join(|| types::emit(plan), || operations::emit(plan)),
                        || rayon::join(|| client::emit(plan), || tables::emit(plan)),
                    )
                },
                || {
                    rayon::join(
                        || tests::emit(plan, &opts.fixture_objects),
                        project::Templates::compile,
                    )
                },
            )
        },
    );
    let (test_files, report) = tests?;
    let mut files = Files::new();
    for stage in [types?, operations?, client?, tables?, sync?, test_files] {
        files.extend(stage);
    }
    Ok(Code {
        files,
        report,
        templates: templates?,
    })
}

/// All files of the crate: the code, and the project files (Cargo.toml, README, lock, ...).
pub fn finish(
    code: Code,
    plan: &CratePlan,
    opts: &Options,
    provenance: &Provenance,
    surface_json: String,
) -> Result<(Files, report::SuiteReport)> {
    let Code {
        mut files,
        report,
        templates,
    } = code;
    files.extend(project::emit(
        plan,
        opts,
        provenance,
        &report,
        &templates,
        surface_json,
    )?);
    project::list_files_in_lock(&mut files);
    Ok((files, report))
}
