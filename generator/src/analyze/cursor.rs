//! The incremental cursor of a stream: the record field whose largest value marks how far a
//! sync got, and the query parameter that asks the API for records past it.
//!
//! A cursor that moves only when a record is created (`created`) never brings an updated
//! record back, so a field that moves when a record changes (`updated_at`, `modified`,
//! `last_edited_time`) wins over one that marks creation, whatever the spec requires. Among
//! fields of the same kind, one the API can filter on wins (each run then asks only for what
//! changed), then one every record has (a null never moves the state), then one typed as a
//! time. A changed-kind field that may be missing falls back, per record, to a created-kind
//! field of the same type (numbers, or times in the same format), so records never updated
//! still move the state. `apitap.toml`
//! (`cursor = "..."`) overrides the choice. Each decision carries its reason.

use super::naming::snake;
use crate::ir::{Api, Field, Operation, ParamLocation, TypeKind, TypeRef};

/// What a cursor field's value stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// When the record was created: it never moves again.
    Created,
    /// When the record last changed.
    Changed,
}

impl Kind {
    fn of(name: &str) -> Option<Kind> {
        let n = norm(name);
        if ["updat", "modif", "chang", "edit"]
            .iter()
            .any(|w| n.contains(w))
        {
            Some(Kind::Changed)
        } else if n.contains("creat") {
            Some(Kind::Created)
        } else {
            None
        }
    }
}

/// The cursor analysis decided for a stream.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    /// Index of the cursor field among the record's fields.
    pub field: Option<usize>,
    /// A field read when the cursor field is missing or null (same type class).
    pub fallback: Option<usize>,
    /// Query parameter sent with the saved state (`updated_since`, `created[gte]`).
    pub since_param: Option<String>,
    /// The cursor is a time (its age can be told).
    pub timed: bool,
    pub reason: String,
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// How a field's values compare: times as text, integers (Unix times, sequence numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Text,
    Number,
}

/// The value class of a field that can be a cursor, if it can: a scalar whose name or type
/// says it is a time (an `updated_by` user id is not).
fn class(api: &Api, f: &Field) -> Option<Class> {
    let ty = api.types.resolve(f.ty.strip_nullable().0);
    let timed_format = matches!(
        f.format.as_deref(),
        Some("date-time" | "date" | "unix-time" | "timestamp")
    );
    let snake = snake(&f.name);
    let words: Vec<&str> = snake.split('_').collect();
    // `updated_at`, `created_on`, `last_modified`, `date_modified`; not `updated_by`.
    let timed_name = words.last().is_some_and(|w| {
        [
            "at",
            "time",
            "date",
            "on",
            "timestamp",
            "ts",
            "updated",
            "modified",
            "changed",
            "created",
            "edited",
        ]
        .contains(w)
    }) || words.first().is_some_and(|w| ["date", "time"].contains(w));
    match ty {
        TypeRef::String if timed_format || timed_name => Some(Class::Text),
        TypeRef::Integer(_) | TypeRef::Number(_) if timed_format || timed_name => {
            Some(Class::Number)
        }
        _ => None,
    }
}

/// Whether query parameter `param` asks for records whose `cursor` is at least a value:
/// `since`, or a lower bound (`after`, `since`, `min`, `from`, `gte`, `gt`) on the same kind
/// of time (`updated_at_min`, `modifiedSince`, `created_after`). `createdAfter` with an
/// `updated` cursor would miss every record changed after it was created.
pub fn since_fits(param: &str, cursor: &str) -> bool {
    let p = norm(param);
    if p == "since" {
        return true;
    }
    let bound = ["since", "after", "min", "from", "gte", "gt"]
        .iter()
        .any(|w| p.contains(w));
    bound && Kind::of(param).is_some() && Kind::of(param) == Kind::of(cursor)
}

/// The query parameter of `op` that filters on field `name`, if any: a `since`-like scalar,
/// or a parameter named after the field whose object form has `gte` (Stripe's
/// `created[gte]`).
fn since_param(api: &Api, op: &Operation, name: &str) -> Option<String> {
    let candidates = || {
        op.params
            .iter()
            .filter(|p| p.location == ParamLocation::Query && !p.required)
    };
    let scalar = candidates().find(|p| {
        api.types.resolve(p.ty.strip_nullable().0).is_scalar() && since_fits(&p.name, name)
    });
    if let Some(p) = scalar {
        return Some(p.name.clone());
    }
    let has_gte = |t: &TypeRef| {
        api.types
            .struct_of(t)
            .is_some_and(|(_, f)| f.iter().any(|f| f.name == "gte"))
    };
    candidates().find_map(|p| {
        if p.name != name {
            return None;
        }
        let gte = match api.types.resolve(&p.ty) {
            TypeRef::Named(id) => match &api.types.get(*id).kind {
                TypeKind::Union { variants, .. } => variants.iter().any(|v| has_gte(&v.ty)),
                TypeKind::Struct { .. } => has_gte(&p.ty),
                _ => false,
            },
            _ => false,
        };
        gte.then(|| format!("{}[gte]", p.name))
    })
}

/// A field every record has (not optional, not nullable).
fn always(f: &Field) -> bool {
    f.required && !f.ty.strip_nullable().1
}

