//! Types generated from the spec's schemas.
#[cfg(feature = "cycles")]
mod cycles;
#[cfg(feature = "cycles")]
pub use cycles::*;
#[cfg(feature = "cycles")]
mod merge_a;
#[cfg(feature = "cycles")]
pub use merge_a::*;
#[cfg(feature = "full")]
mod merge_b;
#[cfg(feature = "full")]
pub use merge_b::*;
#[cfg(feature = "widgets")]
mod square;
#[cfg(feature = "widgets")]
pub use square::*;
#[cfg(feature = "widgets")]
mod widget;
#[cfg(feature = "widgets")]
pub use widget::*;
