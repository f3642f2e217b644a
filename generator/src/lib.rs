//! apitap: generate typed Rust connector crates from OpenAPI documents.
//!
//! [`Generator`] is the front door: a spec from a file or from memory, the options of
//! `apitap generate`, then the files in memory, a crate written to a directory, or code for a
//! build script. [`explain`] gives the decisions with their reasons, [`check`] compares a
//! committed crate with what would be generated, [`diff`] says what changes for users.
//!
//! Inside, the pipeline runs one way: load (files, `$ref`s, version differences) → IR (types
//! and operations) → analysis (names, recursion, pagination, tables, streams: decisions with
//! reasons) → plan (the IR and its analysis joined, one plan per item) → emission (files, from
//! the plan only) → write.

#![deny(missing_docs)]

pub(crate) mod analyze;
mod builder;
mod check;
pub(crate) mod config;
mod diag;
pub(crate) mod emit;
mod explanation;
pub(crate) mod ir;
pub(crate) mod load;
pub(crate) mod plan;
pub(crate) mod release;
#[cfg(test)]
mod tests;
pub(crate) mod write;

// The integration tests' helpers name the crate `apitap`; the unit tests reuse them.
#[cfg(test)]
extern crate self as apitap;

pub use analyze::pagination::{explain_table, ExplainRow, Kind, PageParam, PageParamIn, Plan};
pub use builder::{Embedded, Generator, SpecSource};
pub use check::{check, diff, CheckReport};
pub use diag::{Error, Result, Warning, WarningCode};
pub use explanation::{explain, Explanation, SharedType};
pub use release::diff::{Change, Level, Report};
pub use release::Release;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Generation options (what `apitap generate` takes on the command line).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Crate name; defaults to the config's `name`, then the spec's title.
    pub name: Option<String>,
    /// Make warnings errors.
    pub strict: bool,
    /// Where the generated crate gets `apitap-runtime` from.
    pub runtime: Runtime,
    /// `apitap.toml`.
    pub config: Option<PathBuf>,
    /// Filled from `config` by [`generate`], recorded in `apitap.lock` (leave it unset).
    #[doc(hidden)]
    pub config_sha256: Option<String>,
    /// Vendor sample objects (`{"resources": {"<x-resourceId>": {...}}}`) to round-trip in the
    /// generated suite, like the spec's examples.
    pub fixtures: Option<PathBuf>,
    /// Read from `fixtures` by [`generate`] (leave it empty).
    #[doc(hidden)]
    pub fixture_objects: Vec<(String, serde_json::Value)>,
    /// Where the crate is written: `apitap.lock` records the spec's, config's and fixtures'
    /// paths relative to it. Set by [`generate_to`] and [`check`] (leave it unset).
    #[doc(hidden)]
    pub crate_dir: Option<PathBuf>,
    /// The crate's previous generation, whose version and changelog this one continues.
    /// Read from `crate_dir` by [`generate_to`] and [`check`] (leave it unset).
    #[doc(hidden)]
    pub previous: Option<release::Previous>,
    /// Generate code to be included into another crate's root by its build script (see
    /// [`Generator::build_rs`]): every operation group compiled, without cargo features.
    pub embedded: bool,
}

/// Where a generated crate depends on `apitap-runtime` from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Runtime {
    /// crates.io, the version of this apitap (`apitap-runtime = "0.1.0"`).
    #[default]
    Registry,
    /// A local checkout: the runtime's directory, relative to the generated crate.
    Path(String),
    /// A git repository holding the runtime (this project's), at `rev` (a commit or a tag:
    /// Cargo's `rev`) or at its default branch.
    Git {
        /// The repository's URL.
        url: String,
        /// The commit or tag; `None` for the default branch.
        rev: Option<String>,
    },
}

impl Runtime {
    /// The runtime checked out at `runtime_dir`, for a crate generated into `crate_dir`
    /// (the path is recorded relative to the crate).
    pub fn local(runtime_dir: &Path, crate_dir: &Path) -> Runtime {
        Runtime::Path(release::relative_to(runtime_dir, crate_dir))
    }
}

/// What one generation produced.
#[derive(Debug)]
pub struct Generated {
    /// The crate's name (as given, or made valid from the spec's title).
    pub crate_name: String,
    /// Every file of the crate: path relative to the crate's root → content.
    pub files: std::collections::BTreeMap<String, String>,
    /// The crate's new version and what changed since its previous generation.
    pub release: release::Release,
    /// The counts printed after generation.
    pub summary: Summary,
    /// What was degraded or guessed, each with where in the spec.
    pub warnings: Vec<Warning>,
    /// Every value the generated tests synthesize, with its schema (for validation).
    pub samples: Vec<SampleValue>,
    /// Every file the generation read: the spec's files (not a spec held in memory), the
    /// files its `$ref`s name that could not be read, the config and the fixtures. A build
    /// script reruns when one of them changes (or appears).
    pub inputs: Vec<PathBuf>,
}

