//! Types generated from the spec's schemas.
#[cfg(feature = "orders")]
mod bank_account;
#[cfg(feature = "orders")]
pub use bank_account::*;
#[cfg(feature = "orders")]
mod bank_transfer_payment_choice;
#[cfg(feature = "orders")]
pub use bank_transfer_payment_choice::*;
#[cfg(feature = "orders")]
mod card;
#[cfg(feature = "orders")]
pub use card::*;
#[cfg(feature = "orders")]
mod card_payment_choice;
#[cfg(feature = "orders")]
pub use card_payment_choice::*;
#[cfg(any(feature = "orders", feature = "products"))]
mod category;
#[cfg(any(feature = "orders", feature = "products"))]
pub use category::*;
#[cfg(feature = "products")]
mod create_product;
#[cfg(feature = "products")]
pub use create_product::*;
#[cfg(feature = "orders")]
mod customer;
#[cfg(feature = "orders")]
pub use customer::*;
#[cfg(feature = "orders")]
mod delivery_window;
#[cfg(feature = "orders")]
pub use delivery_window::*;
#[cfg(any(feature = "orders", feature = "products"))]
mod error;
#[cfg(any(feature = "orders", feature = "products"))]
pub use error::*;
#[cfg(feature = "files")]
mod file_object;
#[cfg(feature = "files")]
pub use file_object::*;
#[cfg(feature = "orders")]
mod line_item;
#[cfg(feature = "orders")]
pub use line_item::*;
#[cfg(feature = "products")]
mod list_products;
#[cfg(feature = "products")]
pub use list_products::*;
#[cfg(any(feature = "orders", feature = "products"))]
mod money;
#[cfg(any(feature = "orders", feature = "products"))]
pub use money::*;
#[cfg(feature = "orders")]
mod new_order;
#[cfg(feature = "orders")]
pub use new_order::*;
#[cfg(feature = "orders")]
mod order;
#[cfg(feature = "orders")]
pub use order::*;
#[cfg(feature = "orders")]
mod order_event;
#[cfg(feature = "orders")]
pub use order_event::*;
#[cfg(feature = "full")]
mod order_event_base;
#[cfg(feature = "full")]
pub use order_event_base::*;
#[cfg(feature = "orders")]
mod order_placed;
#[cfg(feature = "orders")]
pub use order_placed::*;
#[cfg(feature = "orders")]
mod order_refunded;
#[cfg(feature = "orders")]
pub use order_refunded::*;
#[cfg(feature = "orders")]
mod payment_choice;
#[cfg(feature = "orders")]
pub use payment_choice::*;
#[cfg(feature = "orders")]
mod payment_kind;
#[cfg(feature = "orders")]
pub use payment_kind::*;
#[cfg(feature = "orders")]
mod payment_method;
#[cfg(feature = "orders")]
pub use payment_method::*;
#[cfg(any(feature = "orders", feature = "products"))]
mod product;
#[cfg(any(feature = "orders", feature = "products"))]
pub use product::*;
#[cfg(any(feature = "orders", feature = "products"))]
mod product_status;
#[cfg(any(feature = "orders", feature = "products"))]
pub use product_status::*;
#[cfg(feature = "full")]
mod timestamps;
#[cfg(feature = "full")]
pub use timestamps::*;
#[cfg(feature = "files")]
mod upload_file;
#[cfg(feature = "files")]
pub use upload_file::*;
#[cfg(feature = "products")]
mod validation_error;
#[cfg(feature = "products")]
pub use validation_error::*;
#[cfg(feature = "orders")]
mod wallet_payment_choice;
#[cfg(feature = "orders")]
pub use wallet_payment_choice::*;
