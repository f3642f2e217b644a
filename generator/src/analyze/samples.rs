//! Sample JSON for generated tests, and checking spec examples against the generated types.
//!
//! [`synthesize`] builds a value that the generated type accepts (required fields, first enum
//! values, formats, nested objects, arrays of one, a union branch with its tag: for a
//! `oneOf`, one that no other branch takes).
//! [`check`] decides what serde will do with a spec example on the generated type: decode and
//! round-trip, fail, or decode while dropping undeclared properties. Only examples that
//! round-trip become oracle tests; the others are reported with the reason.

use crate::ir::{Constraints, IntKind, TypeKind, TypeRef, TypeSpace};
use serde_json::{json, Map, Value};

/// The longest string a sample is padded to.
const MAX_STRING: u64 = 4096;
/// Below this depth only required fields are filled.
const MAX_DEPTH: usize = 8;
/// A chain of required fields longer than this cannot be satisfied; it ends in `null`.
const HARD_DEPTH: usize = 40;

/// A value of type `ty`; strings are derived from `seed` so samples are told apart.
pub fn synthesize(space: &TypeSpace, ty: &TypeRef, seed: &str) -> Value {
    synth(&Cx::new(space), ty, seed, None, 0, 0)
}

/// A value of type `ty` that also satisfies `constraints` (a parameter's or body's schema
/// keywords that the type does not carry).
pub fn synthesize_with(
    space: &TypeSpace,
    ty: &TypeRef,
    seed: &str,
    constraints: Option<&Constraints>,
) -> Value {
    synth(&Cx::new(space), ty, seed, constraints, 0, 0)
}

/// The first `enum`/`const` value of the JSON type `fits` accepts.
fn choice(c: Option<&Constraints>, fits: impl Fn(&Value) -> bool) -> Option<Value> {
    c?.choices.iter().find(|v| fits(v)).cloned()
}

/// A string for `format`, or `None` when the format puts no shape on it.
fn formatted(format: &str, seed: &str) -> Option<String> {
    Some(match format {
        "date-time" => "2024-01-02T03:04:05Z".into(),
        "date" => "2024-01-02".into(),
        "time" => "03:04:05Z".into(),
        "duration" => "P1D".into(),
        "email" | "idn-email" => "someone@example.com".into(),
        "uri" | "url" | "iri" | "uri-reference" | "iri-reference" => "https://example.com/x".into(),
        "hostname" | "idn-hostname" => "example.com".into(),
        "uuid" => "123e4567-e89b-12d3-a456-426614174000".into(),
        "ipv4" => "192.0.2.1".into(),
        "ipv6" => "2001:db8::1".into(),
        "byte" => base64(seed),
        "int32" | "int64" | "integer" => "1".into(),
        "number" | "decimal" | "double" | "float" => "1.5".into(),
        _ => return None,
    })
}

