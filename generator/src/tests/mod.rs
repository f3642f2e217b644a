//! Tests of analysis decisions whose types are internal to the crate (the integration tests
//! under `tests/` see only the public API).

mod columns_reachable;
#[path = "../../tests/common/mod.rs"]
mod common;
mod emit_layers;
mod identical;
mod printing;
mod request_samples;
mod samples_valid;
mod stream_settings;
mod streams;
