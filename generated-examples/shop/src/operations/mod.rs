//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "files")]
mod files;
#[cfg(feature = "files")]
pub use files::*;
#[cfg(feature = "health")]
mod health;
#[cfg(feature = "health")]
pub use health::*;
#[cfg(feature = "orders")]
mod orders;
#[cfg(feature = "orders")]
pub use orders::*;
#[cfg(feature = "products")]
mod products;
#[cfg(feature = "products")]
pub use products::*;
