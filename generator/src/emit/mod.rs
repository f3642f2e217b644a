//! Emit: turn the IR and its analysis into the files of the generated crate.
//!
//! Rust is built as tokens (`quote!`) and formatted once per file (`rust::format_file`);
//! other files come from the handlebars templates. Emitters read only the IR and the
//! analysis, never the spec.

mod access;
mod client;
mod operations;
mod pagination;
mod project;
pub mod rust;
mod sync;
mod tables;
pub mod tests;
mod types;

use crate::analyze::Analysis;
use crate::diag::Result;
use crate::ir::Api;
use crate::Options;
use std::collections::BTreeMap;

/// All files of the crate, keyed by path relative to its root.
pub type Files = BTreeMap<String, String>;

pub fn emit(
    api: &Api,
    an: &Analysis,
    opts: &Options,
    spec_file: &str,
    spec_sha256: &str,
) -> Result<(Files, tests::SuiteReport)> {
    let mut files = Files::new();
    files.extend(types::emit(api, an)?);
    files.extend(operations::emit(api, an)?);
    files.extend(client::emit(api, an)?);
    files.extend(tables::emit(api, an)?);
    files.extend(sync::emit(api, an)?);
    let (test_files, report) = tests::emit(api, an, &opts.fixture_objects)?;
    files.extend(test_files);
    files.extend(project::emit(
        api,
        an,
        opts,
        spec_file,
        spec_sha256,
        &report,
    )?);
    Ok((files, report))
}
