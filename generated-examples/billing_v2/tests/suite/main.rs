//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use billing_v2::types::*;
}
mod common;
#[cfg(feature = "charges")]
mod op_charges;
#[cfg(feature = "customers")]
mod op_customers;
#[cfg(feature = "plans")]
mod op_plans;
#[cfg(feature = "charges")]
mod retry;
mod examples;