/// Standard base64 with padding (`format: byte`).
fn base64(text: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A string satisfying `c`: an enum value, else the format's shape, else a match of the
/// pattern, else the seed; then padded or cut to the length bounds.
fn string_for(c: Option<&Constraints>, seed: &str) -> Value {
    if let Some(v) = choice(c, Value::is_string) {
        return v;
    }
    let Some(c) = c else {
        return Value::String(seed.to_string());
    };
    // Bounded: a sample needs no more, and a spec's `minLength: 1e12` must not exhaust memory.
    let min = c.min_length.unwrap_or(0).min(MAX_STRING) as usize;
    let shaped = c.format.as_deref().and_then(|f| formatted(f, seed));
    if let Some(p) = &c.pattern {
        if let Some(s) = super::pattern::matching(p, seed, min) {
            return Value::String(s);
        }
    }
    if let Some(s) = shaped {
        // The format's shape, also when the pattern could not be walked.
        return Value::String(s);
    }
    let mut s: String = seed.to_string();
    let len = s.chars().count();
    if len < min {
        s.extend(std::iter::repeat_n('x', min - len));
    }
    if let Some(max) = c.max_length {
        s = s.chars().take(max as usize).collect();
    }
    Value::String(s)
}

fn integer_for(c: Option<&Constraints>) -> Value {
    if let Some(v) = choice(c, |v| v.is_i64() || v.is_u64()) {
        return v;
    }
    match c {
        Some(c) => json!(c.number_near(1.0, true) as i64),
        None => json!(1),
    }
}

fn number_for(c: Option<&Constraints>) -> Value {
    if let Some(v) = choice(c, Value::is_number) {
        return v;
    }
    match c {
        Some(c) => json!(c.number_near(1.5, false)),
        None => json!(1.5),
    }
}

/// As many items as `minItems` asks (at least one, at most `maxItems`), each from its own seed
/// when there are several, so `uniqueItems` holds.
fn array_for(
    cx: &Cx,
    inner: &TypeRef,
    seed: &str,
    c: Option<&Constraints>,
    depth: usize,
    rich: usize,
) -> Value {
    let min = c.and_then(|c| c.min_items).unwrap_or(1).max(1);
    let count = match c.and_then(|c| c.max_items) {
        Some(max) => min.min(max),
        None => min,
    }
    .min(64) as usize;
    let items = c.and_then(|c| c.items.as_deref());
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let item_seed = if i == 0 {
            seed.to_string()
        } else {
            format!("{seed}-{i}")
        };
        let mut v = synth(cx, inner, &item_seed, items, depth + 1, rich);
        if i > 0 && out.contains(&v) {
            // Same value again (an enum or a number): the next enum value, or the next number.
            v = distinct(&v, i, items).unwrap_or(v);
        }
        out.push(v);
    }
    Value::Array(out)
}

/// Another value like `v`, the `i`-th along, for arrays whose items must differ.
fn distinct(v: &Value, i: usize, c: Option<&Constraints>) -> Option<Value> {
    if let Some(c) = c.filter(|c| !c.choices.is_empty()) {
        return c.choices.get(i).cloned();
    }
    match v {
        Value::Number(n) if n.is_i64() => {
            let v = n.as_i64()?;
            Some(json!(v.checked_add(i as i64).or(v.checked_sub(i as i64))?))
        }
        Value::Number(n) => Some(json!(n.as_f64()? + i as f64)).filter(|v| !v.is_null()),
        _ => None,
    }
}

/// `rich`: for this many levels of objects, optional properties are filled too (a union
/// branch told apart from the others by a property its minimal sample leaves out).
fn synth(
    cx: &Cx,
    ty: &TypeRef,
    seed: &str,
    c: Option<&Constraints>,
    depth: usize,
    rich: usize,
) -> Value {
    if depth > HARD_DEPTH {
        return Value::Null;
    }
    match ty {
        TypeRef::String => string_for(c, seed),
        TypeRef::Integer(_) => integer_for(c),
        TypeRef::Number(_) => number_for(c),
        TypeRef::Boolean => choice(c, Value::is_boolean).unwrap_or(json!(true)),
        TypeRef::Binary => json!(""),
        TypeRef::Any => choice(c, |_| true).unwrap_or(json!({})),
        TypeRef::Array(inner) => array_for(cx, inner, seed, c, depth, rich),
        TypeRef::Map(_) => json!({}),
        TypeRef::Nullable(inner) => synth(cx, inner, seed, c, depth, rich),
        TypeRef::Expandable(_) => string_for(c, seed),
        TypeRef::Named(id) => match &cx.space.get(*id).kind {
            TypeKind::Struct { fields, .. } => {
                let mut out = Map::new();
                // The use site may require properties the type itself leaves optional.
                let extra = c.map_or(&[][..], |c| c.required.as_slice());
                let omit = c.map_or(&[][..], |c| c.omit.as_slice());
                for f in fields {
                    let nullable = f.ty.strip_nullable().1;
                    // A required property must be present even when it may be null; deep
                    // down, where a nullable one may close a cycle, it is null.
                    // (Below the top levels too: required-and-nullable objects nest deeply in
                    // some specs, and filling each one multiplies the sample.)
                    let strict = f.constraints.as_ref().is_some_and(|c| c.null_by_note_only);
                    if f.required
                        && nullable
                        && (depth >= MAX_DEPTH || (depth >= 2 && !f.ty.is_scalar() && !strict))
                    {
                        out.insert(f.name.clone(), Value::Null);
                        continue;
                    }
                    let required = f.required || extra.contains(&f.name);
                    if !required && omit.contains(&f.name) {
                        continue;
                    }
                    let scalar = f.ty.is_scalar();
                    let wanted =
                        depth < MAX_DEPTH && (rich > 0 || (depth < 2 && (scalar || depth == 0)));
                    if required || wanted {
                        let fc = Constraints::refined(
                            f.constraints.as_deref(),
                            c.and_then(|c| c.property(&f.name)),
                        );
                        let v = synth(
                            cx,
                            &f.ty,
                            &format!("{seed}-{}", f.name),
                            fc.as_deref(),
                            depth + 1,
                            rich.saturating_sub(1),
                        );
                        if !v.is_null() || required {
                            out.insert(f.name.clone(), v);
                        }
                    }
                }
                // Required by the schema but not declared as properties (a spec's slip): any
                // value is valid, and the typed decode ignores it.
                for name in extra {
                    if !out.contains_key(name) && !fields.iter().any(|f| &f.name == name) {
                        out.insert(name.clone(), Value::String(format!("{seed}-{name}")));
                    }
                }
                Value::Object(out)
            }
            TypeKind::StringEnum { values } => choice(c, Value::is_string)
                .filter(|v| values.iter().any(|x| Some(x.as_str()) == v.as_str()))
                .unwrap_or_else(|| Value::String(values[0].clone())),
            TypeKind::Union {
                variants,
                discriminator,
                exclusive,
                ..
            } => {
                let union = Branches {
                    variants,
                    discriminator: discriminator.as_deref(),
                    exclusive: *exclusive,
                };
                union_sample(cx, &union, seed, c, depth, rich)
            }
            TypeKind::Alias(inner) => synth(cx, inner, seed, c, depth, rich),
            TypeKind::Pending => Value::Null,
        },
    }
}

