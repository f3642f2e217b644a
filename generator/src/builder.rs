//! The library's front door: [`Generator`], a builder over every option of
//! `apitap generate`, with the spec read from a file or held in memory, and the use from a
//! build script ([`Generator::build_rs`]).

use crate::diag::{Error, Result};
use crate::{Generated, Options, Runtime};
use std::path::{Path, PathBuf};

/// Where a spec is read from.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SpecSource {
    /// A file (JSON or YAML), with the files its `$ref`s reach.
    Path(PathBuf),
    /// The text of a spec held in memory. `path` names it in messages, chooses JSON or YAML
    /// by its extension (else by the content), and is where relative `$ref`s to other
    /// files are resolved from; it need not exist.
    Text {
        /// The name the spec goes by (for example `openapi.yaml`).
        path: PathBuf,
        /// The spec itself.
        text: String,
    },
    /// A spec already parsed, as JSON. `path` is used as for [`SpecSource::Text`].
    Document {
        /// The name the spec goes by.
        path: PathBuf,
        /// The spec itself.
        document: serde_json::Value,
    },
}

impl SpecSource {
    /// The spec's path, or the name given to a spec held in memory.
    pub fn path(&self) -> &Path {
        match self {
            SpecSource::Path(path)
            | SpecSource::Text { path, .. }
            | SpecSource::Document { path, .. } => path,
        }
    }

    pub(crate) fn load(&self) -> Result<crate::load::Source> {
        match self {
            SpecSource::Path(path) => crate::load::Source::load(path),
            SpecSource::Text { path, text } => {
                crate::load::Source::from_bytes(path, text.as_bytes().to_vec())
            }
            SpecSource::Document { path, document } => {
                // The lock file's hash is taken over the document's compact JSON.
                let bytes = serde_json::to_vec(document).map_err(|e| Error::Config {
                    path: path.clone(),
                    message: format!("the document cannot be written as JSON: {e}"),
                })?;
                crate::load::Source::from_value(path, document.clone(), crate::sha256_hex(&bytes))
            }
        }
    }
}

/// Generates a connector crate: the library form of `apitap generate`.
///
/// ```no_run
/// let generated = apitap::Generator::from_path("specs/shop.yaml")
///     .name("shop")
///     .write_to("connectors/shop".as_ref())?;
/// println!("{}", generated.summary);
/// # Ok::<(), apitap::Error>(())
/// ```
///
/// From a build script, [`Generator::build_rs`] writes the code into `OUT_DIR` for an
/// `include!` at the crate root.
#[derive(Debug, Clone)]
pub struct Generator {
    spec: SpecSource,
    options: Options,
}

impl Generator {
    /// A spec in a file.
    pub fn from_path(path: impl Into<PathBuf>) -> Generator {
        Generator::from_source(SpecSource::Path(path.into()))
    }

    /// A spec held in memory as text; `path` is the name it goes by (see
    /// [`SpecSource::Text`]).
    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Generator {
        Generator::from_source(SpecSource::Text {
            path: path.into(),
            text: text.into(),
        })
    }

    /// A spec already parsed; `path` is the name it goes by.
    pub fn from_document(path: impl Into<PathBuf>, document: serde_json::Value) -> Generator {
        Generator::from_source(SpecSource::Document {
            path: path.into(),
            document,
        })
    }

    /// A spec from any [`SpecSource`].
    pub fn from_source(spec: SpecSource) -> Generator {
        Generator {
            spec,
            options: Options::default(),
        }
    }

    /// The crate's name (`--name`); by default the config's `name`, then the spec's title.
    pub fn name(mut self, name: impl Into<String>) -> Generator {
        self.options.name = Some(name.into());
        self
    }

    /// `apitap.toml` with per-spec options (`--config`).
    pub fn config(mut self, path: impl Into<PathBuf>) -> Generator {
        self.options.config = Some(path.into());
        self
    }

    /// Make every warning an error (`--strict`).
    pub fn strict(mut self, strict: bool) -> Generator {
        self.options.strict = strict;
        self
    }

