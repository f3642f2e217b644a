//! Sample JSON for generated tests, and checking spec examples against the generated types.
//!
//! [`synthesize`] builds a value that the generated type accepts (required fields, first enum
//! values, formats, nested objects, arrays of one, the first union branch with its tag).
//! [`check`] decides what serde will do with a spec example on the generated type: decode and
//! round-trip, fail, or decode while dropping undeclared properties. Only examples that
//! round-trip become oracle tests; the others are reported with the reason.

use crate::ir::{IntKind, TypeKind, TypeRef, TypeSpace};
use serde_json::{json, Map, Value};

/// Below this depth only required fields are filled.
const MAX_DEPTH: usize = 8;
/// A chain of required fields longer than this cannot be satisfied; it ends in `null`.
const HARD_DEPTH: usize = 40;

/// A value of type `ty`; strings are derived from `seed` so samples are told apart.
pub fn synthesize(space: &TypeSpace, ty: &TypeRef, seed: &str) -> Value {
    synth(space, ty, seed, None, 0)
}

fn string_for(format: Option<&str>, seed: &str) -> Value {
    Value::String(match format {
        Some("date-time") => "2024-01-02T03:04:05Z".into(),
        Some("date") => "2024-01-02".into(),
        Some("email") => "someone@example.com".into(),
        Some("uri" | "url") => "https://example.com/x".into(),
        Some("uuid") => "123e4567-e89b-12d3-a456-426614174000".into(),
        _ => seed.to_string(),
    })
}

fn synth(space: &TypeSpace, ty: &TypeRef, seed: &str, format: Option<&str>, depth: usize) -> Value {
    if depth > HARD_DEPTH {
        return Value::Null;
    }
    match ty {
        TypeRef::String => string_for(format, seed),
        TypeRef::Integer(_) => json!(1),
        TypeRef::Number(_) => json!(1.5),
        TypeRef::Boolean => json!(true),
        TypeRef::Binary => json!(""),
        TypeRef::Any => json!({}),
        TypeRef::Array(inner) => Value::Array(vec![synth(space, inner, seed, None, depth + 1)]),
        TypeRef::Map(_) => json!({}),
        TypeRef::Nullable(inner) => synth(space, inner, seed, format, depth),
        TypeRef::Expandable(_) => Value::String(seed.to_string()),
        TypeRef::Named(id) => match &space.get(*id).kind {
            TypeKind::Struct { fields, .. } => {
                let mut out = Map::new();
                for f in fields {
                    let required = f.required && !f.ty.strip_nullable().1;
                    let scalar = f.ty.is_scalar();
                    if required || (depth < 2 && (scalar || depth == 0) && depth < MAX_DEPTH) {
                        let v = synth(
                            space,
                            &f.ty,
                            &format!("{seed}-{}", f.name),
                            f.format.as_deref(),
                            depth + 1,
                        );
                        if !v.is_null() || required {
                            out.insert(f.name.clone(), v);
                        }
                    }
                }
                Value::Object(out)
            }
            TypeKind::StringEnum { values } => Value::String(values[0].clone()),
            TypeKind::Union {
                variants,
                discriminator,
            } => {
                // Deep down, a scalar branch (an expandable's id) keeps the sample small.
                let v = if depth >= MAX_DEPTH && discriminator.is_none() {
                    variants
                        .iter()
                        .find(|v| v.ty.is_scalar())
                        .unwrap_or(&variants[0])
                } else {
                    &variants[0]
                };
                let mut value = synth(space, &v.ty, seed, None, depth + 1);
                if let (Some(prop), Some(tag), Value::Object(m)) =
                    (discriminator, v.tags.first(), &mut value)
                {
                    m.insert(prop.clone(), Value::String(tag.clone()));
                }
                value
            }
            TypeKind::Alias(inner) => synth(space, inner, seed, format, depth),
            TypeKind::Pending => Value::Null,
        },
    }
}

/// What serde does with an example on the generated type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Decodes and encodes back to the same JSON.
    RoundTrips,
    /// Does not match the schema: the reason, with the JSON path.
    Invalid(String),
    /// Decodes, but properties the schema does not declare are dropped.
    Undeclared(String),
}

pub fn check(space: &TypeSpace, ty: &TypeRef, value: &Value) -> Verdict {
    match walk(space, ty, value, "$") {
        Ok(None) => Verdict::RoundTrips,
        Ok(Some(lossy)) => Verdict::Undeclared(lossy),
        Err(e) => Verdict::Invalid(e),
    }
}

