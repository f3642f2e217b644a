//! `allOf`: the branches merged into one struct (properties, required, refinements), with
//! cycles and broken branches degraded.

use super::*;
use crate::ir::constraints::keyword;

impl<'a> SchemaConverter<'a> {
    pub(super) fn all_of(
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
        // Members that only annotate (`allOf: [$ref, {description: ...}]`, DigitalOcean's
        // way to describe a field) add no type: with one other member, that is the type
        // (nullable if a note says so: `inline` reads the notes). Merged, the `$ref` target's
        // own `nullable` was lost and a copy of its struct made.
        let typed: Vec<usize> = (0..branches.len())
            .filter(|&i| !is_annotation_only(&branches[i]))
            .collect();
        let lone = match typed.as_slice() {
            [one] => *one,
            _ => 0,
        };
        let sibling_required = obj.contains_key("required")
            && branches.get(lone).is_some_and(|b| b.get("$ref").is_none());
        let lone_branch = (branches.len() == 1 || typed.len() == 1)
            && !own_props
            && !sibling_required
            && !obj.contains_key("oneOf")
            && !obj.contains_key("anyOf");
        let lone_type =
            |this: &mut Self| this.convert(&branches[lone], &loc.child("allOf").index(lone), hint);
        if lone_branch && !obj.contains_key("required") {
            return lone_type(self);
        }
        let mut merged = Merged::default();
        self.merge_into(obj, loc, &mut merged, true)?;
        // A `required` beside `allOf: [$ref]` keeps the referenced type, unless it names a
        // property that type does not declare: then the merged struct, which holds it.
        let undeclared = merged
            .required
            .iter()
            .any(|r| !merged.properties.iter().any(|(n, _, _)| n == r));
        if lone_branch && (!undeclared || merged.properties.is_empty()) {
            return lone_type(self);
        }
        if let Some(uloc) = &merged.union {
            if merged.properties.is_empty() {
                // allOf: [oneOf...] with nothing else: the union itself. When the union is
                // this schema's own (`allOf` beside `oneOf`), without the allOf, which would
                // bring it back here.
                let uloc = uloc.clone();
                if &uloc == loc {
                    let mut rest = obj.clone();
                    rest.remove("allOf");
                    return self.convert(&Value::Object(rest), loc, hint);
                }
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
    pub(super) fn merge_into<'v>(
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
        if let Some(branches) = keyword(obj, "allOf").and_then(Value::as_array) {
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
}

/// Whether the schema says itself that it may be null (`nullable`, Swagger's `x-nullable`).
pub(crate) fn says_nullable(v: &Value) -> bool {
    ["nullable", "x-nullable"]
        .iter()
        .any(|k| v.get(*k).and_then(Value::as_bool) == Some(true))
}

/// Whether an `allOf` member that only annotates says the value may be null
/// (`allOf: [$ref, {nullable: true}]`, OpenAI's way).
pub(crate) fn noted_nullable(obj: &Map<String, Value>) -> bool {
    keyword(obj, "allOf")
        .and_then(Value::as_array)
        .is_some_and(|members| {
            members
                .iter()
                .any(|m| says_nullable(m) && is_annotation_only(m))
        })
}

/// A schema that only describes (`description`, `title`, `example`, `nullable`, `x-...`):
/// as an `allOf` member it adds no type.
pub(crate) fn is_annotation_only(v: &Value) -> bool {
    const NOTES: &[&str] = &[
        "description",
        "title",
        "summary",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "nullable",
        "x-nullable",
        "externalDocs",
        "$comment",
    ];
    v.as_object().is_some_and(|m| {
        m.keys()
            .all(|k| NOTES.contains(&k.as_str()) || k.starts_with("x-"))
    })
}
