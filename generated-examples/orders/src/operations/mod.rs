//! Request builders, one per operation, grouped by tag (each group a cargo feature).
mod orders;
pub use orders::*;
