//! What changed in the types: removed, retyped, fields, enum values and union variants.

use super::aliases::target;
use super::{optional, Collector, Level};
use crate::release::surface::{Surface, TypeSurface, Usage};
use std::collections::BTreeMap;

/// `resolved` are the surfaces with type texts resolved through aliases (`aliases`); the
/// `originals` say which type each alias names.
pub(super) fn types(
    c: &mut Collector,
    (old, new): (&Surface, &Surface),
    (old_original, new_original): (&Surface, &Surface),
) {
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
        // Which copies of a type are aliases of it changes with the spec (`ir::identical`).
        // Compare what the name denotes on each side: the same type (its name in the old
        // crate, read in the new one, leads to it) or another.
        let (was, is) = (target(old_original, name), target(new_original, name));
        if was != name || is != name {
            let (Some(t), Some(n)) = (old.types.get(was), new.types.get(is)) else {
                compare(c, &subject, t, n);
                continue;
            };
            let same = target(new_original, was) == is;
            match (was != name, is != name) {
                (false, _) => {
                    let change = format!("now an alias of `{is}`, an identical {}", n.kind());
                    c.push(Level::Patch, &subject, change);
                }
                (true, false) if same => {
                    let change = format!("the type kept for its copies, `{was}` now its alias");
                    c.push(Level::Patch, &subject, change);
                }
                (true, false) => {
                    let change =
                        format!("no longer an alias of `{was}`: a {} of its own", n.kind());
                    c.push(Level::Breaking, &subject, change);
                }
                // An alias on both sides: of the same type, whose own entry says what
                // changed in it, or of another.
                (true, true) if same => continue,
                (true, true) => {
                    c.push(Level::Breaking, &subject, format!("{was} -> {is}"));
                    continue;
                }
            }
            compare(c, &subject, t, n);
            continue;
        }
        compare(c, &subject, t, n);
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

/// What changed from `t` to `n`, two definitions of the type `subject` names.
fn compare(c: &mut Collector, subject: &str, t: &TypeSurface, n: &TypeSurface) {
    let subject = subject.to_string();
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

/// What a type is: its kind, and for an alias what it names.
fn what(t: &TypeSurface) -> String {
    match t {
        TypeSurface::Alias { ty, .. } => format!("alias of `{ty}`,"),
        t => t.kind().to_string(),
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
