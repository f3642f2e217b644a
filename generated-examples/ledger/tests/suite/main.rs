//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use ledger::types::*;
}
mod common;
#[cfg(feature = "customers")]
mod op_customers;
#[cfg(feature = "events")]
mod op_events;
#[cfg(feature = "products")]
mod op_products;
#[cfg(feature = "reports")]
mod op_reports;
#[cfg(feature = "customers")]
mod retry;
mod examples;
