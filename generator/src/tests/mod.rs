//! Tests of analysis decisions whose types are internal to the crate (the integration tests
//! under `tests/` see only the public API).

#[path = "../../tests/common/mod.rs"]
mod common;
mod direct_printing;
mod emit_layers;
mod samples_valid;
mod streams;
