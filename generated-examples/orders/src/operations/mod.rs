//! Request builders, one per operation, grouped by tag.
mod orders;
pub use orders::*;
