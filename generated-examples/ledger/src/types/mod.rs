//! Types generated from the spec's schemas.
#[cfg(feature = "customers")]
mod customer;
#[cfg(feature = "customers")]
pub use customer::*;
#[cfg(feature = "events")]
mod event;
#[cfg(feature = "events")]
pub use event::*;
#[cfg(feature = "customers")]
mod invoice;
#[cfg(feature = "customers")]
pub use invoice::*;
#[cfg(feature = "customers")]
mod line;
#[cfg(feature = "customers")]
pub use line::*;
#[cfg(feature = "customers")]
mod list_customer_invoices;
#[cfg(feature = "customers")]
pub use list_customer_invoices::*;
#[cfg(feature = "customers")]
mod list_customers;
#[cfg(feature = "customers")]
pub use list_customers::*;
#[cfg(feature = "events")]
mod list_events;
#[cfg(feature = "events")]
pub use list_events::*;
#[cfg(feature = "customers")]
mod list_invoice_lines;
#[cfg(feature = "customers")]
pub use list_invoice_lines::*;
#[cfg(feature = "products")]
mod list_products;
#[cfg(feature = "products")]
pub use list_products::*;
#[cfg(feature = "reports")]
mod list_reports;
#[cfg(feature = "reports")]
pub use list_reports::*;
#[cfg(feature = "products")]
mod product;
#[cfg(feature = "products")]
pub use product::*;
#[cfg(feature = "reports")]
mod report;
#[cfg(feature = "reports")]
pub use report::*;