/// How many other samples one top-level sample may try in search of union branches that
/// stand alone (each try is a whole branch's sample, and branches nest).
const SEARCH_BUDGET: usize = 256;
/// How many levels of optional properties a union branch's fuller sample fills.
const RICH_LEVELS: usize = 2;

/// What one sample's synthesis shares: the types, and what is left of the search budget.
struct Cx<'a> {
    space: &'a TypeSpace,
    searches: std::cell::Cell<usize>,
}

impl<'a> Cx<'a> {
    fn new(space: &'a TypeSpace) -> Self {
        Cx {
            space,
            searches: std::cell::Cell::new(SEARCH_BUDGET),
        }
    }

    /// Takes one try from the budget; `false` when it is spent.
    fn try_more(&self) -> bool {
        let left = self.searches.get();
        self.searches.set(left.saturating_sub(1));
        left > 0
    }
}

/// A union's branches, as a sample picks one.
#[derive(Clone, Copy)]
struct Branches<'t> {
    variants: &'t [crate::ir::Variant],
    discriminator: Option<&'t str>,
    /// A `oneOf`: the sample must match one branch only.
    exclusive: bool,
}

/// A sample of one branch of a union, with its tag. A `oneOf` wants exactly one branch to
/// match, so the branch is the first whose sample no other branch accepts: its minimal sample,
/// else one with optional properties filled (a `type` enum or a field of another type that
/// tells it apart); where no branch stands alone (identical branches), the first, as for an
/// `anyOf`. Deep down, scalar branches come first (an expandable's id keeps the sample small).
fn union_sample(
    cx: &Cx,
    union: &Branches,
    seed: &str,
    c: Option<&Constraints>,
    depth: usize,
    rich: usize,
) -> Value {
    let Branches {
        variants,
        discriminator,
        exclusive,
    } = *union;
    let sample = |i: usize, rich: usize| {
        let v = &variants[i];
        // The use site's constraints hold for a scalar branch (a union of kinds of string
        // keeps the first branch's, see `Constraints::gather`).
        let vc = c.filter(|_| v.ty.is_scalar());
        let mut value = synth(cx, &v.ty, seed, vc, depth + 1, rich);
        if let (Some(prop), Some(tag), Value::Object(m)) =
            (discriminator, v.tags.first(), &mut value)
        {
            m.insert(prop.to_string(), Value::String(tag.clone()));
        }
        value
    };
    let mut order: Vec<usize> = (0..variants.len()).collect();
    if depth >= MAX_DEPTH && discriminator.is_none() {
        order.sort_by_key(|&i| !variants[i].ty.is_scalar());
    }
    // No other branch's schema takes it, and the typed model holds it as this branch (an
    // untagged union decodes as the branch that keeps the most of it): a request sends what
    // the sample says.
    let alone = |i: usize, value: &Value| {
        let decodes_here =
            discriminator.is_some() || taken_branch(cx.space, variants, value) == Some(i);
        decodes_here
            && variants
                .iter()
                .enumerate()
                .all(|(j, other)| j == i || !accepts(cx.space, &other.ty, None, value, 0))
    };
    let first = sample(order[0], rich);
    if !exclusive || order.len() < 2 || alone(order[0], &first) {
        return first;
    }
    // Optional properties are only filled above `MAX_DEPTH`.
    let fuller = if depth < MAX_DEPTH {
        rich.max(RICH_LEVELS)
    } else {
        rich
    };
    let tries = order[1..]
        .iter()
        .map(|&i| (i, rich))
        .chain(order.iter().map(|&i| (i, fuller)).filter(|_| fuller > rich));
    for (i, fill) in tries {
        if !cx.try_more() {
            break;
        }
        let value = sample(i, fill);
        if alone(i, &value) {
            return value;
        }
    }
    first
}

