//! Schema → type conversion.
//!
//! Reads JSON Schema objects leniently (OpenAPI 3.0, 3.1 and Swagger 2.0 keywords alike) and
//! adds the types they need to the [`TypeSpace`]. Anything that cannot be typed becomes
//! [`TypeRef::Any`] with a warning naming its location; only reference cycles that no Rust
//! type can express are errors.

use super::types::*;
use crate::diag::{Error, Result, Warning, WarningCode};
use crate::load::{pointer, Loc, Source};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

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
        if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let target = match self.source.resolve_ref(loc, reference) {
                Ok(target) => target,
                Err(e) => return Ok(self.degrade(loc, &e)),
            };
            let ty = self.named(&target)?;
            let nullable = value.get("nullable").and_then(Value::as_bool) == Some(true);
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
        if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
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
        let examples = value.get("example").cloned().into_iter().collect();
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
        if obj.get("nullable").and_then(Value::as_bool) == Some(true)
            || obj.get("x-nullable").and_then(Value::as_bool) == Some(true)
        {
            nullable = true;
        }
        let ty = if obj.contains_key("allOf") {
            self.all_of(obj, loc, hint, slot)?
        } else if let Some((key, branches)) = union_branches(obj) {
            self.union(obj, key, branches, loc, hint, slot, &mut nullable)?
        } else if let Some(values) = obj.get("enum").and_then(Value::as_array) {
            self.enumeration(obj, values, loc, hint, slot, &mut nullable)
        } else if let Some(c) = obj.get("const") {
            let values = vec![c.clone()];
            self.enumeration(obj, &values, loc, hint, slot, &mut nullable)
        } else if types.len() > 1 {
            self.multi_type(obj, &types, loc, hint, slot)?
        } else {
            let ty = types.first().copied().or_else(|| infer_type(obj));
            match ty {
                Some("string") => match obj.get("format").and_then(Value::as_str) {
                    Some("binary") => TypeRef::Binary,
                    _ => TypeRef::String,
                },
                Some("integer") => {
                    TypeRef::Integer(match obj.get("format").and_then(Value::as_str) {
                        Some("int32") => IntKind::I32,
                        _ => IntKind::I64,
                    })
                }
                Some("number") => {
                    TypeRef::Number(match obj.get("format").and_then(Value::as_str) {
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
        let items = match obj.get("items") {
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
        let mut props = obj.get("properties");
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
        if let Some(req) = obj.get("required").and_then(Value::as_array) {
            merged
                .required
                .extend(req.iter().filter_map(Value::as_str).map(str::to_string));
        }
        match obj.get("additionalProperties") {
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
            if let Some(pp) = obj.get("patternProperties").and_then(Value::as_object) {
                if let Some((key, schema)) = pp.iter().next() {
                    merged.additional = Some((
                        Cow::Borrowed(schema),
                        loc.child("patternProperties").child(key),
                    ));
                }
            }
        }
        if let Some(e) = obj.get("example") {
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
        let def = self.space.get_mut(id);
        def.kind = TypeKind::Struct { fields, additional };
        if def.examples.is_empty() {
            def.examples = merged.examples;
        }
        Ok(TypeRef::Named(id))
    }

    /// The item schemas of union branches that are all arrays (after `$ref`s), or `None`.
    fn array_branches(&self, real: &[(&Value, Loc)]) -> Option<Vec<Value>> {
        let mut items = Vec::new();
        for (b, bloc) in real {
            let (target, schema) = self
                .source
                .deref(bloc)
                .ok()
                .or_else(|| Some((bloc.clone(), *b)))?;
            if target.file != bloc.file {
                // Its items' `$ref`s are relative to another file.
                return None;
            }
            let is_array = schema.get("type").and_then(Value::as_str) == Some("array");
            let item = schema.get("items").filter(|i| i.is_object())?;
            if !is_array || item.get("$ref").is_none() {
                // Only arrays of named records: inline items have no names to tell apart.
                return None;
            }
            items.push(item.clone());
        }
        Some(items)
    }

    /// The one value a variant schema at `loc` allows for property `prop` (`enum: [x]` or
    /// `const: x`), looking through `$ref`s and `allOf` members.
    fn declared_tag(&self, loc: &Loc, prop: &str, hops: usize) -> Option<String> {
        if hops > 8 {
            return None;
        }
        let (loc, schema) = self.source.deref(loc).ok()?;
        if schema
            .get("properties")
            .and_then(|ps| ps.get(prop))
            .is_some()
        {
            let (_, p) = self
                .source
                .deref(&loc.child("properties").child(prop))
                .ok()?;
            if let Some(c) = p.get("const").and_then(Value::as_str) {
                return Some(c.to_string());
            }
            if let Some([one]) = p.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
                return one.as_str().map(str::to_string);
            }
        }
        let members = schema.get("allOf").and_then(Value::as_array)?;
        (0..members.len())
            .find_map(|i| self.declared_tag(&loc.child("allOf").index(i), prop, hops + 1))
    }

    /// The schema `value` points to when it is a `$ref` (one level), for docs and formats.
    fn resolved_schema(&self, value: &Value, loc: &Loc) -> Option<&'a Value> {
        let source: &'a Source = self.source;
        let reference = value.get("$ref")?.as_str()?;
        let target = source.resolve_ref(loc, reference).ok()?;
        source.get(&target)
    }

    fn all_of(
        &mut self,
        obj: &Map<String, Value>,
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        let branches = obj
            .get("allOf")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let own_props = obj.contains_key("properties") || obj.contains_key("additionalProperties");
        // `allOf: [$ref]` (often used to attach a description or nullable) is the referenced type.
        // (An inline branch with a `required` beside the allOf is merged, so the
        // requirement is kept.)
        let sibling_required = obj.contains_key("required")
            && branches.first().is_some_and(|b| b.get("$ref").is_none());
        if branches.len() == 1
            && !own_props
            && !sibling_required
            && !obj.contains_key("oneOf")
            && !obj.contains_key("anyOf")
        {
            return self.convert(&branches[0], &loc.child("allOf").index(0), hint);
        }
        let mut merged = Merged::default();
        self.merge_into(obj, loc, &mut merged, true)?;
        if let Some(uloc) = &merged.union {
            if merged.properties.is_empty() {
                // allOf: [oneOf...] with nothing else: the union itself.
                let uloc = uloc.clone();
                let value = self.source.get(&uloc).cloned().unwrap_or(Value::Null);
                return self.convert(&value, &uloc, hint);
            }
            let at = self.source.display(uloc);
            self.warn(
                WarningCode::Unsupported,
                loc,
                format!(
                    "allOf with a oneOf/anyOf branch ({at}): only the object properties are typed"
                ),
            );
        }
        if merged.properties.is_empty() && merged.additional.is_none() {
            if let Some((scalar, sloc)) = merged.scalar.take() {
                return self.convert(&scalar, &sloc, hint);
            }
        }
        self.build_struct(&Value::Object(obj.clone()), merged, loc, hint, slot)
    }

    /// Merge `obj` and, recursively, its allOf branches into `merged`. `own_unions` is false
    /// for an allOf branch that is only a oneOf/anyOf (no properties): the caller has recorded
    /// it as the merge's union, and its oneOf/anyOf is neither checked again nor kept in the
    /// scalar copy.
    fn merge_into<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        loc: &Loc,
        merged: &mut Merged<'v>,
        own_unions: bool,
    ) -> Result<()>
    where
        'a: 'v,
    {
        if self.merging.contains(loc) {
            let chain: Vec<String> = self
                .merging
                .iter()
                .map(|l| self.source.display(l))
                .collect();
            return Err(Error::RefCycle {
                location: self.source.display(loc),
                chain: format!("allOf includes itself: {}", chain.join(" -> ")),
            });
        }
        self.merging.push(loc.clone());
        self.gather(obj, loc, merged);
        if own_unions && union_branches(obj).is_some() && merged.union.is_none() {
            merged.union = Some(loc.clone());
        }
        let (types, _) = type_list(obj);
        if merged.scalar.is_none()
            && !types.is_empty()
            && !types.contains(&"object")
            && !obj.contains_key("properties")
        {
            let mut scalar = obj.clone();
            if !own_unions {
                scalar.remove("oneOf");
                scalar.remove("anyOf");
            }
            merged.scalar = Some((Cow::Owned(Value::Object(scalar)), loc.clone()));
        }
        if let Some(branches) = obj.get("allOf").and_then(Value::as_array) {
            let source: &'a Source = self.source;
            for i in 0..branches.len() {
                let bloc = loc.child("allOf").index(i);
                let (target, value) = match source.deref(&bloc) {
                    Ok(found) => found,
                    Err(e) if degradable(&e) => {
                        // The other branches still type; this one's fields are not known.
                        let message = format!(
                            "{}; this allOf member is left out of the type",
                            e.split_location().1
                        );
                        self.warn(WarningCode::Degraded, &bloc, message);
                        continue;
                    }
                    Err(e) => {
                        self.merging.pop();
                        return Err(e);
                    }
                };
                if let Some(b) = value.as_object() {
                    // Nested allOf branches contribute, but their own oneOf is not merged.
                    let branch_unions = b.contains_key("properties") || union_branches(b).is_none();
                    if !branch_unions && merged.union.is_none() {
                        merged.union = Some(target.clone());
                    }
                    let result = self.merge_into(b, &target, merged, branch_unions);
                    if let Err(e) = result {
                        self.merging.pop();
                        return Err(e);
                    }
                }
            }
        }
        self.merging.pop();
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn union(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        branches: &[Value],
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
        nullable: &mut bool,
    ) -> Result<TypeRef> {
        let mut real = Vec::new();
        for (i, b) in branches.iter().enumerate() {
            let bloc = loc.child(key).index(i);
            if is_null_schema(b) {
                *nullable = true;
            } else {
                real.push((b, bloc));
            }
        }
        if real.iter().all(|(b, _)| is_validation_only(b)) || obj.contains_key("properties") {
            // oneOf used only to constrain required properties, or beside own properties:
            // the object itself is the type.
            let mut rest = obj.clone();
            rest.remove("oneOf");
            rest.remove("anyOf");
            if obj.contains_key("properties") && !real.iter().all(|(b, _)| is_validation_only(b)) {
                self.warn(
                    WarningCode::Unsupported,
                    loc,
                    format!("{key} beside properties: typed as the object's own properties"),
                );
            }
            return self.inline(&Value::Object(rest), loc, hint, slot);
        }
        if real.len() == 1 {
            let (b, bloc) = &real[0];
            return self.convert(b, bloc, hint);
        }
        if let Some(items) = self.array_branches(&real) {
            // `oneOf: [array of A, array of B]`: an array whose items are A or B, so a list
            // operation answering it is a list (and pages like one).
            let synthetic = serde_json::json!({"type": "array", "items": {key: items}});
            return self.inline(&synthetic, loc, hint, slot);
        }
        // Stripe-style expandable field: an id string or an object.
        if real.len() == 2 {
            let string_first = is_plain_string(real[0].0);
            let string_second = is_plain_string(real[1].0);
            if string_first != string_second {
                let (other, oloc) = if string_first { &real[1] } else { &real[0] };
                if other.get("$ref").is_some() {
                    if let TypeRef::Named(id) = self.convert(other, oloc, hint)? {
                        if matches!(
                            self.space.get(id).kind,
                            TypeKind::Struct { .. } | TypeKind::Pending
                        ) {
                            return Ok(TypeRef::Expandable(id));
                        }
                    }
                }
            }
        }
        let id = self.define(
            slot,
            loc,
            hint,
            &Value::Object(obj.clone()),
            TypeKind::Pending,
        );
        if slot.is_none() {
            self.by_loc.insert(loc.clone(), TypeRef::Named(id));
        }
        let mapping: Vec<(String, Loc)> = obj
            .get("discriminator")
            .and_then(|d| d.get("mapping"))
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(tag, r)| {
                        let r = r.as_str()?;
                        // Mapping values are refs or bare schema names.
                        let reference = if r.contains('#') || r.contains('/') || r.contains('.') {
                            r.to_string()
                        } else {
                            format!("#/components/schemas/{r}")
                        };
                        self.source
                            .resolve_ref(loc, &reference)
                            .ok()
                            .map(|l| (tag.clone(), l))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let discriminator = obj
            .get("discriminator")
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let mut variants: Vec<Variant> = Vec::new();
        for (i, (b, bloc)) in real.iter().enumerate() {
            let target = b
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| self.source.resolve_ref(bloc, r).ok());
            let vhint = match &target {
                Some(t) => name_for(self.source, t),
                None => b
                    .get("title")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                    .unwrap_or_else(|| {
                        primitive_hint(b).unwrap_or_else(|| format!("Variant{}", i + 1))
                    }),
            };
            let ty = self.convert(b, bloc, &child_hint(hint, &vhint))?;
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            let mut tags = Vec::new();
            if let Some(t) = &target {
                tags.extend(
                    mapping
                        .iter()
                        .filter(|(_, l)| l == t)
                        .map(|(tag, _)| tag.clone()),
                );
                if tags.is_empty() {
                    // No mapping: the variant's own single value for the property (`type:
                    // {enum: [text]}`) is what the API sends; else the schema's name.
                    // A value another variant already claims cannot tell them apart.
                    let declared = discriminator
                        .as_deref()
                        .and_then(|prop| self.declared_tag(t, prop, 0))
                        .filter(|tag| !variants.iter().any(|v| v.tags.contains(tag)));
                    tags.push(declared.unwrap_or_else(|| name_for(self.source, t)));
                }
            }
            let schema = target
                .as_ref()
                .and_then(|t| self.source.get(t).cloned())
                .unwrap_or_else(|| (*b).clone());
            variants.push(Variant {
                hint: vhint,
                ty,
                tags,
                required_count: schema
                    .get("required")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len),
            });
        }
        if variants.len() == 1 {
            // Branches collapsed to one type (e.g. two string formats).
            let ty = variants.remove(0).ty;
            let def = self.space.get_mut(id);
            if slot.is_some() {
                def.kind = TypeKind::Alias(ty.clone());
                return Ok(TypeRef::Named(id));
            }
            // An unused definition still has to be valid: make it an alias.
            def.kind = TypeKind::Alias(ty.clone());
            self.by_loc.insert(loc.clone(), ty.clone());
            return Ok(ty);
        }
        let discriminator = discriminator.filter(|_| variants.iter().all(|v| !v.tags.is_empty()));
        if discriminator.is_none() {
            // Untagged: serde tries variants in order, so put the most specific first.
            variants.sort_by_key(|v| untagged_rank(&v.ty, v.required_count));
        }
        self.space.get_mut(id).kind = TypeKind::Union {
            variants,
            discriminator,
        };
        Ok(TypeRef::Named(id))
    }

    fn enumeration(
        &mut self,
        obj: &Map<String, Value>,
        values: &[Value],
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
        nullable: &mut bool,
    ) -> TypeRef {
        let non_null: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
        if non_null.len() < values.len() {
            *nullable = true;
        }
        if non_null.is_empty() {
            return TypeRef::Any;
        }
        if non_null.iter().all(|v| v.is_string()) {
            let mut strings: Vec<String> = Vec::new();
            for v in non_null {
                let s = v.as_str().unwrap_or_default().to_string();
                if !strings.contains(&s) {
                    strings.push(s);
                }
            }
            let id = self.define(
                slot,
                loc,
                hint,
                &Value::Object(obj.clone()),
                TypeKind::StringEnum { values: strings },
            );
            if slot.is_none() {
                self.by_loc.insert(loc.clone(), TypeRef::Named(id));
            }
            return TypeRef::Named(id);
        }
        if non_null.iter().all(|v| v.is_i64() || v.is_u64()) {
            return TypeRef::Integer(IntKind::I64);
        }
        if non_null.iter().all(|v| v.is_number()) {
            return TypeRef::Number(FloatKind::F64);
        }
        if non_null.iter().all(|v| v.is_boolean()) {
            return TypeRef::Boolean;
        }
        TypeRef::Any
    }

    fn multi_type(
        &mut self,
        obj: &Map<String, Value>,
        types: &[&str],
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        let branches: Vec<Value> = types
            .iter()
            .map(|t| {
                let mut b = obj.clone();
                b.insert("type".into(), Value::String((*t).to_string()));
                if *t != "array" {
                    b.remove("items");
                }
                if *t != "object" {
                    b.remove("properties");
                    b.remove("additionalProperties");
                }
                Value::Object(b)
            })
            .collect();
        // Branch locations point at the schema itself: the branches are not in the file.
        let mut variants = Vec::new();
        for (t, b) in types.iter().zip(&branches) {
            let ty = self.inline(
                b,
                &loc.child(&format!("type={t}")),
                &child_hint(hint, t),
                None,
            )?;
            if !variants.iter().any(|v: &Variant| v.ty == ty) {
                variants.push(Variant {
                    hint: t.to_string(),
                    ty,
                    tags: Vec::new(),
                    required_count: 0,
                });
            }
        }
        if variants.len() == 1 {
            return Ok(variants.remove(0).ty);
        }
        variants.sort_by_key(|v| untagged_rank(&v.ty, v.required_count));
        let id = self.define(
            slot,
            loc,
            hint,
            &Value::Object(obj.clone()),
            TypeKind::Union {
                variants,
                discriminator: None,
            },
        );
        Ok(TypeRef::Named(id))
    }
}

/// Order for untagged variants: integers before numbers, objects with more required
/// properties before looser ones, catch-alls last.
fn untagged_rank(ty: &TypeRef, required: usize) -> (u8, usize) {
    match ty.strip_nullable().0 {
        TypeRef::Boolean => (0, 0),
        TypeRef::Integer(_) => (1, 0),
        TypeRef::Number(_) => (2, 0),
        TypeRef::String | TypeRef::Binary => (3, 0),
        TypeRef::Named(_) | TypeRef::Expandable(_) => (4, usize::MAX - required),
        TypeRef::Array(_) => (5, 0),
        TypeRef::Map(_) => (6, 0),
        TypeRef::Nullable(_) | TypeRef::Any => (7, 0),
    }
}

/// The `type` keyword as a list, without `null`, and whether `null` was in it.
fn type_list(obj: &Map<String, Value>) -> (Vec<&str>, bool) {
    match obj.get("type") {
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

fn union_branches(obj: &Map<String, Value>) -> Option<(&'static str, &Vec<Value>)> {
    for key in ["oneOf", "anyOf"] {
        if let Some(list) = obj.get(key).and_then(Value::as_array) {
            if !list.is_empty() {
                return Some((key, list));
            }
        }
    }
    None
}

fn is_null_schema(v: &Value) -> bool {
    match v.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Null) => true,
        _ => v
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.len() == 1 && e[0].is_null()),
    }
}

/// A branch that only restricts (`required: [...]`, `not`) and adds no type of its own.
fn is_validation_only(v: &Value) -> bool {
    let Some(obj) = v.as_object() else {
        return false;
    };
    ![
        "type",
        "$ref",
        "properties",
        "items",
        "enum",
        "allOf",
        "oneOf",
        "anyOf",
        "additionalProperties",
        "const",
        "format",
    ]
    .iter()
    .any(|k| obj.contains_key(*k))
}

fn is_plain_string(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("string")
        && v.get("enum").is_none()
        && v.get("$ref").is_none()
}

fn primitive_hint(v: &Value) -> Option<String> {
    let t = match v.get("type")? {
        Value::String(s) => s.clone(),
        _ => return None,
    };
    Some(match t.as_str() {
        "array" => "List".into(),
        "object" => return None,
        other => other.to_string(),
    })
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

fn description(v: &Value) -> Option<String> {
    v.get("description")
        .or_else(|| v.get("title"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Errors that concern one schema only, so the schema degrades instead of stopping generation.
fn degradable(error: &Error) -> bool {
    matches!(
        error,
        Error::DanglingRef { .. } | Error::RefCycle { .. } | Error::Spec { .. }
    )
}
