//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "customers")]
mod customers;
#[cfg(feature = "customers")]
pub use customers::*;
#[cfg(feature = "events")]
mod events;
#[cfg(feature = "events")]
pub use events::*;
#[cfg(feature = "products")]
mod products;
#[cfg(feature = "products")]
pub use products::*;
#[cfg(feature = "reports")]
mod reports;
#[cfg(feature = "reports")]
pub use reports::*;