/// Whether the schema behind `ty` (with `c`) takes `v`, as far as the IR tells: JSON types,
/// required properties, `enum`/`const` values, items and declared properties. Patterns,
/// formats and bounds are not judged: a sample meets them by construction.
fn accepts(
    space: &TypeSpace,
    ty: &TypeRef,
    c: Option<&Constraints>,
    v: &Value,
    depth: usize,
) -> bool {
    if depth > HARD_DEPTH {
        return true;
    }
    let listed =
        |c: Option<&Constraints>| c.is_none_or(|c| c.choices.is_empty() || c.choices.contains(v));
    match ty {
        TypeRef::Nullable(inner) => v.is_null() || accepts(space, inner, c, v, depth),
        _ if !listed(c) => false,
        TypeRef::Any => true,
        TypeRef::String | TypeRef::Binary => v.is_string(),
        TypeRef::Boolean => v.is_boolean(),
        // JSON Schema counts `2.0` as an integer.
        TypeRef::Integer(_) => {
            v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        TypeRef::Number(_) => v.is_number(),
        TypeRef::Array(inner) => v.as_array().is_some_and(|items| {
            let ic = c.and_then(|c| c.items.as_deref());
            items
                .iter()
                .all(|x| accepts(space, inner, ic, x, depth + 1))
        }),
        TypeRef::Map(inner) => v.as_object().is_some_and(|m| {
            m.values()
                .all(|x| accepts(space, inner, None, x, depth + 1))
        }),
        TypeRef::Expandable(id) => {
            v.is_string() || accepts(space, &TypeRef::Named(*id), None, v, depth + 1)
        }
        TypeRef::Named(id) => match &space.get(*id).kind {
            TypeKind::Alias(inner) => accepts(space, inner, c, v, depth + 1),
            TypeKind::Pending => true,
            TypeKind::StringEnum { values } => {
                v.as_str().is_some_and(|s| values.iter().any(|x| x == s))
            }
            TypeKind::Union { variants, .. } => variants
                .iter()
                .any(|var| accepts(space, &var.ty, None, v, depth + 1)),
            TypeKind::Struct { fields, additional } => {
                let Some(m) = v.as_object() else {
                    return false;
                };
                let extra = c.map_or(&[][..], |c| c.required.as_slice());
                let declared = fields.iter().all(|f| match m.get(&f.name) {
                    None => !f.required && !extra.contains(&f.name),
                    Some(x) => accepts(space, &f.ty, f.constraints.as_deref(), x, depth + 1),
                });
                declared
                    && additional.as_ref().is_none_or(|t| {
                        m.iter()
                            .filter(|(k, _)| !fields.iter().any(|f| &f.name == *k))
                            .all(|(_, x)| accepts(space, t, None, x, depth + 1))
                    })
            }
        },
    }
}

/// The `n`-th of a run of distinct values for a record's marker field (an id), within the
/// field's constraints: `i1`, `i2`, ... where nothing constrains it.
pub fn marker_string(c: Option<&Constraints>, n: usize) -> Value {
    let plain = format!("i{n}");
    let Some(c) = c else {
        return Value::String(plain);
    };
    let strings: Vec<&Value> = c.choices.iter().filter(|v| v.is_string()).collect();
    if !strings.is_empty() {
        return strings[(n.max(1) - 1) % strings.len()].clone();
    }
    let varied = match c.format.as_deref() {
        Some("uuid") => Some(format!("123e4567-e89b-12d3-a456-{n:012}")),
        Some("date-time") => Some(format!("2024-01-02T03:04:{:02}Z", n % 60)),
        Some("date") => Some(format!("2024-01-{:02}", 1 + n % 28)),
        Some("email" | "idn-email") => Some(format!("someone{n}@example.com")),
        Some("uri" | "url" | "iri" | "uri-reference" | "iri-reference") => {
            Some(format!("https://example.com/x{n}"))
        }
        Some("int32" | "int64" | "integer") => Some(n.to_string()),
        _ => None,
    };
    if let (Some(v), None) = (varied, &c.pattern) {
        return Value::String(v);
    }
    string_for(Some(c), &plain)
}

/// The `n`-th of a run of distinct integers within `c`'s bounds.
pub fn marker_integer(c: Option<&Constraints>, n: usize) -> Value {
    match c {
        Some(c) if !c.choices.is_empty() => {
            let ints: Vec<&Value> = c.choices.iter().filter(|v| v.is_i64()).collect();
            match ints.is_empty() {
                true => json!(n),
                false => ints[(n.max(1) - 1) % ints.len()].clone(),
            }
        }
        Some(c) => json!(c.number_near(n as f64, true) as i64),
        None => json!(n),
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
                walk_struct(space, fields, additional.as_ref(), v, at)
            }
            TypeKind::Union {
                variants,
                discriminator,
                inferred,
                ..
            } => walk_union(space, variants, discriminator.as_deref(), *inferred, v, at),
        },
    }
}

