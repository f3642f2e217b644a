//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use legacy_notes::types::*;
}
mod common;
#[cfg(feature = "attachments")]
mod op_attachments;
#[cfg(feature = "auth")]
mod op_auth;
#[cfg(feature = "notes")]
mod op_notes;
#[cfg(feature = "notes")]
mod retry;
mod examples;
