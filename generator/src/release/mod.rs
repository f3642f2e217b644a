//! Release: what changed since the crate was last generated, and what that means for its
//! version and changelog.
//!
//! Runs between analysis and emission. The previous generation is read from the crate on disk
//! ([`Previous`]): its version (Cargo.toml), its public surface (`apitap.surface.json`) and its
//! CHANGELOG.md. The new surface is [`surface::extract`]ed from the IR, [`diff::diff`]ed
//! against the old one, and [`plan`] decides the new version and changelog.

pub mod diff;
pub mod surface;
pub mod version;

use crate::diag::{Error, Result};
use std::path::{Path, PathBuf};

pub use diff::{Level, Report};
pub use surface::Surface;
pub use version::ReleaseConfig;

/// What the last generation left in the crate directory.
#[derive(Debug, Clone)]
pub struct Previous {
    pub version: semver::Version,
    /// Absent in crates generated before apitap recorded surfaces.
    pub surface: Option<Surface>,
    pub changelog: Option<String>,
    /// `generator` and `spec_sha256` of `apitap.lock`.
    pub generator: String,
    pub spec_sha256: String,
    /// Files the last generation wrote (`[files] generated` of `apitap.lock`).
    pub files: Vec<String>,
    /// `[options]` of `apitap.lock`, for `apitap check`.
    pub options: toml::Table,
    /// `spec` of `apitap.lock`: the spec's path relative to the crate.
    pub spec: String,
}

