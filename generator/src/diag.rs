//! Diagnostics: the errors that stop generation and the warnings that do not.
//!
//! Every message names where in the input it comes from (file and JSON pointer, or line),
//! so a user can open the spec and find the construct.

use std::fmt;
use std::path::PathBuf;

/// A fatal problem with the input or the output directory.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: cannot read file: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid JSON or YAML.
    #[error("{path}:{line}:{column}: invalid {format}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// `JSON` or `YAML`.
        format: &'static str,
        /// Line of the error (1-based; 0 when unknown).
        line: usize,
        /// Column of the error (1-based; 0 when unknown).
        column: usize,
        /// What the parser expected and found.
        message: String,
    },
    /// The document is neither OpenAPI 3.x nor Swagger 2.0.
    #[error("{path}: not an OpenAPI document: {message}")]
    NotOpenApi {
        /// The file.
        path: PathBuf,
        /// What was expected and found.
        message: String,
    },
    /// A construct of the spec that cannot be used.
    #[error("{location}: {message}")]
    Spec {
        /// `file#/json/pointer` of the construct.
        location: String,
        /// What is wrong with it.
        message: String,
    },
    /// A `$ref` that points at nothing.
    #[error("{location}: dangling $ref `{reference}`: {message}")]
    DanglingRef {
        /// `file#/json/pointer` of the reference.
        location: String,
        /// The reference as written.
        reference: String,
        /// Why it dangles.
        message: String,
    },
    /// `$ref`s that lead back to themselves without a type between them.
    #[error("{location}: reference cycle that cannot be typed: {chain}")]
    RefCycle {
        /// Where the cycle was entered.
        location: String,
        /// The references of the cycle, in order.
        chain: String,
    },
    /// A mistake in `apitap.toml` (or the fixtures file).
    #[error("{path}: invalid config: {message}")]
    Config {
        /// The file.
        path: PathBuf,
        /// The key, what it holds and what would work.
        message: String,
    },
    /// `--strict` and the generation had warnings.
    #[error("--strict: {count} warning(s) treated as errors; first: {first}")]
    Strict {
        /// How many warnings.
        count: usize,
        /// The first, with its location.
        first: String,
    },
    /// A file of the output could not be written.
    #[error("{path}: cannot write output: {source}")]
    Write {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// [`crate::Generator::build_rs`] was called outside a build script.
    #[error("OUT_DIR is not set: Generator::build_rs runs in a build script (Generator::embed_into writes anywhere)")]
    NoOutDir,
    /// A bug of apitap: generated code that does not parse (please report it with the spec).
    #[error("internal error while emitting {what}: {message}")]
    Emit {
        /// The file being emitted.
        what: String,
        /// The parser's message.
        message: String,
    },
}

impl Error {
    /// Where the problem is, and what it is without the location: for a warning that
    /// degrades one part of the spec instead of stopping generation.
    pub fn split_location(&self) -> (String, String) {
        match self {
            Error::DanglingRef {
                location,
                reference,
                message,
            } => (
                location.clone(),
                format!("dangling $ref `{reference}` ({message})"),
            ),
            Error::RefCycle { location, chain } => (
                location.clone(),
                format!("reference cycle that cannot be typed: {chain}"),
            ),
            Error::Spec { location, message } => (location.clone(), message.clone()),
            other => (String::new(), other.to_string()),
        }
    }
}

/// What kind of thing a [`Warning`] reports: filter warnings by it, never by their text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WarningCode {
    /// A schema that could not be typed is `serde_json::Value`.
    ValueFallback,
    /// A broken part of the spec (a dangling `$ref`, a parameter without a name, a file that
    /// cannot be read) is left out or generalized.
    Degraded,
    /// A construct apitap does not support is ignored or read as the nearest it supports.
    Unsupported,
    /// Pagination evidence that was not enough, or was ambiguous, or a declared plan that
    /// does not fit.
    Pagination,
    /// A `[sync]` setting adjusted to what the API allows.
    Sync,
    /// The crate name was made valid for Cargo and Rust.
    CrateName,
}

/// Something the generator handled by falling back (usually to `serde_json::Value`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// `file#/json/pointer` of the construct.
    pub location: String,
    /// What was done instead.
    pub message: String,
    /// What kind of thing it reports (last: warnings sort by location, then message).
    pub code: WarningCode,
}

impl Warning {
    /// A warning of kind `code` about the construct at `location`.
    pub fn new(code: WarningCode, location: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            code,
            location: location.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// The result of the library's functions.
pub type Result<T, E = Error> = std::result::Result<T, E>;
