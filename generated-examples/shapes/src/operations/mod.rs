//! Request builders, one per operation, grouped by tag (each group a cargo feature).
mod shapes;
pub use shapes::*;
