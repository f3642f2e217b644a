//! Types generated from the spec's schemas.
mod cat_details;
pub use cat_details::*;
mod dog_details;
pub use dog_details::*;
mod owner;
pub use owner::*;
mod pet;
pub use pet::*;
#[cfg(feature = "pets")]
mod problem;
#[cfg(feature = "pets")]
pub use problem::*;
