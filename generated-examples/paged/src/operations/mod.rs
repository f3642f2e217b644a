//! Request builders, one per operation, grouped by tag.
mod cursor;
pub use cursor::*;
mod last_item_id;
pub use last_item_id::*;
mod link_header;
pub use link_header::*;
mod next_url;
pub use next_url::*;
mod offset;
pub use offset::*;
mod page_number;
pub use page_number::*;
