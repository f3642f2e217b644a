//! Diagnostics: the errors that stop generation and the warnings that do not.
//!
//! Every message names where in the input it comes from (file and JSON pointer, or line),
//! so a user can open the spec and find the construct.

use std::fmt;
use std::path::PathBuf;

/// A fatal problem with the input or the output directory.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read file: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: invalid {format}: {message}")]
    Syntax {
        path: PathBuf,
        format: &'static str,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: not an OpenAPI document: {message}")]
    NotOpenApi { path: PathBuf, message: String },
    #[error("{location}: {message}")]
    Spec { location: String, message: String },
    #[error("{location}: dangling $ref `{reference}`: {message}")]
    DanglingRef {
        location: String,
        reference: String,
        message: String,
    },
    #[error("{location}: reference cycle that cannot be typed: {chain}")]
    RefCycle { location: String, chain: String },
    #[error("{path}: invalid config: {message}")]
    Config { path: PathBuf, message: String },
    #[error("--strict: {count} warning(s) treated as errors; first: {first}")]
    Strict { count: usize, first: String },
    #[error("{path}: cannot write output: {source}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("OUT_DIR is not set: Generator::build_rs runs in a build script (Generator::embed_into writes anywhere)")]
    NoOutDir,
    #[error("internal error while emitting {what}: {message}")]
    Emit { what: String, message: String },
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

/// Something the generator handled by falling back (usually to `serde_json::Value`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// `file#/json/pointer` of the construct.
    pub location: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
