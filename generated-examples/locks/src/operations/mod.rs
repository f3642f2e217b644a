//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "both")]
mod both;
#[cfg(feature = "both")]
pub use both::*;
#[cfg(feature = "cookie_key")]
mod cookie_key;
#[cfg(feature = "cookie_key")]
pub use cookie_key::*;
#[cfg(feature = "oidc")]
mod oidc;
#[cfg(feature = "oidc")]
pub use oidc::*;
#[cfg(feature = "optional")]
mod optional;
#[cfg(feature = "optional")]
pub use optional::*;
#[cfg(feature = "query_key")]
mod query_key;
#[cfg(feature = "query_key")]
pub use query_key::*;
#[cfg(feature = "refresh")]
mod refresh;
#[cfg(feature = "refresh")]
pub use refresh::*;
