//! Request builders, one per operation, grouped by tag.
mod untagged;
pub use untagged::*;
