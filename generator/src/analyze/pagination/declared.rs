//! Pagination declared in `apitap.toml` or by a vendor extension, checked against the spec.

use super::*;

pub(super) fn split_path(s: &str) -> Vec<String> {
    s.split('.')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Turn a declared plan into a checked [`Plan`].
pub(super) fn from_declared(
    api: &Api,
    op: &Operation,
    d: &Declared,
    source: &str,
) -> Result<Decision, String> {
    if d.kind == "none" {
        return Ok(Decision {
            plan: None,
            reason: format!("switched off by {source}"),
        });
    }
    let Some(kind) = Kind::ALL.into_iter().find(|k| k.as_str() == d.kind) else {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        return Err(format!(
            "kind: expected one of {}, none; found `{}`",
            names.join(", "),
            d.kind
        ));
    };
    let space = &api.types;
    let resp = op
        .success()
        .and_then(|r| r.ty.as_ref())
        .ok_or("the operation has no JSON success response")?;
    let param_of = |name: &str| declared_param(space, op, name);
    let field = |name: &Option<String>, what: &str| -> Result<Option<Vec<String>>, String> {
        match name {
            Some(n) => {
                let path = split_path(n);
                type_at(space, resp, &path)
                    .ok_or(format!("{what} `{n}`: no such field in the response"))?;
                Ok(Some(path))
            }
            None => Ok(None),
        }
    };
    let records = match &d.records {
        Some(r) => field(&Some(r.clone()), "records")?.unwrap_or_default(),
        None => find_records(space, op, resp)?,
    };
    match type_at(space, resp, &records).map(|t| space.resolve(t)) {
        Some(TypeRef::Array(_)) => {}
        _ => return Err(format!("records `{}` is not an array", records.join("."))),
    }
    let param = d.param.as_deref().map(param_of).transpose()?;
    if param.is_none()
        && matches!(
            kind,
            Kind::Cursor | Kind::LastItemId | Kind::Offset | Kind::PageNumber
        )
    {
        return Err(format!("kind `{}` needs `param`", kind.as_str()));
    }
    let next_field = field(&d.next, "next")?;
    if next_field.is_none() && matches!(kind, Kind::Cursor | Kind::NextUrl) {
        return Err(format!("kind `{}` needs `next`", kind.as_str()));
    }
    Ok(Decision {
        plan: Some(Plan {
            kind,
            records,
            param,
            size_param: d.size_param.as_deref().map(param_of).transpose()?,
            next_field,
            has_more_field: field(&d.has_more, "has_more")?,
            total_field: field(&d.total, "total")?,
            id_field: Some(d.id_field.clone().unwrap_or_else(|| "id".into()))
                .filter(|_| kind == Kind::LastItemId),
            first_page: d.first_page.unwrap_or(1),
            source: source.to_string(),
        }),
        reason: format!("declared in {source}"),
    })
}

/// A declared page or size parameter: a query parameter of the operation, or `body.path`
/// naming a field of its request body.
fn declared_param(space: &TypeSpace, op: &Operation, name: &str) -> Result<PageParam, String> {
    if let Some(path) = name.strip_prefix("body.") {
        let path = split_path(path);
        if path.is_empty() {
            return Err(format!(
                "`{name}`: name a field of the request body after `body.`"
            ));
        }
        let body = op
            .body
            .as_ref()
            .ok_or(format!("`{name}`: the operation has no body"))?;
        type_at(space, &body.ty, &path)
            .ok_or(format!("`{name}`: no such field in the request body"))?;
        return Ok(PageParam {
            name: path[0].clone(),
            location: PageParamIn::Body,
            path,
        });
    }
    let base = name.split('[').next().unwrap_or(name);
    if op
        .params
        .iter()
        .any(|p| p.location == ParamLocation::Query && (p.name == name || p.name == base))
    {
        Ok(PageParam {
            name: name.to_string(),
            location: PageParamIn::Query,
            path: Vec::new(),
        })
    } else {
        Err(format!("`{name}`: no such query parameter"))
    }
}

/// Vendor extensions on the operation: `x-pagination` (apitap's keys), `x-ms-pageable`,
/// `x-speakeasy-pagination`.
pub(super) fn from_extension(
    api: &Api,
    op: &Operation,
    warnings: &mut Vec<Warning>,
) -> Option<Decision> {
    let ext = |name: &str| op.extensions.get(name);
    let (name, declared) = if let Some(v) = ext("x-pagination") {
        (
            "x-pagination",
            serde_json::from_value::<Declared>(v.clone()).map_err(|e| e.to_string()),
        )
    } else if let Some(v) = ext("x-ms-pageable") {
        match ms_pageable(v) {
            Some(d) => ("x-ms-pageable", Ok(d)),
            None => {
                return Some(Decision {
                    plan: None,
                    reason: "x-ms-pageable with nextLinkName null: one page".into(),
                })
            }
        }
    } else if let Some(v) = ext("x-speakeasy-pagination") {
        ("x-speakeasy-pagination", speakeasy(v))
    } else {
        return None;
    };
    match declared.and_then(|d| from_declared(api, op, &d, name)) {
        Ok(decision) => Some(decision),
        Err(e) => {
            warnings.push(Warning {
                code: WarningCode::Pagination,
                location: op.location.clone(),
                message: format!("{name}: {e}; falling back to detection"),
            });
            None
        }
    }
}

/// `x-ms-pageable` as a next-URL plan (`None`: `nextLinkName: null` says there is one page).
fn ms_pageable(v: &Value) -> Option<Declared> {
    let next = v.get("nextLinkName");
    if next.is_some_and(Value::is_null) {
        return None;
    }
    Some(Declared {
        kind: "next_url".into(),
        next: Some(
            next.and_then(Value::as_str)
                .unwrap_or("nextLink")
                .to_string(),
        ),
        records: Some(
            v.get("itemName")
                .and_then(Value::as_str)
                .unwrap_or("value")
                .to_string(),
        ),
        ..Default::default()
    })
}

/// `x-speakeasy-pagination`: its type, inputs and output JSONPaths as a plan.
fn speakeasy(v: &Value) -> Result<Declared, String> {
    let jsonpath = |key: &str| {
        v.get("outputs")
            .and_then(|o| o.get(key))
            .and_then(Value::as_str)
            .map(|p| p.trim_start_matches("$.").to_string())
    };
    let input = |ty: &str| {
        v.get("inputs").and_then(Value::as_array).and_then(|list| {
            list.iter()
                .find(|i| i.get("type").and_then(Value::as_str) == Some(ty))
                .map(|i| {
                    let name = i.get("name").and_then(Value::as_str).unwrap_or_default();
                    if i.get("in").and_then(Value::as_str) == Some("requestBody") {
                        format!("body.{name}")
                    } else {
                        name.to_string()
                    }
                })
        })
    };
    let kind = match v.get("type").and_then(Value::as_str) {
        Some("cursor") => "cursor",
        Some("offsetLimit") if input("page").is_some() => "page_number",
        Some("offsetLimit") => "offset",
        Some("url") => "next_url",
        other => return Err(format!("unknown type {other:?}")),
    };
    Ok(Declared {
        kind: kind.into(),
        param: input("cursor")
            .or_else(|| input("offset"))
            .or_else(|| input("page")),
        size_param: input("limit"),
        next: jsonpath("nextCursor").or_else(|| jsonpath("nextUrl")),
        records: jsonpath("results"),
        ..Default::default()
    })
}
