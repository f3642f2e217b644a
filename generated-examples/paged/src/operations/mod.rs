//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "cursor")]
mod cursor;
#[cfg(feature = "cursor")]
pub use cursor::*;
#[cfg(feature = "last_item_id")]
mod last_item_id;
#[cfg(feature = "last_item_id")]
pub use last_item_id::*;
#[cfg(feature = "link_header")]
mod link_header;
#[cfg(feature = "link_header")]
pub use link_header::*;
#[cfg(feature = "next_url")]
mod next_url;
#[cfg(feature = "next_url")]
pub use next_url::*;
#[cfg(feature = "offset")]
mod offset;
#[cfg(feature = "offset")]
pub use offset::*;
#[cfg(feature = "page_number")]
mod page_number;
#[cfg(feature = "page_number")]
pub use page_number::*;
