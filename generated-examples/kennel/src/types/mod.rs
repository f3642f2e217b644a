//! Types generated from the spec's schemas.
mod cat_details;
pub use cat_details::*;
mod dog_details;
pub use dog_details::*;
mod owner;
pub use owner::*;
mod pet;
pub use pet::*;
mod problem;
pub use problem::*;
