//! apitap: generate typed Rust connector crates from OpenAPI documents.
//!
//! The pipeline runs one way: [`load`] (files, `$ref`s, version differences) → [`ir`] (types
//! and operations) → [`analyze`] (names, recursion) → [`emit`] (files) → [`write`].
//! [`generate`] runs it in memory; [`generate_to`] also writes the crate.

pub mod analyze;
pub mod config;
pub mod diag;
pub mod emit;
pub mod ir;
pub mod load;
pub mod write;

pub use analyze::pagination::{explain_table, ExplainRow};
use diag::{Error, Result, Warning};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Generation options (what `apitap generate` takes on the command line).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Crate name; defaults to the config's `name`, then the spec's title.
    pub name: Option<String>,
    /// Make warnings errors.
    pub strict: bool,
    /// Depend on `apitap-runtime` at this path (relative to the generated crate) instead of by version.
    pub runtime_path: Option<String>,
    /// `apitap.toml`.
    pub config: Option<PathBuf>,
    /// Filled from `config` by [`generate`], recorded in `apitap.lock`.
    pub config_sha256: Option<String>,
    /// Vendor sample objects (`{"resources": {"<x-resourceId>": {...}}}`) to round-trip in the
    /// generated suite, like the spec's examples.
    pub fixtures: Option<PathBuf>,
    /// Read from `fixtures` by [`generate`].
    pub fixture_objects: Vec<(String, serde_json::Value)>,
}

/// What one generation produced.
#[derive(Debug)]
pub struct Generated {
    pub files: emit::Files,
    pub summary: Summary,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub operations: usize,
    pub types: usize,
    pub warnings: usize,
    /// Schemas typed as `serde_json::Value` because they could not be typed.
    pub value_fallbacks: usize,
    /// Tests in the generated suite.
    pub tests: usize,
    /// Spec examples round-tripped by the suite.
    pub examples_checked: usize,
    /// Spec examples that do not fit their schema (listed in the generated README).
    pub examples_invalid: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} operations, {} types, {} warnings ({} serde_json::Value fallbacks), {} tests ({} examples checked, {} invalid examples)",
            self.operations, self.types, self.warnings, self.value_fallbacks, self.tests, self.examples_checked, self.examples_invalid
        )
    }
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the pipeline knows before emitting: the IR, its analysis and every warning.
pub struct Analyzed {
    pub api: ir::Api,
    pub analysis: analyze::Analysis,
    pub warnings: Vec<Warning>,
    pub spec_sha256: String,
    /// `opts` with the config's hash filled in.
    pub options: Options,
}

/// Load, build and analyze a spec.
pub fn analyze_spec(spec: &Path, opts: &Options) -> Result<Analyzed> {
    let mut opts = opts.clone();
    if let Some(path) = &opts.fixtures {
        opts.fixture_objects = read_fixtures(path)?;
    }
    let config = match &opts.config {
        Some(path) => {
            let (config, sha) = config::Config::load(path)?;
            opts.config_sha256 = Some(sha);
            config
        }
        None => config::Config::default(),
    };
    let source = load::Source::load(spec)?;
    let doc = load::Document::new(&source)?;
    let api = ir::build(&doc)?;
    let mut warnings = api.warnings.clone();
    let raw_name = opts
        .name
        .clone()
        .or(config.name.clone())
        .unwrap_or_else(|| api.title.clone());
    let crate_name = analyze::naming::snake(&raw_name)
        .trim_end_matches('_')
        .to_string();
    let analysis = analyze::analyze(
        &api,
        &crate_name,
        &config.pagination,
        &config.tables,
        &mut warnings,
    )
    .map_err(|message| Error::Config {
        path: opts
            .config
            .clone()
            .unwrap_or_else(|| PathBuf::from("apitap.toml")),
        message,
    })?;
    warnings.sort();
    warnings.dedup();
    Ok(Analyzed {
        api,
        analysis,
        warnings,
        spec_sha256: sha256_hex(&source.root_bytes),
        options: opts,
    })
}

fn read_fixtures(path: &Path) -> Result<Vec<(String, serde_json::Value)>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let all: serde_json::Value = serde_json::from_str(&text).map_err(|e| Error::Syntax {
        path: path.to_path_buf(),
        format: "JSON",
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let resources = all.get("resources").unwrap_or(&all);
    let map = resources.as_object().ok_or_else(|| Error::Config {
        path: path.to_path_buf(),
        message: "expected an object of sample objects keyed by x-resourceId (optionally under `resources`)".into(),
    })?;
    Ok(map.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
}

/// Load, build, analyze and emit, without touching the disk.
pub fn generate(spec: &Path, opts: &Options) -> Result<Generated> {
    let Analyzed {
        api,
        analysis,
        warnings,
        spec_sha256,
        options,
    } = analyze_spec(spec, opts)?;
    if options.strict && !warnings.is_empty() {
        return Err(Error::Strict {
            count: warnings.len(),
            first: warnings[0].to_string(),
        });
    }
    let spec_file = spec
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (files, suite) = emit::emit(&api, &analysis, &options, &spec_file, &spec_sha256)?;
    let summary = Summary {
        operations: api.operations.len(),
        types: api.types.defs.len(),
        warnings: warnings.len(),
        value_fallbacks: warnings
            .iter()
            .filter(|w| w.message.contains("serde_json::Value"))
            .count(),
        tests: suite.total(),
        examples_checked: suite.examples_checked,
        examples_invalid: suite.invalid_examples.len(),
    };
    Ok(Generated {
        files,
        summary,
        warnings,
    })
}

/// The pagination decision of every operation, for `apitap explain`.
pub fn explain(spec: &Path, opts: &Options) -> Result<(Vec<ExplainRow>, Vec<Warning>)> {
    let a = analyze_spec(spec, opts)?;
    Ok((
        analyze::pagination::explain_rows(&a.api, &a.analysis.pagination),
        a.warnings,
    ))
}

/// [`generate`], then write the crate to `out` (all or nothing).
pub fn generate_to(spec: &Path, out: &Path, opts: &Options) -> Result<Generated> {
    let generated = generate(spec, opts)?;
    write::write(out, &generated.files)?;
    Ok(generated)
}
