//! `oneOf`/`anyOf`: unions tagged by a discriminator or ordered for untagged decoding,
//! expandable ids, arrays of unions, and branches that only constrain an object.

use super::*;
use crate::ir::constraints::{keyword, kw};

impl<'a> SchemaConverter<'a> {
    /// `oneOf`/`anyOf` of the `real` (non-null) branches: the object itself when the
    /// branches only constrain it, the one branch, an array of a union, an expandable id, or
    /// a union tagged by its discriminator or ordered for untagged decoding.
    pub(super) fn union(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        real: &[(&Value, Loc)],
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> Result<TypeRef> {
        if real.iter().all(|(b, _)| is_validation_only(b)) || obj.contains_key("properties") {
            // oneOf used only to constrain required properties, or beside own properties:
            // the object itself is the type.
            let mut rest = obj.clone();
            rest.remove("oneOf");
            rest.remove("anyOf");
            // The key the branches came from (a typeless `items` list): else this schema
            // would come back here.
            rest.remove(key);
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
        if let Some(items) = self.array_branches(real) {
            // `oneOf: [array of A, array of B]`: an array whose items are A or B, so a list
            // operation answering it is a list (and pages like one).
            let synthetic = serde_json::json!({"type": "array", "items": {key: items}});
            return self.inline(&synthetic, loc, hint, slot);
        }
        if let Some(expandable) = self.expandable(real, hint)? {
            return Ok(expandable);
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
        let declared = obj
            .get("discriminator")
            .and_then(|d| d.get("propertyName"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let inferred = declared.is_none();
        let discriminator = declared.or_else(|| self.inferred_discriminator(real));
        let mut variants = self.variants(obj, real, loc, hint, discriminator.as_deref())?;
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
            // Untagged: the decoding tries variants in order and takes the first that keeps
            // the whole value (ties go to the earlier), so put the most specific first.
            variants.sort_by_key(|v| untagged_rank(&v.ty, v.required_count));
        }
        let inferred = inferred && discriminator.is_some();
        self.space.get_mut(id).kind = TypeKind::Union {
            variants,
            discriminator,
            inferred,
            exclusive: key == "oneOf",
        };
        Ok(TypeRef::Named(id))
    }

    /// Stripe-style expandable field: an id string or an object (by reference).
    pub(super) fn expandable(
        &mut self,
        real: &[(&Value, Loc)],
        hint: &[String],
    ) -> Result<Option<TypeRef>> {
        if real.len() != 2 {
            return Ok(None);
        }
        let string_first = is_plain_string(real[0].0);
        if string_first == is_plain_string(real[1].0) {
            return Ok(None);
        }
        let (other, oloc) = if string_first { &real[1] } else { &real[0] };
        if other.get("$ref").is_none() {
            return Ok(None);
        }
        if let TypeRef::Named(id) = self.convert(other, oloc, hint)? {
            if matches!(
                self.space.get(id).kind,
                TypeKind::Struct { .. } | TypeKind::Pending
            ) {
                return Ok(Some(TypeRef::Expandable(id)));
            }
        }
        Ok(None)
    }

    /// The discriminator's `mapping`: tag → where its schema is. Values are refs or bare
    /// schema names.
    pub(super) fn discriminator_mapping(
        &self,
        obj: &Map<String, Value>,
        loc: &Loc,
    ) -> Vec<(String, Loc)> {
        let Some(mapping) = obj
            .get("discriminator")
            .and_then(|d| d.get("mapping"))
            .and_then(Value::as_object)
        else {
            return Vec::new();
        };
        mapping
            .iter()
            .filter_map(|(tag, r)| {
                let r = r.as_str()?;
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
    }

    /// The union's variants, each with its name hint, type, tags and required count; a
    /// branch whose type an earlier one already has is left out.
    pub(super) fn variants(
        &mut self,
        obj: &Map<String, Value>,
        real: &[(&Value, Loc)],
        loc: &Loc,
        hint: &[String],
        discriminator: Option<&str>,
    ) -> Result<Vec<Variant>> {
        let mapping = self.discriminator_mapping(obj, loc);
        let targets: Vec<Option<Loc>> = real
            .iter()
            .map(|(b, bloc)| {
                let r = b.get("$ref")?.as_str()?;
                self.source.resolve_ref(bloc, r).ok()
            })
            .collect();
        // The values each branch allows for the discriminator (its `enum` or `const`).
        let allowed: Vec<Vec<String>> = targets
            .iter()
            .map(|t| {
                t.as_ref()
                    .zip(discriminator)
                    .and_then(|(t, prop)| self.tag_values(t, prop, 0))
                    .unwrap_or_default()
            })
            .collect();
        let mut variants: Vec<Variant> = Vec::new();
        for (i, (b, bloc)) in real.iter().enumerate() {
            let target = targets[i].clone();
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
                    // No mapping: the values the variant's own schema allows for the
                    // property are what the API sends (`type: {enum: [text]}`), else the
                    // schema's name is. A value another variant already claims cannot tell
                    // them apart.
                    let claimed = |tag: &String| variants.iter().any(|v| v.tags.contains(tag));
                    let name = name_for(self.source, t);
                    let values = &allowed[i];
                    let others = |tag: &String| {
                        (allowed.iter().enumerate()).any(|(j, a)| j != i && a.contains(tag))
                    };
                    // A value that another variant allows alone is that variant's.
                    let others_only = |tag: &String| {
                        (allowed.iter().enumerate())
                            .any(|(j, a)| j != i && a.len() == 1 && a[0] == *tag)
                    };
                    let own: Vec<String> = values
                        .iter()
                        .filter(|v| !claimed(v) && !others(v))
                        .cloned()
                        .collect();
                    match values.as_slice() {
                        [one] if !claimed(one) => tags.push(one.clone()),
                        // The implicit tag, the schema's name, is a value the property
                        // allows: the spec's own rule holds.
                        _ if values.contains(&name) && !claimed(&name) => {
                            tags.push(name.clone());
                            tags.extend(own.into_iter().filter(|v| *v != name));
                        }
                        // Several values of its own (OpenAI's `web_search` and its dated
                        // version): each is this variant's.
                        _ if !own.is_empty() => tags.extend(own),
                        // Values the variants share and that the schema's name is not
                        // (PagerDuty's runners, each `runner_type: sidecar | runbook`): the
                        // one its name spells.
                        [_, _, ..] => tags.push(
                            named_value(&name, values)
                                .filter(|v| !claimed(v) && !others_only(v))
                                .unwrap_or(name),
                        ),
                        _ => tags.push(name),
                    }
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
        Ok(variants)
    }

    /// The item schemas of union branches that are all arrays (after `$ref`s), or `None`.
    pub(super) fn array_branches(&self, real: &[(&Value, Loc)]) -> Option<Vec<Value>> {
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
            let is_array = kw(schema, "type").and_then(Value::as_str) == Some("array");
            let item = kw(schema, "items").filter(|i| i.is_object())?;
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
    pub(super) fn declared_tag(&self, loc: &Loc, prop: &str, hops: usize) -> Option<String> {
        match self.tag_values(loc, prop, hops)?.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The string values a variant schema at `loc` allows for property `prop` (its `const`
    /// or `enum`), looking through `$ref`s and `allOf` members: the narrowest list found.
    pub(super) fn tag_values(&self, loc: &Loc, prop: &str, hops: usize) -> Option<Vec<String>> {
        if hops > 8 {
            return None;
        }
        let (loc, schema) = self.source.deref(loc).ok()?;
        let own = schema
            .get("properties")
            .and_then(|ps| ps.get(prop))
            .and_then(|_| self.source.deref(&loc.child("properties").child(prop)).ok())
            .and_then(|(_, p)| match (p.get("const"), p.get("enum")) {
                (Some(c), _) => Some(vec![c.as_str()?.to_string()]),
                // A `null` among them (a nullable enum) tags nothing.
                (None, Some(Value::Array(values))) => Some(
                    values
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect(),
                ),
                _ => None,
            });
        let members = kw(schema, "allOf").and_then(Value::as_array);
        let refined = (0..members.map_or(0, Vec::len))
            .filter_map(|i| self.tag_values(&loc.child("allOf").index(i), prop, hops + 1));
        own.into_iter()
            .chain(refined)
            .filter(|values| !values.is_empty())
            .min_by_key(Vec::len)
    }

    /// A property that tells the branches apart though no discriminator is declared: every
    /// branch is a named schema holding one value of it (`type: {enum: [resolve_log_entry]}`,
    /// or a `const`), each a value of its own. The first such property of the first branch.
    pub(super) fn inferred_discriminator(&self, real: &[(&Value, Loc)]) -> Option<String> {
        if real.len() < 2 {
            return None;
        }
        let targets: Vec<Loc> = real
            .iter()
            .map(|(b, bloc)| {
                let r = b.get("$ref")?.as_str()?;
                self.source.resolve_ref(bloc, r).ok()
            })
            .collect::<Option<_>>()?;
        let mut names = Vec::new();
        self.property_names(&targets[0], 0, &mut names);
        names.into_iter().find(|prop| {
            let mut seen = std::collections::HashSet::new();
            targets.iter().all(|t| {
                self.declared_tag(t, prop, 0)
                    .is_some_and(|tag| seen.insert(tag))
            })
        })
    }

    /// The property names of the schema at `loc` and of its `allOf` members, in order.
    fn property_names(&self, loc: &Loc, hops: usize, out: &mut Vec<String>) {
        if hops > 8 {
            return;
        }
        let Ok((loc, schema)) = self.source.deref(loc) else {
            return;
        };
        if let Some(props) = kw(schema, "properties").and_then(Value::as_object) {
            for name in props.keys() {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
        }
        if let Some(members) = kw(schema, "allOf").and_then(Value::as_array) {
            for i in 0..members.len() {
                self.property_names(&loc.child("allOf").index(i), hops + 1, out);
            }
        }
    }

    /// The schema `value` points to when it is a `$ref` (one level), for docs and formats.
    pub(super) fn resolved_schema(&self, value: &Value, loc: &Loc) -> Option<&'a Value> {
        let source: &'a Source = self.source;
        let reference = kw(value, "$ref")?.as_str()?;
        let target = source.resolve_ref(loc, reference).ok()?;
        source.get(&target)
    }
}

/// The one of `values` that the schema `name` spells (`sidecar` in
/// `RunnerSidecarPostBody`), compared on letters and digits alone, case aside; of several,
/// the longest (`card_present` over `card` in `CardPresentPayment`) when only one is.
fn named_value(name: &str, values: &[String]) -> Option<String> {
    let plain = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let name = plain(name);
    let mut found: Vec<(usize, &String)> = values
        .iter()
        .map(|v| (plain(v).len(), v))
        .filter(|(len, v)| *len > 0 && name.contains(&plain(v)))
        .collect();
    found.sort_by_key(|b| std::cmp::Reverse(b.0));
    match found.as_slice() {
        [(_, one)] => Some((*one).clone()),
        [(longest, one), (next, _), ..] if longest > next => Some((*one).clone()),
        _ => None,
    }
}

/// Order for untagged variants: integers before numbers, objects with more required
/// properties before looser ones, catch-alls last.
pub(crate) fn untagged_rank(ty: &TypeRef, required: usize) -> (u8, usize) {
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

pub(super) fn union_branches(obj: &Map<String, Value>) -> Option<(&'static str, &Vec<Value>)> {
    for key in ["oneOf", "anyOf"] {
        if let Some(list) = obj.get(key).and_then(Value::as_array) {
            if !list.is_empty() {
                return Some((key, list));
            }
        }
    }
    items_as_one_of(obj).map(|list| ("items", list))
}

/// `items: [A, B]` with no `type` and nothing else about an array (Slack writes
/// `latest: {items: [{$ref: message}, {type: null}]}` for "a message or null"): a list is
/// not a schema in OpenAPI, and such a value is one of the listed schemas, not an array.
pub(crate) fn items_as_one_of(obj: &Map<String, Value>) -> Option<&Vec<Value>> {
    let array_words = ["type", "minItems", "maxItems", "uniqueItems", "contains"];
    match keyword(obj, "items") {
        Some(Value::Array(list))
            if !list.is_empty() && !array_words.iter().any(|k| obj.contains_key(*k)) =>
        {
            Some(list)
        }
        _ => None,
    }
}

pub(crate) fn is_null_schema(v: &Value) -> bool {
    match kw(v, "type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Null) => true,
        _ => v
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|e| e.len() == 1 && e[0].is_null()),
    }
}

/// A branch that only restricts (`required: [...]`, `not`) and adds no type of its own.
pub(crate) fn is_validation_only(v: &Value) -> bool {
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

pub(super) fn is_plain_string(v: &Value) -> bool {
    kw(v, "type").and_then(Value::as_str) == Some("string")
        && kw(v, "enum").is_none()
        && kw(v, "$ref").is_none()
}

pub(super) fn primitive_hint(v: &Value) -> Option<String> {
    let t = match kw(v, "type")? {
        Value::String(s) => s.clone(),
        _ => return None,
    };
    Some(match t.as_str() {
        "array" => "List".into(),
        "object" => return None,
        other => other.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::named_value;

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_schema_name_spells_one_of_its_tags_values() {
        let kinds = values(&["sidecar", "runbook"]);
        let named = |name: &str| named_value(name, &kinds);
        assert_eq!(named("RunnerSidecarPostBody").as_deref(), Some("sidecar"));
        assert_eq!(
            named("AutomationActionsRunnerRunbookBody").as_deref(),
            Some("runbook")
        );
        assert_eq!(named("RunnerBody"), None);
        assert_eq!(named("SidecarOrRunbook"), None, "both are spelled");
        let cards = values(&["card", "card_present", "bank_transfer"]);
        assert_eq!(
            named_value("CardPresentPayment", &cards).as_deref(),
            Some("card_present")
        );
        assert_eq!(
            named_value("BankTransferChoice", &cards).as_deref(),
            Some("bank_transfer")
        );
        assert_eq!(named_value("CardPayment", &cards).as_deref(), Some("card"));
    }
}
