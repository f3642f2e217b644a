//! Schema → type conversion.
//!
//! Reads JSON Schema objects leniently (OpenAPI 3.0, 3.1 and Swagger 2.0 keywords alike) and
//! adds the types they need to the [`TypeSpace`]. Anything that cannot be typed becomes
//! [`TypeRef::Any`] with a warning naming its location; only reference cycles that no Rust
//! type can express are errors.

use super::types::*;
use crate::diag::{Error, Result, Warning, WarningCode};
use crate::ir::constraints::{keyword, kw};
use crate::load::{pointer, Loc, Source};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

mod all_of;
mod scalars;
mod union;

pub(crate) use all_of::{is_annotation_only, noted_nullable, says_nullable};
use union::*;
pub(crate) use union::{is_null_schema, is_validation_only, items_as_one_of, untagged_rank};

pub struct SchemaConverter<'a> {
    source: &'a Source,
    pub space: TypeSpace,
    pub warnings: Vec<Warning>,
    /// Types already produced for a schema location (named or inline).
    by_loc: HashMap<Loc, TypeRef>,
    /// `$ref`-only chains being followed, to report cycles.
    following: Vec<Loc>,
    /// allOf merges in progress, to report cycles.
    merging: Vec<Loc>,
}

/// Properties gathered from an object schema and its allOf branches.
#[derive(Default)]
struct Merged<'v> {
    /// Borrowed from the spec (or the schema being converted), never cloned.
    properties: Vec<(String, &'v Value, Loc)>,
    /// Later schemas of an already seen property (an allOf branch refining it): their
    /// validation keywords also hold.
    refinements: Vec<(String, &'v Value, Loc)>,
    required: BTreeSet<String>,
    additional: Option<(Cow<'v, Value>, Loc)>,
    /// A branch that is not an object (`allOf: [{type: string}, ...]`).
    scalar: Option<(Cow<'v, Value>, Loc)>,
    /// A branch that is a oneOf/anyOf: cannot be merged into a struct.
    union: Option<Loc>,
    examples: Vec<Value>,
}

impl<'a> SchemaConverter<'a> {
    pub fn new(source: &'a Source) -> Self {
        SchemaConverter {
            source,
            space: TypeSpace::default(),
            warnings: Vec::new(),
            by_loc: HashMap::new(),
            following: Vec::new(),
            merging: Vec::new(),
        }
    }

    /// A broken reference or an untypeable cycle under a schema: the part becomes
    /// `serde_json::Value` with a warning (an error under `--strict`), the rest still types.
    fn degrade(&mut self, loc: &Loc, error: &Error) -> TypeRef {
        self.warn(
            WarningCode::ValueFallback,
            loc,
            format!("{}; typed as serde_json::Value", error.split_location().1),
        );
        TypeRef::Any
    }

    fn warn(&mut self, code: WarningCode, loc: &Loc, message: impl Into<String>) {
        self.warnings
            .push(Warning::new(code, self.source.display(loc), message));
    }

    /// Convert the schema `value` found at `loc`; `hint` names any type it defines.
    pub fn convert(&mut self, value: &Value, loc: &Loc, hint: &[String]) -> Result<TypeRef> {
        if let Some(reference) = kw(value, "$ref").and_then(Value::as_str) {
            let target = match self.source.resolve_ref(loc, reference) {
                Ok(target) => target,
                Err(e) => return Ok(self.degrade(loc, &e)),
            };
            let ty = self.named(&target)?;
            let nullable = kw(value, "nullable").and_then(Value::as_bool) == Some(true);
            return Ok(if nullable { ty.nullable() } else { ty });
        }
        self.inline(value, loc, hint, None)
    }

    /// The type of the schema at `target`, defining it (named after the location) once.
    pub fn named(&mut self, target: &Loc) -> Result<TypeRef> {
        if let Some(t) = self.by_loc.get(target) {
            return Ok(t.clone());
        }
        let value = self.source.get(target).cloned().unwrap_or(Value::Null);
        if let Some(reference) = kw(&value, "$ref").and_then(Value::as_str) {
            // A schema that only points elsewhere is the other schema.
            if self.following.contains(target) {
                let mut chain: Vec<String> = self
                    .following
                    .iter()
                    .map(|l| self.source.display(l))
                    .collect();
                chain.push(self.source.display(target));
                let cycle = Error::RefCycle {
                    location: self.source.display(target),
                    chain: chain.join(" -> "),
                };
                return Ok(self.degrade(target, &cycle));
            }
            self.following.push(target.clone());
            let result = match self.source.resolve_ref(target, reference) {
                Ok(next) => self.named(&next),
                Err(e) => Ok(self.degrade(target, &e)),
            };
            self.following.pop();
            let ty = result?;
            self.by_loc.insert(target.clone(), ty.clone());
            return Ok(ty);
        }
        let name = name_for(self.source, target);
        let id = self.space.add(TypeDef {
            hint: vec![name.clone()],
            doc: None,
            location: self.source.display(target),
            kind: TypeKind::Pending,
            examples: Vec::new(),
            resource_id: value
                .get("x-resourceId")
                .and_then(Value::as_str)
                .map(str::to_string),
        });
        self.by_loc.insert(target.clone(), TypeRef::Named(id));
        let ty = match self.inline(&value, target, &[name], Some(id)) {
            Ok(ty) => ty,
            Err(e) if degradable(&e) => {
                // An allOf that includes itself: this schema alone becomes untyped JSON.
                let any = self.degrade(target, &e);
                self.space.get_mut(id).kind = TypeKind::Alias(any);
                return Ok(TypeRef::Named(id));
            }
            Err(e) => return Err(e),
        };
        if matches!(self.space.get(id).kind, TypeKind::Pending) {
            // The schema did not need a definition of its own: keep a named alias.
            let (inner, nullable) = ty.strip_nullable();
            self.space.get_mut(id).kind = TypeKind::Alias(inner.clone());
            let named = TypeRef::Named(id);
            let result = if nullable { named.nullable() } else { named };
            self.by_loc.insert(target.clone(), result.clone());
            return Ok(result);
        }
        self.by_loc.insert(target.clone(), ty.clone());
        Ok(ty)
    }

    /// Allocate the definition for an inline schema (or fill `slot`).
    fn define(
        &mut self,
        slot: Option<TypeId>,
        loc: &Loc,
        hint: &[String],
        value: &Value,
        kind: TypeKind,
    ) -> TypeId {
        let doc = description(value);
        let examples = kw(value, "example").cloned().into_iter().collect();
        let id = match slot {
            Some(id) => id,
            None => self.space.add(TypeDef {
                hint: hint.to_vec(),
                doc: None,
                location: self.source.display(loc),
                kind: TypeKind::Pending,
                examples: Vec::new(),
                resource_id: None,
            }),
        };
        let def = self.space.get_mut(id);
        def.kind = kind;
        def.doc = doc;
        def.examples = examples;
        id
    }

    fn inline(
        &mut self,
        value: &Value,
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        if slot.is_none() {
            if let Some(t) = self.by_loc.get(loc) {
                return Ok(t.clone());
            }
        }
        let obj = match value {
            Value::Object(m) => m,
            Value::Bool(_) | Value::Null => return Ok(TypeRef::Any),
            other => {
                self.warn(
                    WarningCode::ValueFallback,
                    loc,
                    format!("expected a schema mapping, found {other}; using serde_json::Value"),
                );
                return Ok(TypeRef::Any);
            }
        };
        let (types, mut nullable) = type_list(obj);
        if all_of::says_nullable(value) || all_of::noted_nullable(obj) {
            nullable = true;
        }
        let ty = if obj.contains_key("allOf") {
            self.all_of(obj, loc, hint, slot)?
        } else if let Some((key, branches)) = union_branches(obj) {
            // A `null` branch makes the union nullable; the others are its variants.
            nullable |= branches.iter().any(is_null_schema);
            let real: Vec<(&Value, Loc)> = branches
                .iter()
                .enumerate()
                .filter(|(_, b)| !is_null_schema(b))
                .map(|(i, b)| (b, loc.child(key).index(i)))
                .collect();
            self.union(obj, key, &real, loc, hint, slot)?
        } else if let Some(values) = keyword(obj, "enum").and_then(Value::as_array) {
            nullable |= values.iter().any(Value::is_null);
            self.enumeration(obj, values, loc, hint, slot)
        } else if let Some(c) = keyword(obj, "const") {
            nullable |= c.is_null();
            self.enumeration(obj, std::slice::from_ref(c), loc, hint, slot)
        } else if types.len() > 1 {
            self.multi_type(obj, &types, loc, hint, slot)?
        } else {
            let ty = types.first().copied().or_else(|| infer_type(obj));
            match ty {
                Some("string") => match keyword(obj, "format").and_then(Value::as_str) {
                    Some("binary") => TypeRef::Binary,
                    _ => TypeRef::String,
                },
                Some("integer") => {
                    TypeRef::Integer(match keyword(obj, "format").and_then(Value::as_str) {
                        Some("int32") => IntKind::I32,
                        _ => IntKind::I64,
                    })
                }
                Some("number") => {
                    TypeRef::Number(match keyword(obj, "format").and_then(Value::as_str) {
                        Some("float") => FloatKind::F32,
                        _ => FloatKind::F64,
                    })
                }
                Some("boolean") => TypeRef::Boolean,
                Some("array") => self.array(obj, loc, hint)?,
                Some("object") => self.object(value, obj, loc, hint, slot)?,
                Some("null") => {
                    nullable = true;
                    TypeRef::Any
                }
                Some("file") => TypeRef::Binary,
                Some(other) => {
                    self.warn(
                        WarningCode::ValueFallback,
                        loc,
                        format!("unknown schema type `{other}`; using serde_json::Value"),
                    );
                    TypeRef::Any
                }
                None => TypeRef::Any,
            }
        };
        if slot.is_none() {
            if let TypeRef::Named(_) = ty {
                self.by_loc.insert(loc.clone(), ty.clone());
            }
        }
        Ok(if nullable { ty.nullable() } else { ty })
    }

    fn array(&mut self, obj: &Map<String, Value>, loc: &Loc, hint: &[String]) -> Result<TypeRef> {
        let item_hint = child_hint(hint, "Item");
        let items = match keyword(obj, "items") {
            None => TypeRef::Any,
            Some(Value::Array(list)) => {
                // Swagger/JSON Schema tuple form: one schema per position. Written as
                // `[schema, {type: null}]` (Slack), it means items that may be null.
                let real: Vec<usize> = (0..list.len())
                    .filter(|i| !is_null_schema(&list[*i]))
                    .collect();
                match real.as_slice() {
                    [only] => {
                        let ty = self.convert(
                            &list[*only],
                            &loc.child("items").index(*only),
                            &item_hint,
                        )?;
                        if real.len() < list.len() {
                            ty.nullable()
                        } else {
                            ty
                        }
                    }
                    _ => TypeRef::Any,
                }
            }
            Some(items) => self.convert(items, &loc.child("items"), &item_hint)?,
        };
        Ok(TypeRef::Array(Box::new(items)))
    }

    fn object(
        &mut self,
        value: &Value,
        obj: &Map<String, Value>,
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        let mut merged = Merged::default();
        self.gather(obj, loc, &mut merged);
        self.build_struct(value, merged, loc, hint, slot)
    }

    /// Collect the object keywords of `obj` into `merged`.
    fn gather<'v>(&mut self, obj: &'v Map<String, Value>, loc: &Loc, merged: &mut Merged<'v>)
    where
        'a: 'v,
    {
        // Some specs put a `$ref` where the properties mapping belongs; follow it.
        let source = self.source;
        let mut props_loc = loc.child("properties");
        let mut props = keyword(obj, "properties");
        if let Some(reference) = props.and_then(|p| p.get("$ref")).and_then(Value::as_str) {
            match source.resolve_ref(loc, reference) {
                Ok(target) => {
                    props = source.get(&target);
                    props_loc = target;
                }
                Err(e) => {
                    self.warn(WarningCode::Unsupported, loc, format!("properties: {e}"));
                    props = None;
                }
            }
        }
        if let Some(props) = props.and_then(Value::as_object) {
            for (name, schema) in props {
                let prop_loc = props_loc.child(name);
                if let Some(existing) = merged.properties.iter_mut().find(|(n, _, _)| n == name) {
                    // A later allOf branch refines the property; keep the more specific schema.
                    if existing.1.as_object().is_some_and(|m| {
                        m.is_empty() || !m.contains_key("type") && !m.contains_key("$ref")
                    }) {
                        let old = (existing.1, existing.2.clone());
                        existing.1 = schema;
                        existing.2 = prop_loc;
                        merged.refinements.push((name.clone(), old.0, old.1));
                    } else {
                        merged.refinements.push((name.clone(), schema, prop_loc));
                    }
                } else {
                    merged.properties.push((name.clone(), schema, prop_loc));
                }
            }
        }
        if let Some(req) = keyword(obj, "required").and_then(Value::as_array) {
            merged
                .required
                .extend(req.iter().filter_map(Value::as_str).map(str::to_string));
        }
        match keyword(obj, "additionalProperties") {
            Some(Value::Bool(true)) => {
                merged.additional = Some((
                    Cow::Owned(Value::Object(Map::new())),
                    loc.child("additionalProperties"),
                ))
            }
            Some(schema @ Value::Object(_)) => {
                merged.additional = Some((Cow::Borrowed(schema), loc.child("additionalProperties")))
            }
            _ => {}
        }
        if merged.additional.is_none() {
            if let Some(pp) = keyword(obj, "patternProperties").and_then(Value::as_object) {
                if let Some((key, schema)) = pp.iter().next() {
                    merged.additional = Some((
                        Cow::Borrowed(schema),
                        loc.child("patternProperties").child(key),
                    ));
                }
            }
        }
        if let Some(e) = keyword(obj, "example") {
            merged.examples.push(e.clone());
        }
    }

    fn build_struct(
        &mut self,
        value: &Value,
        merged: Merged<'_>,
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        let additional = match &merged.additional {
            Some((schema, aloc)) => Some(self.convert(schema, aloc, &child_hint(hint, "Value"))?),
            None => None,
        };
        if merged.properties.is_empty() {
            // No declared properties: a map (of anything, unless additionalProperties says).
            return Ok(TypeRef::Map(Box::new(additional.unwrap_or(TypeRef::Any))));
        }
        let id = self.define(slot, loc, hint, value, TypeKind::Pending);
        if slot.is_none() {
            self.by_loc.insert(loc.clone(), TypeRef::Named(id));
        }
        let mut fields = Vec::with_capacity(merged.properties.len());
        for (name, schema, prop_loc) in &merged.properties {
            let ty = self.convert(schema, prop_loc, &child_hint(hint, name))?;
            let target = self.resolved_schema(schema, prop_loc);
            fields.push(Field {
                name: name.clone(),
                ty,
                required: merged.required.contains(name),
                doc: description(schema).or_else(|| target.and_then(description)),
                format: schema
                    .get("format")
                    .or_else(|| target.and_then(|t| t.get("format")))
                    .and_then(Value::as_str)
                    .map(str::to_string),
                constraints: super::Constraints::of_all(
                    self.source,
                    std::iter::once((*schema, prop_loc)).chain(
                        merged
                            .refinements
                            .iter()
                            .filter(|(n, _, _)| n == name)
                            .map(|(_, v, l)| (*v, l)),
                    ),
                ),
            });
        }
        // `required` may name a property the schema does not declare (a spec's slip): it
        // becomes an optional field of any JSON value, so a request can carry it (a strict
        // server wants it) and a decoded record keeps it. Optional, because a record without
        // it (the slip is often a stale or misspelt name) must still decode.
        for name in &merged.required {
            if !merged.properties.iter().any(|(n, _, _)| n == name) {
                self.warn(
                    WarningCode::ValueFallback,
                    &loc.child("required"),
                    format!("required property `{name}` is not declared in `properties`: typed as any JSON value"),
                );
                fields.push(Field {
                    name: name.clone(),
                    ty: TypeRef::Any,
                    required: false,
                    doc: Some(
                        "Required by the schema, which does not describe it: set it in requests. \
                         A record without it still decodes."
                            .into(),
                    ),
                    format: None,
                    constraints: None,
                });
            }
        }
        let def = self.space.get_mut(id);
        def.kind = TypeKind::Struct { fields, additional };
        if def.examples.is_empty() {
            def.examples = merged.examples;
        }
        Ok(TypeRef::Named(id))
    }
}

/// The `type` keyword as a list, without `null`, and whether `null` was in it.
fn type_list(obj: &Map<String, Value>) -> (Vec<&str>, bool) {
    match keyword(obj, "type") {
        Some(Value::String(s)) if s == "null" => (vec![], true),
        Some(Value::String(s)) => (vec![s.as_str()], false),
        Some(Value::Array(list)) => {
            let nullable = list
                .iter()
                .any(|t| t.as_str() == Some("null") || t.is_null());
            let mut types: Vec<&str> = list
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .collect();
            types.dedup();
            (types, nullable)
        }
        Some(Value::Null) => (vec![], true),
        _ => (vec![], false),
    }
}

/// A type for schemas without `type`, from the keywords they use.
fn infer_type(obj: &Map<String, Value>) -> Option<&'static str> {
    if obj.contains_key("properties")
        || obj.contains_key("additionalProperties")
        || obj.contains_key("patternProperties")
    {
        Some("object")
    } else if obj.contains_key("items") {
        Some("array")
    } else {
        None
    }
}

fn child_hint(hint: &[String], name: &str) -> Vec<String> {
    let mut h = hint.to_vec();
    h.push(name.to_string());
    h
}

/// A name for the schema at `loc`: the pointer's last token, or the file's stem.
fn name_for(source: &Source, loc: &Loc) -> String {
    pointer::last_token(&loc.pointer)
        .filter(|t| t.parse::<usize>().is_err())
        .or_else(|| {
            source.files[loc.file.0]
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "Schema".into())
}

/// The schema's `description` (else `title`), or that of an `allOf` member that only
/// annotates (`allOf: [$ref, {description: ...}]`).
fn description(v: &Value) -> Option<String> {
    let own = |v: &Value| {
        kw(v, "description")
            .or_else(|| kw(v, "title"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    own(v).or_else(|| {
        let members = kw(v, "allOf")?.as_array()?;
        members
            .iter()
            .filter(|m| all_of::is_annotation_only(m))
            .find_map(own)
    })
}

/// Errors that concern one schema only, so the schema degrades instead of stopping generation.
fn degradable(error: &Error) -> bool {
    matches!(
        error,
        Error::DanglingRef { .. } | Error::RefCycle { .. } | Error::Spec { .. }
    )
}
