//! Sample values and served bodies: path-safe arguments, response bodies that decode,
//! and the markers that tell the records of synthesized pages apart.

use super::*;

pub(super) fn json_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// Percent-encode a path segment the way the runtime does (RFC 3986 unreserved kept).
pub(super) fn encode_segment(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A path-safe sample for a path parameter.
pub(super) fn path_sample(plan: &CratePlan, p: &crate::ir::Param) -> Value {
    let seed = format!(
        "p-{}",
        crate::analyze::naming::snake(&p.name).replace('_', "-")
    );
    match plan.resolve(&p.ty) {
        TypeRef::String => plan.sample_with(&p.ty, &seed, p.constraints.as_deref()),
        _ => plan.sample_with(&p.ty, &p.name, p.constraints.as_deref()),
    }
}

pub(super) fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The example to serve for a response: the spec's, when it round-trips; else a synthesized one.
pub(super) fn response_body(plan: &CratePlan, r: &Response, seed: &str) -> Value {
    let Some(ty) = &r.ty else { return Value::Null };
    r.examples
        .iter()
        .find(|e| plan.check_sample(ty, e) == Verdict::RoundTrips)
        .cloned()
        .unwrap_or_else(|| plan.sample(ty, seed))
}

/// Set `value` at `path` inside `root`, creating objects on the way.
pub(super) fn set_path(root: &mut Value, path: &[String], value: Value) {
    let mut cur = root;
    for (i, seg) in path.iter().enumerate() {
        if !cur.is_object() {
            *cur = json!({});
        }
        let m = cur.as_object_mut().expect("just made an object");
        if i + 1 == path.len() {
            m.insert(seg.clone(), value);
            return;
        }
        cur = m.entry(seg.clone()).or_insert_with(|| json!({}));
    }
    *cur = value;
}

/// Set `value` at `path`, or with `None` take the field out (its parents stay).
pub(super) fn set_or_remove(root: &mut Value, path: &[String], value: Option<Value>) {
    match value {
        Some(v) => set_path(root, path, v),
        None => {
            let Some((last, parents)) = path.split_last() else {
                return;
            };
            let mut cur = &mut *root;
            for seg in parents {
                match cur.get_mut(seg.as_str()) {
                    Some(next) => cur = next,
                    None => return,
                }
            }
            if let Value::Object(m) = cur {
                m.remove(last);
            }
        }
    }
}

/// Is the field at `path` required and not nullable (so `null` would not decode)?
pub(super) fn required_at(plan: &CratePlan, ty: &TypeRef, path: &[String]) -> bool {
    field_at(plan, ty, path).is_some_and(|f| f.presence == crate::plan::Presence::Required)
}

/// The struct field at `path` below `ty`.
pub(super) fn field_at<'a>(
    plan: &'a CratePlan<'a>,
    ty: &'a TypeRef,
    path: &[String],
) -> Option<&'a crate::plan::FieldPlan<'a>> {
    let (last, parent) = path.split_last()?;
    let parent_ty = plan.type_at(ty, parent)?;
    let (ty_plan, _) = plan.struct_of(parent_ty)?;
    ty_plan.fields.iter().find(|f| &f.field.name == last)
}

/// Stands for the mock server's address in served bodies; `expect_page` puts the real one in.
pub(super) const SERVER_PLACEHOLDER: &str = "http://apitap-mock-server.test";

pub(super) fn served_body(plan: &CratePlan, r: Option<&Response>, seed: &str) -> (String, String) {
    let (content_type, body, _) = served(plan, r, seed);
    (content_type, body)
}

/// The served response's media type and body, and the body's JSON value when it is JSON.
pub(super) fn served(
    plan: &CratePlan,
    r: Option<&Response>,
    seed: &str,
) -> (String, String, Option<Value>) {
    match r.and_then(|r| r.kind.map(|k| (k, r))) {
        Some((MediaKind::Json, r)) => {
            let value = response_body(plan, r, seed);
            ("application/json".into(), json_text(&value), Some(value))
        }
        Some((MediaKind::Binary | MediaKind::Multipart, r)) => (
            r.media_type.clone().unwrap_or_default(),
            "bytes".into(),
            None,
        ),
        Some((_, r)) => (
            r.media_type.clone().unwrap_or_else(|| "text/plain".into()),
            "text".into(),
            None,
        ),
        None => (String::new(), String::new(), None),
    }
}

