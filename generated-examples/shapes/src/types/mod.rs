//! Types generated from the spec's schemas.
mod form_body;
pub use form_body::*;
mod json_api;
pub use json_api::*;
mod multipart_body;
pub use multipart_body::*;
mod note;
pub use note::*;
mod only_default;
pub use only_default::*;
mod only_errors;
pub use only_errors::*;
mod only_optional_query;
pub use only_optional_query::*;
mod patch;
pub use patch::*;
mod several_successes;
pub use several_successes::*;