/// A value the generated tests send or serve, and the schema it was made for: the schema
/// at `pointer` in `file`, or (a Swagger 2.0 parameter) `schema` itself.
#[derive(Debug, Clone)]
pub struct SampleValue {
    /// Which test uses it, and as what.
    pub what: String,
    /// The spec file holding the schema.
    pub file: PathBuf,
    /// The schema's JSON pointer in `file`.
    pub pointer: String,
    /// The schema itself, when it is not at `pointer` as written.
    pub schema: Option<serde_json::Value>,
    /// The value.
    pub value: serde_json::Value,
}

/// The counts of one generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Operations (client methods).
    pub operations: usize,
    /// Named types.
    pub types: usize,
    /// Of those, copies of another type that are aliases of it (`apitap explain` lists them).
    pub shared: usize,
    /// Warnings.
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
            "{} operations, {} types ({} copies of another, aliased), {} warnings ({} serde_json::Value fallbacks), {} tests ({} examples checked, {} invalid examples)",
            self.operations, self.types, self.shared, self.warnings, self.value_fallbacks, self.tests, self.examples_checked, self.examples_invalid
        )
    }
}

/// Set by the command line, which exits once a crate is written: the IR and the analysis are
/// then not freed (tens of milliseconds of a core on the largest specs), since the
/// operating system reclaims them at exit. A library caller keeps the default.
static EXITS_AFTER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// For a program that exits after one generation (the `apitap` command): the IR and the
/// analysis are left for the operating system to reclaim instead of being freed.
#[doc(hidden)]
pub fn exits_after_generating() {
    EXITS_AFTER.store(true, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the pipeline knows before emitting: the IR, its analysis and every warning.
pub(crate) struct Analyzed {
    pub api: ir::Api,
    pub analysis: analyze::Analysis,
    pub warnings: Vec<Warning>,
    pub spec_sha256: String,
    /// `opts` with the config's hash filled in.
    pub options: Options,
    /// `[release]` of the config.
    pub release_config: release::ReleaseConfig,
    /// Paths of the spec's files, by `FileId`.
    pub spec_files: Vec<PathBuf>,
    /// Files the spec refers to that could not be read.
    pub unreadable_files: Vec<PathBuf>,
}

/// Load, build and analyze a spec.
pub(crate) fn analyze_spec(spec: &Path, opts: &Options) -> Result<Analyzed> {
    analyze_source(&SpecSource::Path(spec.to_path_buf()), opts)
}

/// [`analyze_spec`] for a spec from any [`SpecSource`].
pub(crate) fn analyze_source(spec: &SpecSource, opts: &Options) -> Result<Analyzed> {
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
    let mut source = spec.load()?;
    let doc = load::Document::new(&source)?;
    let mut api = ir::build(&doc)?;
    let config_error = |message: String| Error::Config {
        path: opts
            .config
            .clone()
            .unwrap_or_else(|| PathBuf::from("apitap.toml")),
        message,
    };
    ir::unknown_fields::keep_unknown(&mut api.types, &config.types)
        .map_err(|e| config_error(e.to_string()))?;
    if config.types.merge_identical {
        api.types.merged = ir::identical::merge(&mut api);
    }
    let mut warnings = source.warnings.clone();
    warnings.extend(api.warnings.iter().cloned());
    let (raw_name, name_from) = match (&opts.name, &config.name) {
        (Some(name), _) => (name.clone(), "--name".to_string()),
        (None, Some(name)) => (name.clone(), "apitap.toml: name".to_string()),
        (None, None) => (
            api.title.clone(),
            format!("{}#/info/title", source.files[0].display),
        ),
    };
    let (crate_name, renamed) = analyze::naming::crate_name(&raw_name);
    if let Some(message) = renamed {
        warnings.push(Warning {
            code: WarningCode::CrateName,
            location: name_from,
            message,
        });
    }
    let pins = opts
        .previous
        .as_ref()
        .and_then(|p| p.surface.as_ref())
        .map(release::surface::pins)
        .unwrap_or_default();
    let analysis = analyze::analyze(
        &api,
        &crate_name,
        &config.pagination,
        &config.tables,
        &config.sync,
        &pins,
        &mut warnings,
    )
    .map_err(|e| config_error(e.to_string()))?;
    let mut analysis = analysis;
    analysis.notify = config.notify.clone();
    if opts.embedded {
        analysis.embedded = true;
        analysis.features = analyze::features::Features::default();
    }
    warnings.sort();
    warnings.dedup();
    let spec_sha256 = std::mem::take(&mut source.root_sha256);
    let spec_files = source.files.iter().map(|f| f.path.clone()).collect();
    let unreadable_files = std::mem::take(&mut source.unreadable);
    // The parsed spec is no longer needed: another thread of the pool frees it (milliseconds
    // on large specs) while this one goes on.
    rayon::spawn(move || drop(source));
    Ok(Analyzed {
        api,
        analysis,
        warnings,
        spec_sha256,
        options: opts,
        release_config: config.release,
        spec_files,
        unreadable_files,
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
    generate_source(&SpecSource::Path(spec.to_path_buf()), opts)
}

/// [`generate`] for a spec from any [`SpecSource`].
pub fn generate_source(source: &SpecSource, opts: &Options) -> Result<Generated> {
    let spec = source.path();
    let Analyzed {
        api,
        analysis,
        warnings,
        spec_sha256,
        options,
        release_config,
        spec_files,
        unreadable_files,
    } = analyze_source(source, opts)?;
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
    let relative = |p: &Path| match &options.crate_dir {
        Some(dir) => release::relative_to(p, dir),
        None => p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let generator = format!("apitap {}", env!("CARGO_PKG_VERSION"));
    // The crate's surface and release plan do not depend on the code: work them out while
    // the code is emitted.
    let plan = plan::CratePlan::new(&api, &analysis);
    let (code, (surface_json, release)) = rayon::join(
        || emit::code(&plan, &options),
        || {
            let surface = release::surface::extract(&api, &analysis);
            let release = release::plan(
                options.previous.as_ref(),
                &surface,
                &release_config,
                &spec_sha256,
                &generator,
            );
            (surface.to_json(), release)
        },
    );
    let release = release.map_err(|e| Error::Config {
        path: options
            .config
            .clone()
            .unwrap_or_else(|| PathBuf::from("apitap.toml")),
        message: e.to_string(),
    })?;
    let provenance = emit::Provenance {
        spec_file: &spec_file,
        spec_path: &relative(spec),
        spec_sha256: &spec_sha256,
        config_path: options.config.as_deref().map(relative),
        fixtures_path: options.fixtures.as_deref().map(relative),
        release: &release,
    };
    let (files, suite) = emit::finish(code?, &plan, &options, &provenance, surface_json)?;
    drop(plan);
    let summary = Summary::of(&api, &warnings, &suite);
    // Freeing the IR and the analysis takes milliseconds on large specs; let another thread
    // of the pool do it while the caller writes the files (nothing waits for it; dropping
    // plain data cannot panic). The command line exits right after: it leaves them to the
    // operating system.
    let crate_name = analysis.crate_name.clone();
    if EXITS_AFTER.load(std::sync::atomic::Ordering::Relaxed) {
        std::mem::forget((api, analysis));
    } else {
        rayon::spawn(move || drop((api, analysis)));
    }
    let mut inputs: Vec<PathBuf> = spec_files
        .iter()
        .skip(usize::from(!matches!(source, SpecSource::Path(_))))
        .cloned()
        .collect();
    inputs.extend(unreadable_files);
    inputs.extend(options.config.iter().cloned());
    inputs.extend(options.fixtures.iter().cloned());
    let samples = SampleValue::all(suite.samples, &spec_files);
    Ok(Generated {
        crate_name,
        files,
        release,
        summary,
        warnings,
        samples,
        inputs,
    })
}

impl Summary {
    /// The counts of a generation.
    fn of(api: &ir::Api, warnings: &[Warning], suite: &emit::SuiteReport) -> Summary {
        Summary {
            operations: api.operations.len(),
            types: api.types.defs.len(),
            shared: api.types.merged.len(),
            warnings: warnings.len(),
            value_fallbacks: warnings
                .iter()
                .filter(|w| w.code == WarningCode::ValueFallback)
                .count(),
            tests: suite.total(),
            examples_checked: suite.examples_checked,
            examples_invalid: suite.invalid_examples.len(),
        }
    }
}

impl SampleValue {
    /// The test suite's synthesized values, each with the spec file and schema it was made for.
    fn all(samples: Vec<emit::Sample>, spec_files: &[PathBuf]) -> Vec<SampleValue> {
        samples
            .into_iter()
            .map(|s| SampleValue {
                what: s.what,
                file: spec_files[s.schema.loc.file.0].clone(),
                pointer: s.schema.loc.pointer,
                schema: s.schema.synthesized,
                value: s.value,
            })
            .collect()
    }
}

/// [`generate`], then write the crate to `out`: a new crate all or nothing, an existing one
/// regenerated in place (see [`write`]), continuing its version and changelog.
pub fn generate_to(spec: &Path, out: &Path, opts: &Options) -> Result<Generated> {
    generate_source_to(&SpecSource::Path(spec.to_path_buf()), out, opts)
}

/// [`generate_to`] for a spec from any [`SpecSource`].
pub fn generate_source_to(spec: &SpecSource, out: &Path, opts: &Options) -> Result<Generated> {
    let previous = write::existing_crate(out)?;
    let opts = Options {
        crate_dir: Some(out.to_path_buf()),
        previous,
        ..opts.clone()
    };
    let generated = generate_source(spec, &opts)?;
    write::write(out, &generated.files, opts.previous.as_ref())?;
    Ok(generated)
}
