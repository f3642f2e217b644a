//! Types generated from the spec's schemas.
#[cfg(feature = "charges")]
mod charge;
#[cfg(feature = "charges")]
pub use charge::*;
#[cfg(feature = "customers")]
mod customer;
#[cfg(feature = "customers")]
pub use customer::*;
#[cfg(feature = "charges")]
mod list_charges;
#[cfg(feature = "charges")]
pub use list_charges::*;
#[cfg(feature = "customers")]
mod list_customers;
#[cfg(feature = "customers")]
pub use list_customers::*;
#[cfg(feature = "plans")]
mod list_plans;
#[cfg(feature = "plans")]
pub use list_plans::*;
#[cfg(feature = "plans")]
mod plan;
#[cfg(feature = "plans")]
pub use plan::*;
#[cfg(feature = "charges")]
mod refund;
#[cfg(feature = "charges")]
pub use refund::*;
