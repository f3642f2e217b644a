//! Your code: apitap never overwrites or removes anything under `src/custom/` (or
//! `tests/custom/`) when it regenerates this crate. Add modules here; they can use the
//! generated `crate::Client`, `crate::operations` and `crate::types`.
