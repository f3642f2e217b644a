//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use constraints::types::*;
}
mod common;
mod op_accounts;
mod retry;
mod examples;