/// Chooses the cursor of a stream over `fields` (the record's) and `op` (its list
/// operation); `configured` is `cursor` from `apitap.toml` (a field name or `"none"`).
pub fn choose(
    api: &Api,
    fields: &[Field],
    op: &Operation,
    configured: Option<&str>,
    stream: &str,
) -> Result<Cursor, super::ConfigError> {
    let (field, mut reason) = match configured {
        Some("none") => {
            return Ok(Cursor {
                reason: "`cursor = \"none\"` in apitap.toml".into(),
                ..Cursor::default()
            })
        }
        Some(name) => (
            configured_field(api, fields, name, stream)?,
            "set in apitap.toml".to_string(),
        ),
        None => match best_field(api, fields, op) {
            Some(choice) => choice,
            None => {
                return Ok(Cursor {
                    reason: "the record has no field that marks when it was created or changed"
                        .into(),
                    ..Cursor::default()
                })
            }
        },
    };
    let chosen = &fields[field];
    let fallback = if configured.is_none() {
        fallback_field(api, fields, chosen)
    } else {
        None
    };
    if let Some(fb) = fallback {
        reason.push_str(&format!(
            "; a record without it counts by `{}`",
            fields[fb].name
        ));
    }
    let since_param = since_param(api, op, &chosen.name);
    match &since_param {
        Some(p) => reason.push_str(&format!("; sent as `{p}`")),
        None => reason.push_str(
            "; the API has no filter on it, so every page is read and older records are skipped here",
        ),
    }
    Ok(Cursor {
        field: Some(field),
        fallback,
        since_param,
        timed: class(api, chosen).is_some(),
        reason,
    })
}

/// The field `cursor = "name"` names: it must be a scalar field of the record.
fn configured_field(
    api: &Api,
    fields: &[Field],
    name: &str,
    stream: &str,
) -> Result<usize, super::ConfigError> {
    let scalar = |f: &Field| api.types.resolve(&f.ty).is_scalar();
    fields
        .iter()
        .position(|f| f.name == name && scalar(f))
        .ok_or_else(|| {
            let usable: Vec<&str> = fields
                .iter()
                .filter(|f| scalar(f))
                .map(|f| f.name.as_str())
                .collect();
            super::ConfigError::new(
                format!("[sync.streams.{stream}] cursor"),
                format!(
                    "`{name}` is not a scalar field of the record; scalar fields: {}",
                    usable.join(", ")
                ),
            )
        })
}

/// The best cursor field and why: by (kind, filterable, always present, typed as a time),
/// ties keeping the spec's order.
fn best_field(api: &Api, fields: &[Field], op: &Operation) -> Option<(usize, String)> {
    let ranked = fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let kind = Kind::of(&f.name)?;
            class(api, f)?;
            let filter = since_param(api, op, &f.name).is_some();
            let timed = matches!(
                f.format.as_deref(),
                Some("date-time" | "unix-time" | "date")
            );
            Some(((kind, filter, always(f), timed), std::cmp::Reverse(i)))
        })
        .max();
    let ((kind, filter, _, _), std::cmp::Reverse(fi)) = ranked?;
    let name = &fields[fi].name;
    let mut why = match kind {
        Kind::Changed => format!("`{name}` moves when a record changes"),
        Kind::Created => format!(
            "`{name}` marks when a record was created (the record has no field that moves when it changes, so updates to loaded records are not pulled again)"
        ),
    };
    // Name the created-kind field the API could have filtered on, if that is what the
    // choice gave up.
    if kind == Kind::Changed && !filter {
        if let Some(other) = fields.iter().find(|f| {
            Kind::of(&f.name) == Some(Kind::Created)
                && class(api, f).is_some()
                && since_param(api, op, &f.name).is_some()
        }) {
            why.push_str(&format!(
                "; preferred to `{}`, which the API can filter on but which would miss updated records",
                other.name
            ));
        }
    }
    Some((fi, why))
}

/// For a changed-kind field that may be missing: a created-kind one of the same class to
/// read instead.
fn fallback_field(api: &Api, fields: &[Field], chosen: &Field) -> Option<usize> {
    if Kind::of(&chosen.name) != Some(Kind::Changed) || always(chosen) {
        return None;
    }
    let want = class(api, chosen)?;
    // Times as text compare only in one format (RFC 3339 against RFC 3339).
    let comparable = |f: &Field| match want {
        Class::Number => true,
        Class::Text => {
            f.format == chosen.format && matches!(f.format.as_deref(), Some("date-time" | "date"))
        }
    };
    fields.iter().position(|f| {
        Kind::of(&f.name) == Some(Kind::Created) && class(api, f) == Some(want) && comparable(f)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_parameters_fit_their_kind_of_time() {
        assert!(since_fits("since", "created"));
        assert!(since_fits("updated_after", "updated_at"));
        assert!(since_fits("updated_at_min", "updated_at"));
        assert!(since_fits("modifiedSince", "last_modified"));
        assert!(since_fits("created_after", "created"));
        assert!(!since_fits("createdAfter", "updated"));
        assert!(!since_fits("modified_since", "created_at"));
        assert!(!since_fits("updated_at", "updated_at"));
        assert!(!since_fits("limit", "created"));
    }

    #[test]
    fn kinds() {
        assert_eq!(Kind::of("updatedAt"), Some(Kind::Changed));
        assert_eq!(Kind::of("last_edited_time"), Some(Kind::Changed));
        assert_eq!(Kind::of("date_modified"), Some(Kind::Changed));
        assert_eq!(Kind::of("created"), Some(Kind::Created));
        assert_eq!(Kind::of("name"), None);
    }
}
