//! The validation keywords of a schema that the Rust type does not express (`pattern`,
//! lengths, bounds, `multipleOf`, `format`, `enum`/`const`, array bounds), kept so that
//! synthesized samples satisfy the schema a strict server validates against.

use crate::load::{Loc, Source};
use serde_json::Value;

/// A numeric bound and whether it excludes its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Constraints {
    pub format: Option<String>,
    pub pattern: Option<String>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<f64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    /// `enum` values, or the one `const` value.
    pub choices: Vec<Value>,
    /// The constraints of an array's items.
    pub items: Option<Box<Constraints>>,
    /// Properties an object must have, including those its use site adds to the type's own
    /// (`allOf: [{$ref: User}], required: [email]`).
    pub required: Vec<String>,
    /// Properties a sample leaves out: those only the other branches of an either-or require
    /// (`anyOf: [{required: [url]}, {required: [file_id]}]`, the sample taking the first).
    pub omit: Vec<String>,
    /// `nullable` is said only in an `allOf` note beside a type that does not take null
    /// (OpenAI's `allOf: [$ref, {nullable: true}]`): the field takes null, as the API sends
    /// it, but a strict validator does not, so a sample gives a value.
    pub null_by_note_only: bool,
    /// What a refinement says of an object's properties that their own types do not carry:
    /// a later `allOf` member's `details: {items: {anyOf: [{properties: {issue: {enum}}}]}}`
    /// (PayPal's errors) beside the base type's `details` items of `ErrorDetails`.
    pub properties: Vec<(String, Constraints)>,
}

/// Whether `obj` is nullable only by an `allOf` member that annotates (`{nullable: true}`)
/// while none of its typed members, followed through `$ref`s, is nullable itself.
fn null_only_noted(source: &Source, value: &Value, loc: &Loc) -> bool {
    use super::schema::{is_annotation_only, noted_nullable, says_nullable};
    let Some(obj) = value.as_object() else {
        return false;
    };
    if says_nullable(value) || !noted_nullable(obj) {
        return false;
    }
    let members = keyword(obj, "allOf").and_then(Value::as_array);
    !members.into_iter().flatten().enumerate().any(|(i, m)| {
        !is_annotation_only(m)
            && source
                .deref(&loc.child("allOf").index(i))
                .map_or(says_nullable(m), |(_, target)| says_nullable(target))
    })
}

/// How many `$ref`s and nested `items` are followed.
const MAX_HOPS: usize = 16;
/// How deep in a refinement (`$ref`s, items, branches, properties) its properties count:
/// enough for `details: {items: {anyOf: [{properties: {issue: {enum}}}]}}`.
const REFINED_HOPS: usize = 4;

impl Constraints {
    /// The constraints of the schema `value` at `loc`, following `$ref`s and merging `allOf`
    /// members; `None` when it has none (most schemas).
    pub fn of(source: &Source, value: &Value, loc: &Loc) -> Option<Box<Constraints>> {
        Self::of_all(source, std::iter::once((value, loc)))
    }

