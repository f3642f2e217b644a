//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use shop::types::*;
}
mod common;
#[cfg(feature = "files")]
mod op_files;
#[cfg(feature = "health")]
mod op_health;
#[cfg(feature = "orders")]
mod op_orders;
#[cfg(feature = "products")]
mod op_products;
#[cfg(feature = "products")]
mod retry;
mod examples;