/// A struct value: required properties present, each declared one valid, undeclared ones
/// held by `additionalProperties` or reported as dropped.
fn walk_struct(
    space: &TypeSpace,
    fields: &[crate::ir::Field],
    additional: Option<&TypeRef>,
    v: &Value,
    at: &str,
) -> Result<Option<String>, String> {
    let Some(m) = v.as_object() else {
        return Err(format!(
            "{at}: expected an object, found {}",
            crate::load::document::kind_of(v)
        ));
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
                loss.get_or_insert(format!(
                    "{at}.{k}: property not declared in the schema (the typed model drops it)"
                ));
            }
            None => {}
        }
    }
    Ok(loss)
}

/// A union value: the variant its discriminator names; untagged, the branch the decoding
/// takes ([`taken_branch`]); with an inferred tag that does not decode, the first variant
/// that does.
fn walk_union(
    space: &TypeSpace,
    variants: &[crate::ir::Variant],
    discriminator: Option<&str>,
    inferred: bool,
    v: &Value,
    at: &str,
) -> Result<Option<String>, String> {
    if let Some(prop) = discriminator {
        let tag = v.get(prop).and_then(Value::as_str);
        if let Some(var) = variants
            .iter()
            .find(|var| tag.is_some_and(|t| var.tags.iter().any(|x| x == t)))
        {
            let tagged = walk(space, &var.ty, v, at);
            if tagged.is_ok() || !inferred {
                return tagged;
            }
        } else if !inferred {
            return Ok(None); // kept whole in the Unknown variant
        }
    }
    // Untagged: the branch the generated decoding takes, the one that keeps the most.
    if discriminator.is_none() {
        if let Some(i) = taken_branch(space, variants, v) {
            return walk(space, &variants[i].ty, v, at);
        }
    }
    // An inferred tag: the first variant that decodes, the most specific first, else the
    // Unknown variant keeps the value whole.
    let mut order: Vec<&crate::ir::Variant> = variants.iter().collect();
    if inferred {
        order.sort_by_key(|var| crate::ir::schema::untagged_rank(&var.ty, var.required_count));
    }
    let mut errors = Vec::new();
    for var in order {
        match walk(space, &var.ty, v, at) {
            Ok(loss) => return Ok(loss),
            Err(e) => errors.push(e),
        }
    }
    if inferred {
        return Ok(None);
    }
    Err(format!(
        "{at}: matches no oneOf/anyOf branch ({})",
        errors.join("; ")
    ))
}

