//! Types generated from the spec's schemas.
mod status;
pub use status::*;