fn read_text(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(Error::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn bad(path: &Path, message: impl Into<String>) -> Error {
    Error::Config {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

impl Previous {
    /// The previous generation in `dir`; `None` when `dir` holds no apitap crate.
    pub fn read(dir: &Path) -> Result<Option<Previous>> {
        let lock_path = dir.join("apitap.lock");
        let Some(lock) = read_text(&lock_path)? else {
            return Ok(None);
        };
        let lock: toml::Table = toml::from_str(&lock)
            .map_err(|e| bad(&lock_path, e.to_string().trim().replace('\n', " ")))?;
        let text = |key: &str| {
            lock.get(key)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let files = match lock.get("files").and_then(|f| f.get("generated")) {
            None => Vec::new(),
            Some(list) => list
                .as_array()
                .and_then(|a| {
                    a.iter()
                        .map(|v| v.as_str().map(String::from))
                        .collect::<Option<Vec<_>>>()
                })
                .ok_or_else(|| bad(&lock_path, "`files.generated`: expected an array of paths"))?,
        };
        // Only plain relative paths inside the crate: an edited lock must not reach outside.
        if let Some(f) = files.iter().find(|f| {
            f.is_empty()
                || !Path::new(f)
                    .components()
                    .all(|c| matches!(c, std::path::Component::Normal(_)))
        }) {
            return Err(bad(
                &lock_path,
                format!("`files.generated`: {f:?} is not a relative path inside the crate"),
            ));
        }
        let cargo_path = dir.join("Cargo.toml");
        let cargo = read_text(&cargo_path)?.ok_or_else(|| {
            bad(
                &cargo_path,
                "missing: the crate has apitap.lock but no Cargo.toml",
            )
        })?;
        let cargo: toml::Table = toml::from_str(&cargo)
            .map_err(|e| bad(&cargo_path, e.to_string().trim().replace('\n', " ")))?;
        let version = cargo
            .get("package")
            .and_then(|p| p.get("version"))
            .and_then(|v| v.as_str())
            .ok_or_else(|| bad(&cargo_path, "`package.version`: expected a version string"))?;
        let version = version::parse(version)
            .map_err(|m| bad(&cargo_path, format!("`package.version`: {m}")))?;
        let surface_path = dir.join(surface::FILE);
        let surface = match read_text(&surface_path)? {
            None => None,
            Some(text) => Some(serde_json::from_str(&text).map_err(|e| {
                bad(
                    &surface_path,
                    format!("line {}, column {}: {e}", e.line(), e.column()),
                )
            })?),
        };
        Ok(Some(Previous {
            version,
            surface,
            changelog: read_text(&dir.join("CHANGELOG.md"))?,
            generator: text("generator"),
            spec_sha256: text("spec_sha256"),
            files,
            options: lock
                .get("options")
                .and_then(|o| o.as_table())
                .cloned()
                .unwrap_or_default(),
            spec: text("spec"),
        }))
    }
}

/// The version and changelog of the crate about to be written.
#[derive(Debug, Clone)]
pub struct Release {
    /// The version of the crate this generation replaces, if any.
    pub previous_version: Option<semver::Version>,
    /// The new version.
    pub version: semver::Version,
    /// `CHANGELOG.md` as written.
    pub changelog: String,
    /// Changes since the previous generation (empty for a new crate).
    pub report: Report,
}

/// Decide the new version and changelog from the previous generation and the new surface.
pub fn plan(
    previous: Option<&Previous>,
    surface: &Surface,
    config: &ReleaseConfig,
    spec_sha256: &str,
    generator: &str,
) -> std::result::Result<Release, crate::analyze::ConfigError> {
    let api = match &surface.api_version {
        Some(v) => format!("{} {v}", surface.title),
        None => surface.title.clone(),
    };
    let Some(prev) = previous else {
        let version = version::parse(&config.initial_version)
            .map_err(|m| crate::analyze::ConfigError::new("[release] initial_version", m))?;
        return Ok(Release {
            previous_version: None,
            changelog: version::initial_changelog(&version, &api),
            version,
            report: Report::default(),
        });
    };
    let report = match &prev.surface {
        Some(old) => diff::diff(old, surface),
        None => Report::default(),
    };
    // What the recorded surface cannot show is assumed to matter: another apitap version may
    // change the generated code's shape (derives, attributes, modules) beyond the surface, and
    // without a previous surface nothing is known.
    let mut level = report.level();
    let mut why = String::new();
    let changed = prev.spec_sha256 != spec_sha256 || prev.generator != generator;
    if prev.surface.is_none() && changed {
        level = Some(Level::Breaking);
        why = "The previous generation recorded no API surface, so changes cannot be classified; treated as breaking.".into();
    } else if prev.generator != generator {
        level = level.max(Some(Level::Addition));
        why = format!(
            "Generated by {generator} (was {}): see its release notes for changes to the generated code.",
            prev.generator
        );
    } else if level.is_none() && changed {
        level = Some(Level::Patch);
        why = "The spec changed; the crate's API did not.".into();
    }
    let version = version::next(&prev.version, level, config.bump);
    let changelog = match (level, &prev.changelog) {
        (None, Some(old)) => old.clone(),
        (None, None) => version::initial_changelog(&version, &api),
        (Some(_), old) => {
            let old = old
                .clone()
                .unwrap_or_else(|| version::initial_changelog(&prev.version, &api));
            version::prepend_entry(&old, &version, &api, &why, &report)
        }
    };
    Ok(Release {
        previous_version: Some(prev.version.clone()),
        version,
        changelog,
        report,
    })
}

/// `target` as a path relative to the directory `from`, both taken from the current
/// directory, with `/` separators (for files that record where things are).
pub fn relative_to(target: &Path, from: &Path) -> String {
    // Symlinks resolved where the path exists (the OS resolves `..` physically when the path
    // is used later); a path not created yet is resolved through its nearest existing parent.
    fn abs(p: &Path) -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        let p = normalize(&p);
        if let Ok(real) = std::fs::canonicalize(&p) {
            return real;
        }
        match (p.parent(), p.file_name()) {
            (Some(parent), Some(name)) => abs(parent).join(name),
            _ => p,
        }
    }
    let (t, f) = (abs(target), abs(from));
    let tc: Vec<_> = t.components().collect();
    let fc: Vec<_> = f.components().collect();
    let common = tc.iter().zip(&fc).take_while(|(a, b)| a == b).count();
    let mut rel = PathBuf::new();
    for _ in common..fc.len() {
        rel.push("..");
    }
    for c in &tc[common..] {
        rel.push(c);
    }
    rel.to_string_lossy().replace('\\', "/")
}

/// `p` with `.` and `..` resolved lexically.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
