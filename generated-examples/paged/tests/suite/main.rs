//! The generated offline test suite (one binary; a module per tag).
/// The crate's types, where the type paths in these tests look for them.
#[allow(unused_imports)]
mod types {
    pub use paged::types::*;
}
mod common;
mod op_cursor;
mod op_last_item_id;
mod op_link_header;
mod op_next_url;
mod op_offset;
mod op_page_number;
mod retry;
mod examples;
