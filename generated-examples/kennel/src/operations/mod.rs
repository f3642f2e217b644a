//! Request builders, one per operation, grouped by tag.
mod owners;
pub use owners::*;
mod pets;
pub use pets::*;
