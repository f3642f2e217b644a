//! Enumerations (`enum`, `const`) and type lists (`type: [string, integer]`).

use super::*;

impl<'a> SchemaConverter<'a> {
    pub(super) fn enumeration(
        &mut self,
        obj: &Map<String, Value>,
        values: &[Value],
        loc: &Loc,
        hint: &[String],
        slot: Option<TypeId>,
    ) -> TypeRef {
        // A `null` value makes the type nullable (the caller's part); the rest decide it.
        let non_null: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
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

    pub(super) fn multi_type(
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
                inferred: false,
                exclusive: false,
            },
        );
        Ok(TypeRef::Named(id))
    }
}
