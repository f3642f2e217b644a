//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use broken::types::*;
}
mod common;
#[cfg(feature = "cycles")]
mod op_cycles;
#[cfg(feature = "gadgets")]
mod op_gadgets;
#[cfg(feature = "half")]
mod op_half;
#[cfg(feature = "widgets")]
mod op_widgets;
#[cfg(feature = "widgets")]
mod retry;
mod examples;
