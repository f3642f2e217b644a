//! Types generated from the spec's schemas.
#[cfg(feature = "attachments")]
mod attach_to_note;
#[cfg(feature = "attachments")]
pub use attach_to_note::*;
#[cfg(feature = "auth")]
mod login;
#[cfg(feature = "auth")]
pub use login::*;
#[cfg(feature = "notes")]
mod note;
#[cfg(feature = "notes")]
pub use note::*;
#[cfg(feature = "notes")]
mod problem;
#[cfg(feature = "notes")]
pub use problem::*;
