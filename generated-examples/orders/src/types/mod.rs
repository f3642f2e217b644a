//! Types generated from the spec's schemas.
mod customer;
pub use customer::*;
mod list_orders;
pub use list_orders::*;
mod list_returns;
pub use list_returns::*;
mod order;
pub use order::*;