/// `Err`: would not decode. `Ok(Some)`: decodes but drops something. `Ok(None)`: round-trips.
fn walk(space: &TypeSpace, ty: &TypeRef, v: &Value, at: &str) -> Result<Option<String>, String> {
    let kind = |what: &str| {
        Err(format!(
            "{at}: expected {what}, found {}",
            crate::load::document::kind_of(v)
        ))
    };
    match ty {
        TypeRef::Any => Ok(None),
        TypeRef::Nullable(inner) => {
            if v.is_null() {
                Ok(None)
            } else {
                walk(space, inner, v, at)
            }
        }
        TypeRef::String | TypeRef::Binary => {
            if v.is_string() {
                Ok(None)
            } else {
                kind("a string")
            }
        }
        TypeRef::Boolean => {
            if v.is_boolean() {
                Ok(None)
            } else {
                kind("a boolean")
            }
        }
        TypeRef::Integer(k) => match v.as_i64() {
            Some(i) if *k == IntKind::I32 && i32::try_from(i).is_err() => {
                Err(format!("{at}: {i} does not fit in 32 bits"))
            }
            Some(_) => Ok(None),
            None => kind("an integer"),
        },
        TypeRef::Number(_) => {
            if v.is_number() {
                Ok(None)
            } else {
                kind("a number")
            }
        }
        TypeRef::Array(inner) => match v.as_array() {
            Some(items) => first_loss(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| walk(space, inner, item, &format!("{at}[{i}]"))),
            ),
            None => kind("an array"),
        },
        TypeRef::Map(inner) => match v.as_object() {
            Some(m) => first_loss(
                m.iter()
                    .map(|(k, item)| walk(space, inner, item, &format!("{at}.{k}"))),
            ),
            None => kind("an object"),
        },
        TypeRef::Expandable(id) => {
            if v.is_string() {
                Ok(None)
            } else {
                walk(space, &TypeRef::Named(*id), v, at)
            }
        }
        TypeRef::Named(id) => match &space.get(*id).kind {
            TypeKind::Alias(inner) => walk(space, inner, v, at),
            TypeKind::Pending => Ok(None),
            TypeKind::StringEnum { .. } => {
                if v.is_string() {
                    Ok(None)
                } else {
                    kind("a string")
                }
            }
            TypeKind::Struct { fields, additional } => {
                let Some(m) = v.as_object() else {
                    return kind("an object");
                };
                let mut loss = None;
                for f in fields {
                    match m.get(&f.name) {
                        None | Some(Value::Null) if f.required && !f.ty.strip_nullable().1 => {
                            return Err(format!(
                                "{at}: required property `{}` is {}",
                                f.name,
                                if m.contains_key(&f.name) {
                                    "null"
                                } else {
                                    "missing"
                                }
                            ))
                        }
                        None | Some(Value::Null) => {}
                        Some(x) => {
                            if let Some(l) = walk(space, &f.ty, x, &format!("{at}.{}", f.name))? {
                                loss.get_or_insert(l);
                            }
                        }
                    }
                }
                for (k, x) in m {
                    if fields.iter().any(|f| &f.name == k) {
                        continue;
                    }
                    match additional {
                        Some(t) => {
                            if let Some(l) = walk(space, t, x, &format!("{at}.{k}"))? {
                                loss.get_or_insert(l);
                            }
                        }
                        None if !x.is_null() => {
                            loss.get_or_insert(format!("{at}.{k}: property not declared in the schema (the typed model drops it)"));
                        }
                        None => {}
                    }
                }
                Ok(loss)
            }
            TypeKind::Union {
                variants,
                discriminator,
            } => {
                if let Some(prop) = discriminator {
                    let tag = v.get(prop).and_then(Value::as_str);
                    return match variants
                        .iter()
                        .find(|var| tag.is_some_and(|t| var.tags.iter().any(|x| x == t)))
                    {
                        Some(var) => walk(space, &var.ty, v, at),
                        None => Ok(None), // kept whole in the Unknown variant
                    };
                }
                // serde takes the first variant that decodes.
                let mut errors = Vec::new();
                for var in variants {
                    match walk(space, &var.ty, v, at) {
                        Ok(loss) => return Ok(loss),
                        Err(e) => errors.push(e),
                    }
                }
                Err(format!(
                    "{at}: matches no oneOf/anyOf branch ({})",
                    errors.join("; ")
                ))
            }
        },
    }
}

fn first_loss(
    results: impl Iterator<Item = Result<Option<String>, String>>,
) -> Result<Option<String>, String> {
    let mut loss = None;
    for r in results {
        if let Some(l) = r? {
            loss.get_or_insert(l);
        }
    }
    Ok(loss)
}