/// Record a served JSON body for [`SuiteReport::samples`].
pub(super) fn record_served(
    report: &mut SuiteReport,
    op: &crate::ir::Operation,
    r: &Response,
    value: Value,
) {
    if let Some(schema) = &r.schema {
        if r.examples.contains(&value) {
            // The spec's own example, not a synthesized value.
            return;
        }
        report.samples.push(Sample {
            what: format!("{}: response {:?}", op.location, r.status),
            schema: schema.clone(),
            value,
        });
    }
}

/// Makes record `n` of a synthesized page tell itself apart from the others, so the runtime's
/// "same page twice" guard does not stop a correct three-page sequence. The id field carries `n`
/// where the record has one; otherwise the first plain string or integer field does, or else the
/// first nested record; a free-form object gets an `id` key.
pub(super) fn mark_record(
    plan: &CratePlan,
    item_ty: &TypeRef,
    id_field: &str,
    n: usize,
    v: &mut Value,
) {
    let Value::Object(m) = v else { return };
    let text = json!(format!("i{n}"));
    if let Some((_, fields)) = plan.struct_of(item_ty) {
        if let Some(id) = fields.iter().find(|f| f.name == id_field) {
            m.insert(id_field.to_string(), field_marker(plan, id, n));
            return;
        }
        // A field that can tell records apart: a string or integer not held to one value.
        let marker = fields.iter().find_map(|f| {
            let single = f.constraints.as_ref().is_some_and(|c| c.choices.len() == 1);
            match plan.resolve(&f.ty) {
                TypeRef::String | TypeRef::Integer(_) if !single => {
                    Some((f.name.clone(), field_marker(plan, f, n)))
                }
                _ => None,
            }
        });
        if let Some((name, value)) = marker {
            m.insert(name, value);
            return;
        }
        // No scalar to mark at this level: mark the first nested record present in the sample.
        for f in fields {
            let (ty, value) = match (plan.resolve(&f.ty), m.get_mut(&f.name)) {
                (TypeRef::Array(inner), Some(Value::Array(items))) if !items.is_empty() => {
                    (inner.as_ref(), &mut items[0])
                }
                (ty @ TypeRef::Named(_), Some(value)) => (ty, value),
                _ => continue,
            };
            if plan.struct_of(ty).is_some() {
                mark_record(plan, ty, "id", n, value);
                return;
            }
        }
        return;
    }
    // A union's synthesized branch: mark its id where it has one, keeping the id's JSON type.
    if let Some(id) = m.get(id_field) {
        let value = if id.is_number() { json!(n) } else { text };
        m.insert(id_field.to_string(), value);
        return;
    }
    match plan.resolve(item_ty) {
        TypeRef::Any => {
            m.insert(id_field.to_string(), text);
        }
        TypeRef::Map(inner) => match plan.resolve(inner) {
            TypeRef::Any | TypeRef::String => {
                m.insert(id_field.to_string(), text);
            }
            TypeRef::Integer(_) => {
                m.insert(id_field.to_string(), json!(n));
            }
            _ => {}
        },
        _ => {}
    }
}

/// The `n`-th distinct value of a record's marker field, within its constraints.
pub(super) fn field_marker(plan: &CratePlan, f: &crate::ir::Field, n: usize) -> Value {
    let c = f.constraints.as_deref();
    match plan.resolve(&f.ty) {
        TypeRef::Integer(_) => marker_integer(c, n),
        TypeRef::Named(id) => match &plan.ty(*id).def.kind {
            crate::ir::TypeKind::StringEnum { values } => {
                json!(values[(n.max(1) - 1) % values.len()])
            }
            _ => marker_string(c, n),
        },
        _ => marker_string(c, n),
    }
}
