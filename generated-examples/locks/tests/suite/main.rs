//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use locks::types::*;
}
mod common;
#[cfg(feature = "both")]
mod op_both;
#[cfg(feature = "cookie_key")]
mod op_cookie_key;
#[cfg(feature = "oidc")]
mod op_oidc;
#[cfg(feature = "optional")]
mod op_optional;
#[cfg(feature = "query_key")]
mod op_query_key;
#[cfg(feature = "refresh")]
mod op_refresh;
#[cfg(feature = "query_key")]
mod retry;
mod examples;
