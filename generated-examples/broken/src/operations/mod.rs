//! Request builders, one per operation, grouped by tag (each group a cargo feature).
#[cfg(feature = "cycles")]
mod cycles;
#[cfg(feature = "cycles")]
pub use cycles::*;
#[cfg(feature = "gadgets")]
mod gadgets;
#[cfg(feature = "gadgets")]
pub use gadgets::*;
#[cfg(feature = "half")]
mod half;
#[cfg(feature = "half")]
pub use half::*;
#[cfg(feature = "widgets")]
mod widgets;
#[cfg(feature = "widgets")]
pub use widgets::*;
