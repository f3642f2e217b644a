//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "attachments")]
mod attachments;
#[cfg(feature = "attachments")]
pub use attachments::*;
#[cfg(feature = "auth")]
mod auth;
#[cfg(feature = "auth")]
pub use auth::*;
#[cfg(feature = "notes")]
mod notes;
#[cfg(feature = "notes")]
pub use notes::*;
