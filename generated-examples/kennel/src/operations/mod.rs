//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "owners")]
mod owners;
#[cfg(feature = "owners")]
pub use owners::*;
#[cfg(feature = "pets")]
mod pets;
#[cfg(feature = "pets")]
pub use pets::*;