    /// The constraints of several schemas that all hold for one value (a property and its
    /// refinements in later allOf branches); the first schema's keywords win.
    pub fn of_all<'v>(
        source: &Source,
        schemas: impl Iterator<Item = (&'v Value, &'v Loc)>,
    ) -> Option<Box<Constraints>> {
        let mut c = Constraints::default();
        // Only refinements say what a property's type does not: the first schema's own
        // properties are the type's fields already.
        for (i, (value, loc)) in schemas.enumerate() {
            c.gather(source, value, loc, 0, i > 0);
        }
        (c != Constraints::default()).then(|| Box::new(c))
    }

    /// Fill what is still unset from `value` (earlier schemas in a `$ref` chain win).
    /// `refining`: `value` refines a type declared elsewhere, so its `properties` and its
    /// first branch of objects count too.
    fn gather(&mut self, source: &Source, value: &Value, loc: &Loc, hops: usize, refining: bool) {
        if hops > MAX_HOPS {
            return;
        }
        let Some(obj) = value.as_object() else { return };
        let text = |k: &str| keyword(obj, k).and_then(Value::as_str).map(str::to_string);
        let count = |k: &str| keyword(obj, k).and_then(Value::as_u64);
        let number = |k: &str| keyword(obj, k).and_then(Value::as_f64);
        self.format = self.format.take().or_else(|| text("format"));
        self.pattern = self.pattern.take().or_else(|| text("pattern"));
        self.min_length = self.min_length.or_else(|| count("minLength"));
        self.max_length = self.max_length.or_else(|| count("maxLength"));
        self.min_items = self.min_items.or_else(|| count("minItems"));
        self.max_items = self.max_items.or_else(|| count("maxItems"));
        self.multiple_of = self
            .multiple_of
            .or_else(|| number("multipleOf").filter(|m| *m > 0.0));
        self.unique_items |= keyword(obj, "uniqueItems").and_then(Value::as_bool) == Some(true);
        // Also through a `$ref` to a named wrapper (`Foo: allOf: [$ref, {nullable: true}]`).
        self.null_by_note_only |= null_only_noted(source, value, loc);
        if let Some(names) = keyword(obj, "required").and_then(Value::as_array) {
            for n in names.iter().filter_map(Value::as_str) {
                if !self.required.iter().any(|r| r == n) {
                    self.required.push(n.to_string());
                }
            }
        }
        // OpenAPI 3.0 and Swagger 2.0: boolean `exclusiveMinimum`; 3.1: a number of its own.
        let bound = |plain: &str, exclusive: &str| match keyword(obj, exclusive) {
            Some(Value::Number(n)) => n.as_f64().map(|value| Bound {
                value,
                exclusive: true,
            }),
            Some(Value::Bool(e)) => number(plain).map(|value| Bound {
                value,
                exclusive: *e,
            }),
            _ => number(plain).map(|value| Bound {
                value,
                exclusive: false,
            }),
        };
        self.minimum = self
            .minimum
            .or_else(|| bound("minimum", "exclusiveMinimum"));
        self.maximum = self
            .maximum
            .or_else(|| bound("maximum", "exclusiveMaximum"));
        if self.choices.is_empty() {
            if let Some(v) = keyword(obj, "const") {
                self.choices = vec![v.clone()];
            } else if let Some(values) = keyword(obj, "enum").and_then(Value::as_array) {
                self.choices = values.clone();
            } else if only_null(keyword(obj, "type")) {
                // `type: null` admits one value, as `const: null` does.
                self.choices = vec![Value::Null];
            }
        }
        if let Some(items) = keyword(obj, "items").filter(|i| i.is_object()) {
            let mut inner = self.items.take().map(|b| *b).unwrap_or_default();
            inner.gather(source, items, &loc.child("items"), hops + 1, refining);
            if inner != Constraints::default() {
                self.items = Some(Box::new(inner));
            }
        }
        // Near the refinement only: a refinement that is a `$ref` to a large type would
        // otherwise gather the constraints of everything that type holds.
        if refining && hops <= REFINED_HOPS {
            if let Some(props) = keyword(obj, "properties").and_then(Value::as_object) {
                for (name, schema) in props {
                    let at = self.properties.iter().position(|(n, _)| n == name);
                    let at = at.unwrap_or_else(|| {
                        self.properties.push((name.clone(), Constraints::default()));
                        self.properties.len() - 1
                    });
                    let ploc = loc.child("properties").child(name);
                    self.properties[at]
                        .1
                        .gather(source, schema, &ploc, hops + 1, true);
                }
                self.properties
                    .retain(|(_, c)| *c != Constraints::default());
            }
        }
        if let Some(reference) = keyword(obj, "$ref").and_then(Value::as_str) {
            if let Ok(target) = source.resolve_ref(loc, reference) {
                if let Some(v) = source.get(&target) {
                    self.gather(source, v, &target, hops + 1, refining);
                }
            }
        }
        // `anyOf: [{...}, {type: null}]` (a nullable value, 3.1 style, or Slack's typeless
        // `items` list): the one real branch.
        for key in ["anyOf", "oneOf", "items"] {
            let branches = match key {
                "items" => super::schema::items_as_one_of(obj),
                _ => keyword(obj, key).and_then(Value::as_array),
            };
            if let Some(branches) = branches {
                let real: Vec<usize> = (0..branches.len())
                    .filter(|i| !super::schema::is_null_schema(&branches[*i]))
                    .collect();
                // Branches that are all strings (or all integers, or numbers) make one
                // scalar type (Box's `oneOf: [{enum: [none]}, {pattern: ^[1-9]\d*$}]`): a
                // sample that satisfies the first satisfies the union.
                // In a refinement, branches of objects too: a sample satisfies the first.
                let first = match real.as_slice() {
                    [only] => Some(*only),
                    [first, ..] if key != "items" && same_scalar(source, branches, &real, loc) => {
                        Some(*first)
                    }
                    [first, ..] if key != "items" && refining => Some(*first),
                    _ => None,
                };
                if let Some(i) = first {
                    let bloc = loc.child(key).index(i);
                    self.gather(source, &branches[i], &bloc, hops + 1, refining);
                }
            }
        }
        // Branches that only require properties (an either-or, "one of `url` or `file_id`"):
        // a sample holds what the first requires and leaves out what only the others do, so
        // it satisfies `anyOf`, `oneOf` and a `not: {required: [url, file_id]}` beside them.
        for key in ["anyOf", "oneOf"] {
            let Some(branches) = keyword(obj, key).and_then(Value::as_array) else {
                continue;
            };
            if branches.len() < 2 || !branches.iter().all(super::schema::is_validation_only) {
                continue;
            }
            let names = |b: &Value| -> Vec<String> {
                b.get("required")
                    .and_then(Value::as_array)
                    .map(|r| {
                        r.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let first = names(&branches[0]);
            for n in &first {
                if !self.required.contains(n) {
                    self.required.push(n.clone());
                }
            }
            for n in branches[1..].iter().flat_map(names) {
                if !first.contains(&n) && !self.omit.contains(&n) {
                    self.omit.push(n);
                }
            }
        }
        if let Some(members) = keyword(obj, "allOf").and_then(Value::as_array) {
            for (i, m) in members.iter().enumerate() {
                self.gather(source, m, &loc.child("allOf").index(i), hops + 1, refining);
            }
        }
    }

    /// `own` (a property's constraints) with what `refined` (a refinement of the object
    /// holding it) adds; `own`'s keywords win.
    pub fn refined<'c>(
        own: Option<&'c Constraints>,
        refined: Option<&'c Constraints>,
    ) -> Option<std::borrow::Cow<'c, Constraints>> {
        use std::borrow::Cow;
        match (own, refined) {
            (own, None) => own.map(Cow::Borrowed),
            (None, Some(r)) => Some(Cow::Borrowed(r)),
            (Some(own), Some(r)) => {
                let mut c = own.clone();
                c.fill_from(r);
                Some(Cow::Owned(c))
            }
        }
    }

    /// Fill what is unset here from `other`.
    fn fill_from(&mut self, other: &Constraints) {
        self.format = self.format.take().or_else(|| other.format.clone());
        self.pattern = self.pattern.take().or_else(|| other.pattern.clone());
        self.min_length = self.min_length.or(other.min_length);
        self.max_length = self.max_length.or(other.max_length);
        self.minimum = self.minimum.or(other.minimum);
        self.maximum = self.maximum.or(other.maximum);
        self.multiple_of = self.multiple_of.or(other.multiple_of);
        self.min_items = self.min_items.or(other.min_items);
        self.max_items = self.max_items.or(other.max_items);
        self.unique_items |= other.unique_items;
        self.null_by_note_only |= other.null_by_note_only;
        if self.choices.is_empty() {
            self.choices = other.choices.clone();
        }
        match (&mut self.items, &other.items) {
            (Some(mine), Some(theirs)) => mine.fill_from(theirs),
            (mine @ None, Some(theirs)) => *mine = Some(theirs.clone()),
            _ => {}
        }
        for list in [
            (&mut self.required, &other.required),
            (&mut self.omit, &other.omit),
        ] {
            for n in list.1 {
                if !list.0.contains(n) {
                    list.0.push(n.clone());
                }
            }
        }
        for (name, theirs) in &other.properties {
            match self.properties.iter_mut().find(|(n, _)| n == name) {
                Some((_, mine)) => mine.fill_from(theirs),
                None => self.properties.push((name.clone(), theirs.clone())),
            }
        }
    }

    /// What a refinement says of the property `name`.
    pub fn property(&self, name: &str) -> Option<&Constraints> {
        self.properties
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c)
    }

    /// `preferred`, moved inside the bounds and onto a multiple where the schema asks.
    pub fn number_near(&self, preferred: f64, integer: bool) -> f64 {
        let step = if integer { 1.0 } else { 0.5 };
        let mut lo = f64::NEG_INFINITY;
        if let Some(b) = self.minimum {
            lo = if b.exclusive { b.value + step } else { b.value };
        }
        let mut hi = f64::INFINITY;
        if let Some(b) = self.maximum {
            hi = if b.exclusive { b.value - step } else { b.value };
        }
        let mut v = preferred.max(lo).min(hi);
        if integer {
            v = v.ceil();
            if v > hi {
                v = hi.floor();
            }
        }
        if let Some(m) = self.multiple_of {
            // A whole multiple: `1.51 / 0.01` is not exactly 151 in floating point, and
            // validators (AJV among them) compare the quotient exactly.
            let w = whole_multiple(m);
            let mut k = (v / w).ceil() * w;
            if k > hi {
                k = (v / w).floor() * w;
            }
            v = k;
        }
        v
    }
}

