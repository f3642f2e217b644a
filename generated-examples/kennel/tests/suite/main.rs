//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use kennel::types::*;
}
mod common;
#[cfg(feature = "owners")]
mod op_owners;
#[cfg(feature = "pets")]
mod op_pets;
#[cfg(feature = "pets")]
mod retry;
mod examples;