    /// Vendor sample objects keyed by `x-resourceId`, round-tripped by the generated tests
    /// (`--fixtures`).
    pub fn fixtures(mut self, path: impl Into<PathBuf>) -> Generator {
        self.options.fixtures = Some(path.into());
        self
    }

    /// Where the generated crate gets `apitap-runtime` from (`--runtime-path`,
    /// `--runtime-git`/`--runtime-rev`; crates.io by default).
    pub fn runtime(mut self, runtime: Runtime) -> Generator {
        self.options.runtime = runtime;
        self
    }

    /// The options as they stand.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The crate's files, in memory.
    pub fn generate(&self) -> Result<Generated> {
        crate::generate_source(&self.spec, &self.options)
    }

    /// Generate the crate into `dir`: a new crate all or nothing, an existing one
    /// regenerated in place, keeping its hand-written files and continuing its version and
    /// changelog (what `apitap generate -o DIR` does).
    pub fn write_to(&self, dir: &Path) -> Result<Generated> {
        crate::generate_source_to(&self.spec, dir, &self.options)
    }

    /// For a build script: write the crate's code into `$OUT_DIR/apitap/<name>/` and tell
    /// Cargo to rerun the script when a file the generation read changes. The crate that
    /// runs the script includes the code at its root:
    ///
    /// ```ignore
    /// include!(concat!(env!("OUT_DIR"), "/apitap/shop/src/lib.rs"));
    /// ```
    ///
    /// and depends on what the generated code uses: `apitap-runtime`, `serde` (with
    /// `derive`) and `serde_json`. Every operation group is compiled (there are no cargo
    /// features to choose them); the `sync` command, which needs a `cli` feature with
    /// `tokio`, `futures` and the runtime's sinks, is left out unless the including crate
    /// declares one (its run log then names the including crate's version). Each warning of
    /// the generation is shown by Cargo (`cargo::warning`).
    pub fn build_rs(&self) -> Result<Embedded> {
        let out_dir = std::env::var_os("OUT_DIR").ok_or(Error::NoOutDir)?;
        let embedded = self.embed_into(&PathBuf::from(out_dir).join("apitap"))?;
        for input in &embedded.generated.inputs {
            println!("cargo::rerun-if-changed={}", input.display());
        }
        const SHOWN: usize = 50;
        let warnings = &embedded.generated.warnings;
        for w in warnings.iter().take(SHOWN) {
            println!("cargo::warning={}", w.to_string().replace('\n', " "));
        }
        if warnings.len() > SHOWN {
            println!(
                "cargo::warning=... and {} more warnings from apitap",
                warnings.len() - SHOWN
            );
        }
        // The `cfg(feature = ...)` values the code tests besides the including crate's own.
        println!("cargo::rustc-check-cfg=cfg(feature, values(\"cli\"))");
        Ok(embedded)
    }

    /// [`Generator::build_rs`] without Cargo: write the code for inclusion into
    /// `dir/<name>/`, replacing what a previous call wrote there.
    pub fn embed_into(&self, dir: &Path) -> Result<Embedded> {
        let options = Options {
            embedded: true,
            ..self.options.clone()
        };
        let generated = crate::generate_source(&self.spec, &options)?;
        let name = generated.crate_name.clone();
        let root = dir.join(&name);
        let io = |path: &Path, source: std::io::Error| Error::Write {
            path: path.to_path_buf(),
            source,
        };
        if root.exists() {
            std::fs::remove_dir_all(&root).map_err(|e| io(&root, e))?;
        }
        for (path, content) in &generated.files {
            // The code and the lock (`sync` reads it); not the project, tests or binary.
            let wanted = (path.starts_with("src/") && !path.starts_with("src/bin/"))
                || path == "apitap.lock";
            if !wanted {
                continue;
            }
            let target = root.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
            }
            std::fs::write(&target, content).map_err(|e| io(&target, e))?;
        }
        Ok(Embedded {
            lib_rs: root.join("src/lib.rs"),
            generated,
        })
    }
}

/// What [`Generator::build_rs`] wrote.
#[derive(Debug)]
pub struct Embedded {
    /// The file to `include!` at the crate root.
    pub lib_rs: PathBuf,
    /// The generation itself: files, warnings, summary.
    pub generated: Generated,
}