/// The smallest whole number that is a multiple of `m` (`0.25` → 1, `1.5` → 3); for a
/// multiple with no small whole multiple, `m` itself.
fn whole_multiple(m: f64) -> f64 {
    for k in 1..=1000 {
        let v = m * k as f64;
        if v.round() >= 1.0 && (v - v.round()).abs() < 1e-9 {
            return v.round();
        }
    }
    m
}

/// Whether the branches at `real` of `branches` all have one scalar `type` (string,
/// integer or number), following one `$ref`, and no properties.
fn same_scalar(source: &Source, branches: &[Value], real: &[usize], loc: &Loc) -> bool {
    let scalar = |b: &Value| -> Option<String> {
        let b = match b.get("$ref").and_then(Value::as_str) {
            Some(r) => source.get(&source.resolve_ref(loc, r).ok()?)?,
            None => b,
        };
        let t = b.get("type")?.as_str()?;
        (matches!(t, "string" | "integer" | "number") && b.get("properties").is_none())
            .then(|| t.to_string())
    };
    let mut types = real.iter().map(|&i| scalar(&branches[i]));
    let Some(Some(first)) = types.next() else {
        return false;
    };
    types.all(|t| t.as_deref() == Some(first.as_str()))
}

/// Whether a `type` keyword admits only `null` (`null`, `"null"` or `["null"]`).
fn only_null(ty: Option<&Value>) -> bool {
    match ty {
        Some(Value::Null) => true,
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(list)) => {
            !list.is_empty()
                && list
                    .iter()
                    .all(|t| t.is_null() || t.as_str() == Some("null"))
        }
        _ => false,
    }
}

