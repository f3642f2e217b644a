//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use paged::types::*;
}
mod common;
#[cfg(feature = "cursor")]
mod op_cursor;
#[cfg(feature = "last_item_id")]
mod op_last_item_id;
#[cfg(feature = "link_header")]
mod op_link_header;
#[cfg(feature = "next_url")]
mod op_next_url;
#[cfg(feature = "offset")]
mod op_offset;
#[cfg(feature = "page_number")]
mod op_page_number;
#[cfg(feature = "cursor")]
mod retry;
mod examples;
