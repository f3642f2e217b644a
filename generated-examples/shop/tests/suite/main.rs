//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use shop::types::*;
}
mod common;
mod op_files;
mod op_orders;
mod op_products;
mod op_untagged;
mod retry;
mod examples;
