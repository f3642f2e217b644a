//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "charges")]
mod charges;
#[cfg(feature = "charges")]
pub use charges::*;
#[cfg(feature = "customers")]
mod customers;
#[cfg(feature = "customers")]
pub use customers::*;
#[cfg(feature = "plans")]
mod plans;
#[cfg(feature = "plans")]
pub use plans::*;
