//! Types generated from the spec's schemas.
mod code;
pub use code::*;
mod extension;
pub use extension::*;
mod image_ref;
pub use image_ref::*;
mod list_orders;
pub use list_orders::*;
mod new_order;
pub use new_order::*;
mod order;
pub use order::*;
mod shipping;
pub use shipping::*;