/// The weight of a key a struct skips, against 1 for a value kept as unknown (as the
/// runtime's `decode_untagged` weighs them).
const DROPPED: u32 = 1 << 16;

/// The branch of an untagged union that the generated decoding takes for `v`: of the typed
/// branches, the first that decodes it without misfits, else the lightest; where none
/// decodes it, the first branch of any value that does (the runtime's `decode_untagged`,
/// without its bound on extra tries).
fn taken_branch(space: &TypeSpace, variants: &[crate::ir::Variant], v: &Value) -> Option<usize> {
    let decodes = |i: &usize| walk(space, &variants[*i].ty, v, "$").is_ok();
    let (untyped, typed): (Vec<usize>, Vec<usize>) =
        (0..variants.len()).partition(|&i| space.is_untyped(&variants[i].ty));
    let mut best: Option<(u32, usize)> = None;
    for i in typed.into_iter().filter(decodes) {
        let m = misfits(space, &variants[i].ty, v, 0);
        if m == 0 {
            return Some(i);
        }
        if best.is_none_or(|(lightest, _)| m < lightest) {
            best = Some((m, i));
        }
    }
    best.map(|(_, i)| i)
        .or_else(|| untyped.into_iter().find(decodes))
}

/// The weight of what the generated decoding of `v` (which decodes) as `ty` does not keep
/// whole: keys a struct skips ([`DROPPED`] each), values a string enum or a discriminated
/// union keeps as unknown (1 each).
fn misfits(space: &TypeSpace, ty: &TypeRef, v: &Value, depth: usize) -> u32 {
    if depth > HARD_DEPTH || v.is_null() {
        return 0;
    }
    let each = |inner: &TypeRef, items: &mut dyn Iterator<Item = &Value>| -> u32 {
        items.fold(0, |sum: u32, x| {
            sum.saturating_add(misfits(space, inner, x, depth + 1))
        })
    };
    match ty {
        TypeRef::Nullable(inner) => misfits(space, inner, v, depth),
        TypeRef::Array(inner) => v
            .as_array()
            .map_or(0, |items| each(inner, &mut items.iter())),
        TypeRef::Map(inner) => v.as_object().map_or(0, |m| each(inner, &mut m.values())),
        TypeRef::Expandable(id) if !v.is_string() => {
            misfits(space, &TypeRef::Named(*id), v, depth + 1)
        }
        TypeRef::Named(id) => match &space.get(*id).kind {
            TypeKind::Alias(inner) => misfits(space, inner, v, depth + 1),
            TypeKind::StringEnum { values } => {
                u32::from(!v.as_str().is_some_and(|s| values.iter().any(|x| x == s)))
            }
            TypeKind::Struct { fields, additional } => v.as_object().map_or(0, |m| {
                m.iter()
                    .map(
                        |(k, x)| match (fields.iter().find(|f| &f.name == k), additional) {
                            (Some(f), _) => misfits(space, &f.ty, x, depth + 1),
                            (None, Some(t)) => misfits(space, t, x, depth + 1),
                            (None, None) => DROPPED,
                        },
                    )
                    .fold(0, u32::saturating_add)
            }),
            TypeKind::Union {
                variants,
                discriminator: None,
                ..
            } => taken_branch(space, variants, v)
                .map_or(0, |i| misfits(space, &variants[i].ty, v, depth + 1)),
            TypeKind::Union {
                variants,
                discriminator: Some(prop),
                ..
            } => {
                let tag = v.get(prop).and_then(Value::as_str);
                variants
                    .iter()
                    .find(|var| tag.is_some_and(|t| var.tags.iter().any(|x| x == t)))
                    .map_or(1, |var| misfits(space, &var.ty, v, depth + 1))
            }
            TypeKind::Pending => 0,
        },
        _ => 0,
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
