//! Request builders, one per operation, grouped by tag (each group a cargo feature).
mod accounts;
pub use accounts::*;
