//! Request builders, one per operation, grouped by tag.
mod files;
pub use files::*;
mod orders;
pub use orders::*;
mod products;
pub use products::*;
mod untagged;
pub use untagged::*;
