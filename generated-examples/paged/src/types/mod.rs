//! Types generated from the spec's schemas.
#[cfg(feature = "next_url")]
mod backward_links;
#[cfg(feature = "next_url")]
pub use backward_links::*;
mod event;
pub use event::*;
#[cfg(feature = "next_url")]
mod forward_links;
#[cfg(feature = "next_url")]
pub use forward_links::*;
#[cfg(feature = "last_item_id")]
mod list_batches;
#[cfg(feature = "last_item_id")]
pub use list_batches::*;
#[cfg(feature = "next_url")]
mod list_calls;
#[cfg(feature = "next_url")]
pub use list_calls::*;
#[cfg(feature = "last_item_id")]
mod list_customers;
#[cfg(feature = "last_item_id")]
pub use list_customers::*;
#[cfg(feature = "next_url")]
mod list_droplets;
#[cfg(feature = "next_url")]
pub use list_droplets::*;
#[cfg(feature = "cursor")]
mod list_events_cursor;
#[cfg(feature = "cursor")]
pub use list_events_cursor::*;
#[cfg(feature = "offset")]
mod list_incidents;
#[cfg(feature = "offset")]
pub use list_incidents::*;
#[cfg(feature = "page_number")]
mod list_tickets;
#[cfg(feature = "page_number")]
pub use list_tickets::*;
#[cfg(feature = "cursor")]
mod search_contacts;
#[cfg(feature = "cursor")]
pub use search_contacts::*;
