//! Types generated from the spec's schemas.
mod attach_to_note;
pub use attach_to_note::*;
mod login;
pub use login::*;
mod note;
pub use note::*;
mod problem;
pub use problem::*;
