//! Request builders, one per operation, grouped by tag.
mod attachments;
pub use attachments::*;
mod auth;
pub use auth::*;
mod notes;
pub use notes::*;
