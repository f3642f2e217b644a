//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use legacy_notes::types::*;
}
mod common;
mod op_attachments;
mod op_auth;
mod op_notes;
mod retry;
mod examples;