/// `obj[key]` for a schema object: a schema has a handful of keywords, and comparing them
/// is cheaper than hashing `key` (constraints look up some twenty keywords per schema, on
/// the serial path of a large spec's IR).
pub(crate) fn keyword<'a>(obj: &'a serde_json::Map<String, Value>, key: &str) -> Option<&'a Value> {
    if obj.len() <= 8 {
        obj.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        obj.get(key)
    }
}

/// `value[key]` for a schema: see [`keyword`].
pub(crate) fn kw<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    keyword(value.as_object()?, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(min: Option<Bound>, max: Option<Bound>, multiple_of: Option<f64>) -> Constraints {
        Constraints {
            minimum: min,
            maximum: max,
            multiple_of,
            ..Default::default()
        }
    }

    fn incl(value: f64) -> Option<Bound> {
        Some(Bound {
            value,
            exclusive: false,
        })
    }

    fn excl(value: f64) -> Option<Bound> {
        Some(Bound {
            value,
            exclusive: true,
        })
    }

    #[test]
    fn numbers_inside_their_bounds() {
        assert_eq!(with(incl(10.0), None, None).number_near(1.0, true), 10.0);
        assert_eq!(with(excl(0.0), None, None).number_near(0.0, true), 1.0);
        assert_eq!(with(None, incl(-5.0), None).number_near(1.0, true), -5.0);
        assert_eq!(with(None, excl(1.0), None).number_near(1.5, false), 0.5);
        assert_eq!(
            with(incl(3.0), incl(100.0), Some(7.0)).number_near(1.0, true),
            7.0
        );
        assert_eq!(with(None, None, Some(0.01)).number_near(1.5, false), 2.0);
        assert_eq!(
            with(incl(1.0), None, Some(0.25)).number_near(1.0, true),
            1.0
        );
        assert_eq!(with(None, None, Some(1.5)).number_near(1.0, true), 3.0);
    }
}
