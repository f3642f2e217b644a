//! End-to-end tests of generated connectors live in `tests/`; this crate has no code.
