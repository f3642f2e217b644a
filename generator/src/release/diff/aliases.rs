//! Types compared as the compiler sees them: through aliases of other named types.
//!
//! A type identical to another is a `pub type` alias of it (`ir::identical`), and which
//! copies are aliases changes as a vendor's spec changes: a field typed `GetOrderOwner` in
//! one generation may be typed `User` in the next, where `GetOrderOwner` is now an alias of
//! `User`. Code written against the first compiles against the second. So before
//! comparing, every type text names the type its aliases lead to: the new crate's through
//! its aliases, the old crate's through its own and then the new crate's, since the names
//! in users' code mean what the new crate says they mean.

use crate::release::surface::{Surface, TypeSurface};
use std::collections::BTreeMap;

/// `old` and `new` with every type text resolved through aliases of named types, as above.
/// The types themselves keep their entries.
pub(super) fn resolved(old: &Surface, new: &Surface) -> (Surface, Surface) {
    let (old_targets, new_targets) = (targets(old), targets(new));
    let mut old_out = old.clone();
    rewrite(&mut old_out, |t| {
        substitute(&substitute(t, &old_targets), &new_targets)
    });
    let mut new_out = new.clone();
    rewrite(&mut new_out, |t| substitute(t, &new_targets));
    (old_out, new_out)
}

/// Every type text of `surface` replaced by `f` of it.
fn rewrite(surface: &mut Surface, f: impl Fn(&str) -> String) {
    let fix = |text: &mut String| *text = f(text);
    for op in surface.operations.values_mut() {
        op.params.values_mut().for_each(|p| fix(&mut p.ty));
        op.body.iter_mut().for_each(fix);
        op.response.iter_mut().for_each(fix);
        op.errors.values_mut().for_each(fix);
        if let Some(p) = &mut op.pagination {
            fix(&mut p.item);
        }
    }
    for t in surface.types.values_mut() {
        match t {
            TypeSurface::Struct { fields, extra, .. } => {
                fields.values_mut().for_each(fix);
                extra.iter_mut().for_each(fix);
            }
            TypeSurface::Union { variants, .. } => variants.values_mut().for_each(fix),
            TypeSurface::Alias { ty, .. } => fix(ty),
            TypeSurface::Enum { .. } => {}
        }
    }
}

/// The named type an alias of a named type leads to, `A` → `C` for `A = B`, `B = C`; the
/// name itself for any other type.
pub(super) fn target<'a>(surface: &'a Surface, name: &'a str) -> &'a str {
    let mut current = name;
    for _ in 0..surface.types.len().min(64) {
        match surface.types.get(current) {
            Some(TypeSurface::Alias { ty, .. }) if surface.types.contains_key(ty.as_str()) => {
                current = ty
            }
            _ => break,
        }
    }
    current
}

/// Every alias of a named type, with the type it leads to.
fn targets(surface: &Surface) -> BTreeMap<&str, &str> {
    surface
        .types
        .iter()
        .filter(|(_, t)| {
            matches!(t, TypeSurface::Alias { ty, .. } if surface.types.contains_key(ty.as_str()))
        })
        .map(|(name, _)| (name.as_str(), target(surface, name)))
        .filter(|(name, to)| name != to)
        .collect()
}

/// `text` (`Option<Vec<GetOrderOwner>>`) with each identifier that is an alias replaced.
fn substitute(text: &str, targets: &BTreeMap<&str, &str>) -> String {
    if targets.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        out.push_str(targets.get(word.as_str()).copied().unwrap_or(&word));
        word.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_that_are_aliases_are_replaced() {
        let targets: BTreeMap<&str, &str> = [("Owner", "User"), ("Us", "User")].into();
        assert_eq!(
            substitute("Option<Vec<Owner>>", &targets),
            "Option<Vec<User>>"
        );
        assert_eq!(
            substitute("Map<String, Expandable<Owners>>", &targets),
            "Map<String, Expandable<Owners>>"
        );
        assert_eq!(substitute("Us", &targets), "User");
    }
}
