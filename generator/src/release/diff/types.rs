//! What changed in the types: removed, retyped, fields, enum values and union variants.

use super::{optional, Collector, Level};
use crate::release::surface::{Surface, TypeSurface, Usage};
use std::collections::BTreeMap;

pub(super) fn types(c: &mut Collector, old: &Surface, new: &Surface) {
    for (name, t) in &old.types {
        let subject = format!("type {name}");
        let Some(n) = new.types.get(name) else {
            c.push(
                Level::Breaking,
                subject,
                format!("removed ({} from {})", what(t), t.schema()),
            );
            continue;
        };
        // A copy of another type became an alias of it (`ir::identical`): code naming it
        // compiles as before, as far as the type it names says; an alias that became a
        // type of its own is no longer interchangeable with the type it named.
        let (t, n) = match (aliased(old, t), aliased(new, n)) {
            (None, Some((to, target))) if target.kind() != "alias" => {
                let change = format!("now an alias of `{to}`, an identical {}", target.kind());
                c.push(Level::Patch, &subject, change);
                (t, target)
            }
            (Some((to, target)), None) if target.kind() != "alias" => {
                let change = format!("no longer an alias of `{to}`: a {} of its own", n.kind());
                c.push(Level::Breaking, &subject, change);
                (target, n)
            }
            _ => (t, n),
        };
        match (t, n) {
            (
                TypeSurface::Struct {
                    fields: a,
                    extra: ea,
                    ..
                },
                TypeSurface::Struct {
                    fields: b,
                    extra: eb,
                    usage,
                    ..
                },
            ) => {
                struct_fields(c, &subject, (a, ea), (b, eb), usage);
            }
            (TypeSurface::Enum { values: a, .. }, TypeSurface::Enum { values: b, .. }) => {
                for v in a.iter().filter(|v| !b.contains(v)) {
                    c.push(
                        Level::Breaking,
                        &subject,
                        format!("enum value {v:?} removed"),
                    );
                }
                for v in b.iter().filter(|v| !a.contains(v)) {
                    c.push(Level::Addition, &subject, format!("enum value {v:?} added"));
                }
            }
            (
                TypeSurface::Union {
                    variants: a,
                    fallback: had_fallback,
                    ..
                },
                TypeSurface::Union {
                    variants: b,
                    fallback,
                    ..
                },
            ) => {
                union_variants(c, &subject, (a, had_fallback), (b, fallback));
            }
            (TypeSurface::Alias { ty: a, .. }, TypeSurface::Alias { ty: b, .. }) => {
                if a != b {
                    c.push(Level::Breaking, &subject, format!("{a} -> {b}"));
                }
            }
            _ => c.push(
                Level::Breaking,
                &subject,
                format!("{} -> {}", t.kind(), n.kind()),
            ),
        }
    }
    for (name, t) in &new.types {
        if !old.types.contains_key(name) {
            c.push(
                Level::Addition,
                format!("type {name}"),
                format!("added ({} from {})", what(t), t.schema()),
            );
        }
    }
}

/// What a type is: its kind, and for an alias what it names.
fn what(t: &TypeSurface) -> String {
    match t {
        TypeSurface::Alias { ty, .. } => format!("alias of `{ty}`,"),
        t => t.kind().to_string(),
    }
}

/// The named type an alias names (in a surface whose aliases are resolved), and its name.
fn aliased<'a>(s: &'a Surface, t: &'a TypeSurface) -> Option<(&'a str, &'a TypeSurface)> {
    match t {
        TypeSurface::Alias { ty, .. } => Some((ty.as_str(), s.types.get(ty)?)),
        _ => None,
    }
}

/// A struct's fields removed, retyped or added (an addition breaks request types, which
/// users build with struct literals), and its additional properties.
fn struct_fields(
    c: &mut Collector,
    subject: &str,
    (a, ea): (&BTreeMap<String, String>, &Option<String>),
    (b, eb): (&BTreeMap<String, String>, &Option<String>),
    usage: &Usage,
) {
    for (f, ty) in a {
        match b.get(f) {
            None => c.push(Level::Breaking, subject, format!("field `{f}` removed")),
            Some(nt) if nt != ty => c.push(
                Level::Breaking,
                subject,
                format!("field `{f}`: {ty} -> {nt}"),
            ),
            Some(_) => {}
        }
    }
    for (f, ty) in b {
        if a.contains_key(f) {
            continue;
        }
        if usage.in_requests() && !optional(ty) {
            c.push(
                Level::Breaking,
                subject,
                format!("required field `{f}` added ({ty}); requests must set it"),
            );
        } else if usage.in_requests() {
            // Users build request types with struct literals, which must name it.
            c.push(
                Level::Breaking,
                subject,
                format!("optional field `{f}` added ({ty}); struct literals must name it"),
            );
        } else {
            c.push(
                Level::Addition,
                subject,
                format!("field `{f}` added ({ty})"),
            );
        }
    }
    if ea != eb {
        let show = |e: &Option<String>| {
            e.clone()
                .map_or("none".into(), |t| format!("Map<String, {t}>"))
        };
        c.push(
            Level::Breaking,
            subject,
            format!("additional properties: {} -> {}", show(ea), show(eb)),
        );
    }
}

/// A union's variants removed, retyped or added, and its fallback variant.
fn union_variants(
    c: &mut Collector,
    subject: &str,
    (a, had_fallback): (&BTreeMap<String, String>, &bool),
    (b, fallback): (&BTreeMap<String, String>, &bool),
) {
    if *had_fallback && !*fallback {
        c.push(
            Level::Breaking,
            subject,
            "no discriminator any more: the `Unknown` variant is gone",
        );
    }
    for (v, ty) in a {
        match b.get(v) {
            None => c.push(Level::Breaking, subject, format!("variant `{v}` removed")),
            Some(nt) if nt != ty => c.push(
                Level::Breaking,
                subject,
                format!("variant `{v}`: {ty} -> {nt}"),
            ),
            Some(_) => {}
        }
    }
    for (v, ty) in b.iter().filter(|(v, _)| !a.contains_key(*v)) {
        let level = if *fallback {
            Level::Addition
        } else {
            Level::Breaking
        };
        let why = if *fallback {
            ""
        } else {
            "; untagged unions have no fallback variant"
        };
        c.push(level, subject, format!("variant `{v}` added ({ty}){why}"));
    }
}
