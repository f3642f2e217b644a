//! The response side of the evidence: fields reachable in a response, their types, and the
//! array of records.

use super::*;

/// A field reachable in a response, with its path and type.
pub(super) struct FieldInfo<'a> {
    pub(super) path: Vec<String>,
    pub(super) ty: &'a TypeRef,
}

pub(super) fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Fields of the type at any depth up to `depth` (objects only, not through arrays).
pub(super) fn fields_of<'a>(
    space: &'a TypeSpace,
    ty: &'a TypeRef,
    depth: usize,
    prefix: &[String],
    out: &mut Vec<FieldInfo<'a>>,
) {
    // A union of objects (`anyOf: [forward_links, backward_links]`): look into each branch.
    if let TypeRef::Named(id) = space.resolve(ty) {
        if let crate::ir::TypeKind::Union { variants, .. } = &space.get(*id).kind {
            for v in variants {
                fields_of(space, &v.ty, depth, prefix, out);
            }
            return;
        }
    }
    let Some((_, fields)) = space.struct_of(ty) else {
        return;
    };
    for f in fields {
        let mut path = prefix.to_vec();
        path.push(f.name.clone());
        out.push(FieldInfo {
            path: path.clone(),
            ty: &f.ty,
        });
        if depth > 1 {
            fields_of(space, &f.ty, depth - 1, &path, out);
        }
    }
}

pub(super) fn is_string(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::String)
}
pub(super) fn is_integer(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::Integer(_) | TypeRef::Number(_))
}
pub(super) fn is_bool(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::Boolean)
}
pub(super) fn is_scalar_cursor(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(
        space.resolve(ty),
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Any
    )
}

/// The type a path leads to inside `ty`.
pub fn type_at<'a>(space: &'a TypeSpace, ty: &'a TypeRef, path: &[String]) -> Option<&'a TypeRef> {
    let mut current = ty;
    for seg in path {
        current = field_in(space, current, seg)?;
    }
    Some(current)
}

/// Does `path` lead through struct fields only (no union branches)?
pub(super) fn struct_path(space: &TypeSpace, ty: &TypeRef, path: &[String]) -> bool {
    let mut current = ty;
    for seg in path {
        match space
            .struct_of(current)
            .and_then(|(_, fields)| fields.iter().find(|f| &f.name == seg))
        {
            Some(f) => current = &f.ty,
            None => return false,
        }
    }
    true
}

/// A field of a struct, or of any object branch of a union.
pub(super) fn field_in<'a>(
    space: &'a TypeSpace,
    ty: &'a TypeRef,
    name: &str,
) -> Option<&'a TypeRef> {
    if let Some((_, fields)) = space.struct_of(ty) {
        return fields.iter().find(|f| f.name == name).map(|f| &f.ty);
    }
    if let TypeRef::Named(id) = space.resolve(ty) {
        if let crate::ir::TypeKind::Union { variants, .. } = &space.get(*id).kind {
            return variants.iter().find_map(|v| field_in(space, &v.ty, name));
        }
    }
    None
}

/// The records array: the response itself, or its array field with the most telling name.
pub(super) fn find_records(
    space: &TypeSpace,
    op: &Operation,
    resp: &TypeRef,
) -> Result<Vec<String>, String> {
    if matches!(space.resolve(resp), TypeRef::Array(_)) {
        return Ok(Vec::new());
    }
    let mut fields = Vec::new();
    fields_of(space, resp, 2, &[], &mut fields);
    let arrays: Vec<&FieldInfo> = fields
        .iter()
        .filter(|f| matches!(space.resolve(f.ty), TypeRef::Array(_)))
        .collect();
    if arrays.is_empty() {
        return Err("the response has no array of records".into());
    }
    // Records must be reachable through plain struct fields, so items can be moved out typed.
    let arrays: Vec<&FieldInfo> = arrays
        .into_iter()
        .filter(|f| struct_path(space, resp, &f.path))
        .collect();
    if arrays.is_empty() {
        return Err("the records array sits inside a oneOf/anyOf".into());
    }
    if arrays.len() == 1 {
        return Ok(arrays[0].path.clone());
    }
    const PREFERRED: [&str; 12] = [
        "data",
        "items",
        "results",
        "records",
        "entries",
        "value",
        "list",
        "elements",
        "objects",
        "collection",
        "members",
        "rows",
    ];
    let top: Vec<&&FieldInfo> = arrays.iter().filter(|f| f.path.len() == 1).collect();
    for name in PREFERRED {
        if let Some(f) = top.iter().find(|f| norm(&f.path[0]) == name) {
            return Ok(f.path.clone());
        }
    }
    // The resource named by the path (`/Accounts/{sid}/Calls.json` → `calls`).
    let segment = op
        .path
        .rsplit('/')
        .find(|s| !s.starts_with('{') && !s.is_empty())
        .unwrap_or("");
    let segment = norm(segment.split('.').next().unwrap_or(segment));
    if let Some(f) = top
        .iter()
        .find(|f| norm(&f.path[0]) == segment || segment.ends_with(&norm(&f.path[0])))
    {
        return Ok(f.path.clone());
    }
    if top.len() == 1 {
        return Ok(top[0].path.clone());
    }
    let names: Vec<String> = arrays.iter().map(|f| f.path.join(".")).collect();
    Err(format!(
        "several arrays could hold the records ({})",
        names.join(", ")
    ))
}
