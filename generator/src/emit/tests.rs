//! `tests/`: the generated crate's offline test suite against a wiremock server.
//!
//! Per operation: the request (method, path, required parameters, credentials) and the
//! decoding of the documented success response; the first documented error status and its
//! typed variant; three pages for paginated operations. Per crate: a 429 with `Retry-After: 0`
//! then success, and every spec example that fits its type, round-tripped (`examples.rs`).
//! Tests are short calls into `tests/common/mod.rs`, so large specs stay quick to compile.

use super::rust::{body_type, format_file, ident, param_type, type_tokens, Site};
use crate::analyze::pagination::{Kind, Plan};
use crate::analyze::samples::{
    check, marker_integer, marker_string, synthesize, synthesize_with, Verdict,
};
use crate::analyze::Analysis;
use crate::diag::Result;
use crate::ir::{
    Api, ApiKeyLocation, MediaKind, ParamLocation, Response, SchemeKind, Status, TypeRef,
};
use proc_macro2::TokenStream;
use quote::quote;
use serde_json::{json, Value};
use std::collections::BTreeMap;

use super::report::{Sample, SuiteReport};

fn json_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

/// Percent-encode a path segment the way the runtime does (RFC 3986 unreserved kept).
fn encode_segment(s: &str) -> String {
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
fn path_sample(api: &Api, p: &crate::ir::Param) -> Value {
    let seed = format!(
        "p-{}",
        crate::analyze::naming::snake(&p.name).replace('_', "-")
    );
    match api.types.resolve(&p.ty) {
        TypeRef::String => synthesize_with(&api.types, &p.ty, &seed, p.constraints.as_deref()),
        _ => synthesize_with(&api.types, &p.ty, &p.name, p.constraints.as_deref()),
    }
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The example to serve for a response: the spec's, when it round-trips; else a synthesized one.
fn response_body(api: &Api, r: &Response, seed: &str) -> Value {
    let Some(ty) = &r.ty else { return Value::Null };
    r.examples
        .iter()
        .find(|e| check(&api.types, ty, e) == Verdict::RoundTrips)
        .cloned()
        .unwrap_or_else(|| synthesize(&api.types, ty, seed))
}

/// Set `value` at `path` inside `root`, creating objects on the way.
fn set_path(root: &mut Value, path: &[String], value: Value) {
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
fn set_or_remove(root: &mut Value, path: &[String], value: Option<Value>) {
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
fn required_at(api: &Api, ty: &TypeRef, path: &[String]) -> bool {
    field_at(api, ty, path).is_some_and(|f| f.required && !f.ty.strip_nullable().1)
}

/// The struct field at `path` below `ty`.
fn field_at<'a>(api: &'a Api, ty: &'a TypeRef, path: &[String]) -> Option<&'a crate::ir::Field> {
    let (last, parent) = path.split_last()?;
    let parent_ty = crate::analyze::pagination::type_at(&api.types, ty, parent)?;
    let (_, fields) = api.types.struct_of(parent_ty)?;
    fields.iter().find(|f| &f.name == last)
}

/// Stands for the mock server's address in served bodies; `expect_page` puts the real one in.
const SERVER_PLACEHOLDER: &str = "http://apitap-mock-server.test";

struct Call {
    /// Tokens that make the builder (`client.op(args)` plus setters).
    builder: TokenStream,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    /// The synthesized arguments, for [`SuiteReport::samples`].
    samples: Vec<Sample>,
}

/// The client call with sample arguments, and what the request must carry.
fn call(api: &Api, an: &Analysis, index: usize) -> Call {
    let op = &api.operations[index];
    let names = &an.ops[index];
    let method = ident(&names.method);
    let mut args = Vec::new();
    // The literal parts as the URL parser sends them (`<` becomes `%3C`, ...).
    let mut path: String = op
        .path
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .chars()
        .map(|c| match c {
            ' ' | '"' | '<' | '>' | '`' | '^' | '|' => format!("%{:02X}", c as u32),
            c => c.to_string(),
        })
        .collect();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut samples = Vec::new();
    for p in &op.params {
        if !p.required {
            continue;
        }
        let value = if p.location == ParamLocation::Path {
            path_sample(api, p)
        } else {
            synthesize_with(&api.types, &p.ty, &p.name, p.constraints.as_deref())
        };
        if let Some(schema) = &p.schema {
            samples.push(Sample {
                what: format!("{}: parameter `{}`", op.location, p.name),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
        let t = param_type(&p.ty, an);
        let text = json_text(&value);
        args.push(quote!(common::sample::<#t>(#text)));
        match (p.location, scalar_text(&value)) {
            (ParamLocation::Path, Some(s)) => {
                path = path.replace(&format!("{{{}}}", p.name), &encode_segment(&s))
            }
            (ParamLocation::Query, Some(s))
                if matches!(
                    api.types.resolve(&p.ty),
                    TypeRef::String | TypeRef::Integer(_) | TypeRef::Boolean
                ) =>
            {
                query.push((p.name.clone(), s))
            }
            (ParamLocation::Header, Some(s))
                if matches!(
                    api.types.resolve(&p.ty),
                    TypeRef::String | TypeRef::Integer(_)
                ) =>
            {
                headers.push((p.name.to_ascii_lowercase(), s))
            }
            _ => {}
        }
    }
    if let (Some(media), None) = (
        &op.content_type_header,
        op.body.as_ref().filter(|b| b.required),
    ) {
        headers.push(("content-type".into(), media.clone()));
    }
    if let Some(media) = &op.accept_header {
        headers.push(("accept".into(), media.clone()));
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        match (body.kind, body.declared_content_type()) {
            (_, Some(media)) => headers.push(("content-type".into(), media.to_string())),
            (MediaKind::Json, None) => {
                headers.push(("content-type".into(), "application/json".into()))
            }
            _ => {}
        }
        let t = body_type(&body.ty, body.kind, an);
        let value = match body.kind {
            MediaKind::Text | MediaKind::Binary => json!(""),
            _ => synthesize_with(&api.types, &body.ty, "body", body.constraints.as_deref()),
        };
        if let (Some(schema), MediaKind::Json | MediaKind::Form) = (&body.schema, body.kind) {
            samples.push(Sample {
                what: format!("{}: request body", op.location),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
        let text = json_text(&value);
        args.push(match body.kind {
            MediaKind::Binary => quote!(rt::Binary::default()),
            _ => quote!(common::sample::<#t>(#text)),
        });
    }
    // Credentials of the first alternative that needs any.
    if let Some(alt) = op.security.iter().find(|a| !a.is_empty()) {
        for name in alt {
            let Some(s) = api.security_schemes.iter().find(|s| &s.name == name) else {
                continue;
            };
            match &s.kind {
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Header,
                    param,
                } => headers.push((param.to_ascii_lowercase(), "test-key".into())),
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Query,
                    param,
                } => query.push((param.clone(), "test-key".into())),
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Cookie,
                    param,
                } => headers.push(("cookie".into(), format!("{param}=test-key"))),
                SchemeKind::Basic => {
                    headers.push(("authorization".into(), "Basic dXNlcjpwYXNz".into()))
                }
                _ => headers.push(("authorization".into(), "Bearer test-token".into())),
            }
        }
    }
    // Two cookie expectations cannot both match one header: keep the request-shape checks that can.
    let cookies = headers.iter().filter(|(k, _)| k == "cookie").count();
    if cookies > 1 {
        headers.retain(|(k, _)| k != "cookie");
    }
    Call {
        builder: quote!(client.#method(#(#args),*)),
        path,
        query,
        headers,
        samples,
    }
}

fn pairs(list: &[(String, String)]) -> TokenStream {
    let items = list.iter().map(|(k, v)| quote!((#k, #v)));
    quote!(&[#(#items),*])
}

fn status_code(status: Status) -> u16 {
    match status {
        Status::Code(c) => c,
        Status::Range(2) => 200,
        Status::Range(d) => d * 100 + 18,
        Status::Default => 418,
    }
}

fn served_body(api: &Api, r: Option<&Response>, seed: &str) -> (String, String) {
    match r.and_then(|r| r.kind.map(|k| (k, r))) {
        Some((MediaKind::Json, r)) => (
            "application/json".into(),
            json_text(&response_body(api, r, seed)),
        ),
        Some((MediaKind::Binary | MediaKind::Multipart, r)) => {
            (r.media_type.clone().unwrap_or_default(), "bytes".into())
        }
        Some((_, r)) => (
            r.media_type.clone().unwrap_or_else(|| "text/plain".into()),
            "text".into(),
        ),
        None => (String::new(), String::new()),
    }
}

/// Record a served JSON body (`text`) for [`SuiteReport::samples`].
fn record_served(report: &mut SuiteReport, op: &crate::ir::Operation, r: &Response, text: &str) {
    if let (Some(schema), Ok(value)) = (&r.schema, serde_json::from_str::<Value>(text)) {
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

fn request_test(api: &Api, an: &Analysis, index: usize, report: &mut SuiteReport) -> TokenStream {
    let op = &api.operations[index];
    let c = call(api, an, index);
    let name = ident(&an.ops[index].method);
    let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
    let (query, headers) = (pairs(&c.query), pairs(&c.headers));
    let success = op.success();
    let status = success.map_or(200, |r| status_code(r.status));
    let (content_type, body) = served_body(api, success, "response");
    let label = format!("{} {}", op.method, op.path);
    report.request_tests += 1;
    report.samples.extend(c.samples.iter().cloned());
    if let Some(r) = success.filter(|r| r.kind == Some(MediaKind::Json)) {
        record_served(report, op, r, &body);
    }
    quote! {
        #[tokio::test]
        async fn #name() {
            let (server, client) = common::setup().await;
            common::expect(&server, #method, #path, #query, #headers, #status, #content_type, #body).await;
            common::sent(#label, #builder.send().await);
        }
    }
}

fn error_test(
    api: &Api,
    an: &Analysis,
    index: usize,
    report: &mut SuiteReport,
) -> Option<TokenStream> {
    let op = &api.operations[index];
    let r = op
        .errors()
        .into_iter()
        .find(|r| !matches!(r.status, Status::Range(2)))?;
    let status = status_code(r.status);
    if (200..300).contains(&status) {
        return None;
    }
    let c = call(api, an, index);
    let name = ident(&format!("{}_error", an.ops[index].method));
    let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
    let (content_type, body) = served_body(api, Some(r), "error");
    if r.kind == Some(MediaKind::Json) {
        record_served(report, op, r, &body);
    }
    let crate_ident = ident(&an.crate_name);
    let error = ident(&an.ops[index].error);
    let variant = ident(&match r.status {
        Status::Code(c) => format!("Status{c}"),
        Status::Range(d) => format!("Status{d}XX"),
        Status::Default => "Default".into(),
    });
    let pattern = if r.kind.is_some() {
        quote!(#crate_ident::operations::#error::#variant(..))
    } else {
        quote!(#crate_ident::operations::#error::#variant)
    };
    report.error_tests += 1;
    Some(quote! {
        #[tokio::test]
        async fn #name() {
            if common::conformance_url().is_some() {
                return;
            }
            let (server, client) = common::setup().await;
            common::expect(&server, #method, #path, &[], &[], #status, #content_type, #body).await;
            let err = #builder.send().await.expect_err("the documented error status");
            assert!(matches!(err.api_error(), Some(#pattern)), "{err:?}");
        }
    })
}

/// Makes record `n` of a synthesized page tell itself apart from the others, so the runtime's
/// "same page twice" guard does not stop a correct three-page sequence. The id field carries `n`
/// where the record has one; otherwise the first plain string or integer field does, or else the
/// first nested record; a free-form object gets an `id` key.
fn mark_record(api: &Api, item_ty: &TypeRef, id_field: &str, n: usize, v: &mut Value) {
    let Value::Object(m) = v else { return };
    let text = json!(format!("i{n}"));
    if let Some((_, fields)) = api.types.struct_of(item_ty) {
        if let Some(id) = fields.iter().find(|f| f.name == id_field) {
            m.insert(id_field.to_string(), field_marker(api, id, n));
            return;
        }
        // A field that can tell records apart: a string or integer not held to one value.
        let marker = fields.iter().find_map(|f| {
            let single = f.constraints.as_ref().is_some_and(|c| c.choices.len() == 1);
            match api.types.resolve(&f.ty) {
                TypeRef::String | TypeRef::Integer(_) if !single => {
                    Some((f.name.clone(), field_marker(api, f, n)))
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
            let (ty, value) = match (api.types.resolve(&f.ty), m.get_mut(&f.name)) {
                (TypeRef::Array(inner), Some(Value::Array(items))) if !items.is_empty() => {
                    (inner.as_ref(), &mut items[0])
                }
                (ty @ TypeRef::Named(_), Some(value)) => (ty, value),
                _ => continue,
            };
            if api.types.struct_of(ty).is_some() {
                mark_record(api, ty, "id", n, value);
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
    match api.types.resolve(item_ty) {
        TypeRef::Any => {
            m.insert(id_field.to_string(), text);
        }
        TypeRef::Map(inner) => match api.types.resolve(inner) {
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
fn field_marker(api: &Api, f: &crate::ir::Field, n: usize) -> Value {
    let c = f.constraints.as_deref();
    match api.types.resolve(&f.ty) {
        TypeRef::Integer(_) => marker_integer(c, n),
        TypeRef::Named(id) => match &api.types.get(*id).kind {
            crate::ir::TypeKind::StringEnum { values } => {
                json!(values[(n.max(1) - 1) % values.len()])
            }
            _ => marker_string(c, n),
        },
        _ => marker_string(c, n),
    }
}

/// Three pages served for a paginated operation, each with one distinct record.
fn pagination_test(
    api: &Api,
    an: &Analysis,
    index: usize,
    plan: &Plan,
    report: &mut SuiteReport,
) -> Option<TokenStream> {
    let op = &api.operations[index];
    let resp_ty = op.success()?.ty.as_ref()?;
    let records_ty = crate::analyze::pagination::type_at(&api.types, resp_ty, &plan.records)?;
    let TypeRef::Array(item_ty) = api.types.resolve(records_ty) else {
        return None;
    };
    let c = call(api, an, index);
    let base = synthesize(&api.types, resp_ty, "page");
    let id_field = plan.id_field.clone().unwrap_or_else(|| "id".into());
    let id_def = api
        .types
        .struct_of(item_ty)
        .and_then(|(_, f)| f.iter().find(|f| f.name == id_field));
    // What the records array's items are held to (scalar records with a pattern, say).
    let item_constraints = field_at(api, resp_ty, &plan.records)
        .and_then(|f| f.constraints.as_deref())
        .and_then(|c| c.items.as_deref());
    let item = |n: usize| {
        let seed = format!("item-{n}");
        let mut v = synthesize_with(&api.types, item_ty, &seed, item_constraints);
        mark_record(api, item_ty, &id_field, n, &mut v);
        v
    };
    // The id of record `n` as mark_record sets it, as a query value.
    let id_text = |n: usize| {
        id_def
            .and_then(|f| scalar_text(&field_marker(api, f, n)))
            .unwrap_or_else(|| format!("i{n}"))
    };
    // Cursor values of the field's type, and how the last page says "no more".
    let next_ty = plan
        .next_field
        .as_ref()
        .and_then(|f| crate::analyze::pagination::type_at(&api.types, resp_ty, f));
    let int_cursor = next_ty.is_some_and(|t| matches!(api.types.resolve(t), TypeRef::Integer(_)));
    let cursor = |n: usize| {
        if int_cursor {
            (json!(n), n.to_string())
        } else {
            (json!(format!("c{n}")), format!("c{n}"))
        }
    };
    // How the last page says "no more", as the schema allows: an empty string where the
    // field is required, `null` where it is nullable, else the field left out.
    let next_nullable = next_ty
        .is_some_and(|t| t.strip_nullable().1 || matches!(api.types.resolve(t), TypeRef::Any));
    let end = match &plan.next_field {
        Some(f) if required_at(api, resp_ty, f) && !int_cursor => Some(json!("")),
        Some(_) if !next_nullable => None,
        _ => Some(Value::Null),
    };
    let path_only = c.path.clone();
    // A next link declared as an absolute URI is served as one (the mock server's address).
    let absolute_next = plan
        .next_field
        .as_ref()
        .and_then(|f| field_at(api, resp_ty, f))
        .and_then(|f| f.constraints.as_ref()?.format.as_deref())
        .is_some_and(|f| matches!(f, "uri" | "url" | "iri"));
    let next_base = if absolute_next {
        SERVER_PLACEHOLDER
    } else {
        ""
    };
    // Page n (1-based): its body, the value of the page parameter that asks for it, and a Link header.
    let mut pages: Vec<(Value, Option<String>, Option<String>)> = Vec::new();
    // Without a total or has_more, the runtime reads until an empty page: serve a fourth.
    let open_ended = match plan.kind {
        Kind::Offset | Kind::PageNumber => {
            plan.total_field.is_none() && plan.has_more_field.is_none()
        }
        Kind::LastItemId => plan.has_more_field.is_none(),
        _ => false,
    };
    let last = if open_ended { 4 } else { 3 };
    for n in 1..=last {
        let mut page = base.clone();
        let records = if n <= 3 { vec![item(n)] } else { Vec::new() };
        if plan.records.is_empty() {
            page = Value::Array(records);
        } else {
            set_path(&mut page, &plan.records, Value::Array(records));
        }
        let more = n < 3;
        if let Some(f) = &plan.has_more_field {
            set_path(&mut page, f, json!(more));
        }
        let mut link = None;
        let asks: Option<String> = match plan.kind {
            Kind::Cursor => {
                if let Some(f) = &plan.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if more {
                            Some(cursor(n + 1).0)
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| cursor(n).1)
            }
            Kind::LastItemId => {
                if let Some(f) = &plan.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if n <= 3 {
                            Some(json!(id_text(n)))
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| id_text(n - 1))
            }
            Kind::NextUrl => {
                if let Some(f) = &plan.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if more {
                            Some(json!(format!(
                                "{next_base}{path_only}?apitap_page={}",
                                n + 1
                            )))
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| n.to_string())
            }
            Kind::LinkHeader => {
                if more {
                    link = Some(format!("<{path_only}?apitap_page={}>; rel=\"next\"", n + 1));
                }
                (n > 1).then(|| n.to_string())
            }
            Kind::Offset => {
                if let Some(f) = &plan.total_field {
                    set_path(&mut page, f, json!(3));
                }
                (n > 1).then(|| (n - 1).to_string())
            }
            Kind::PageNumber => {
                if let Some(f) = &plan.total_field {
                    set_path(&mut page, f, json!(3));
                }
                (n > 1).then(|| (plan.first_page + n as u64 - 1).to_string())
            }
        };
        if n <= 3 {
            if let Some(schema) = op.success().and_then(|r| r.schema.as_ref()) {
                report.samples.push(Sample {
                    what: format!("{}: page {n}", op.location),
                    schema: schema.clone(),
                    value: page.clone(),
                });
            }
        }
        pages.push((page, asks, link));
    }
    let (param_name, in_body): (String, Option<Vec<String>>) = match plan.kind {
        Kind::NextUrl | Kind::LinkHeader => ("apitap_page".into(), None),
        _ => {
            let p = plan.param.as_ref()?;
            if p.location == crate::analyze::pagination::PageParamIn::Body {
                (p.name.clone(), Some(p.path.clone()))
            } else {
                (p.name.clone(), None)
            }
        }
    };
    let method = op.method.as_str();
    let mounts = pages.iter().map(|(page, asks, link)| {
        let body = json_text(page);
        let link = link.clone().unwrap_or_default();
        let matcher = match (asks, &in_body) {
            (None, _) => quote!(common::PageMatch::First),
            (Some(v), None) => quote!(common::PageMatch::Query(#param_name, #v)),
            (Some(v), Some(path)) => {
                let mut m = json!({});
                let value = if matches!(plan.kind, Kind::Offset | Kind::PageNumber) {
                    v.parse::<i64>().map(Value::from).unwrap_or(json!(v))
                } else {
                    json!(v)
                };
                set_path(&mut m, path, value);
                let text = json_text(&m);
                quote!(common::PageMatch::Body(#text))
            }
        };
        quote!(common::expect_page(&server, #method, #path_only, #matcher, #body, #link).await;)
    });
    let name = ident(&format!("{}_pages", an.ops[index].method));
    let builder = &c.builder;
    let requests = pages.len();
    report.pagination_tests += 1;
    Some(quote! {
        #[tokio::test]
        async fn #name() {
            if common::conformance_url().is_some() {
                return;
            }
            let (server, client) = common::setup().await;
            #(#mounts)*
            let items: Vec<_> = futures::TryStreamExt::try_collect(#builder.items()).await.expect("every page");
            assert_eq!(items.len(), 3, "one record per page, three pages");
            assert_eq!(server.received_requests().await.map(|r| r.len()), Some(#requests));
        }
    })
}

fn common_module(api: &Api, an: &Analysis) -> TokenStream {
    let crate_ident = ident(&an.crate_name);
    let creds = api.security_schemes.iter().map(|s| {
        let name = &s.name;
        let cred = match &s.kind {
            SchemeKind::ApiKey { .. } => quote!(rt::Credential::api_key("test-key")),
            SchemeKind::Basic => quote!(rt::Credential::basic("user", "pass")),
            _ => quote!(rt::Credential::bearer("test-token")),
        };
        quote!(.credential(#name, #cred))
    });
    quote! {
        //! Shared helpers of the generated tests: a mock server and a client with test credentials.
        #![allow(dead_code)]
        use apitap_runtime::codegen as rt;
        use wiremock::matchers::{body_partial_json, header, method, path, query_param};
        use wiremock::{Mock, MockServer, ResponseTemplate};

        /// `APITAP_CONFORMANCE_URL`: the request tests go to this server instead (a strict mock
        /// such as Prism started on the spec) and report what it answered rather than assert it;
        /// the other tests, which need the mock's scripted answers, are skipped.
        pub fn conformance_url() -> Option<String> {
            std::env::var("APITAP_CONFORMANCE_URL").ok().filter(|u| !u.is_empty())
        }

        /// A request test's result: asserted against the mock; against a conformance server,
        /// printed as one `apitap-conformance` line (accepted, rejected with the server's
        /// reason, or a response that did not decode) for `scripts/conformance-check`.
        pub fn sent<T, E: std::fmt::Debug>(label: &str, result: Result<T, rt::Error<E>>) {
            if conformance_url().is_none() {
                result.expect(label);
                return;
            }
            let outcome = match &result {
                Ok(_) => "accepted".to_string(),
                Err(e) => {
                    // After the retries, the last answer is what the server said.
                    let e = match e {
                        rt::Error::RetriesExhausted { last, .. } => last.as_ref(),
                        other => other,
                    };
                    match e {
                        rt::Error::Api(e) => {
                            // Prism puts its reasons in `sl-violations` when it answers with the
                            // spec's own error response, else in its problem body.
                            let header = e.headers.get("sl-violations").and_then(|v| v.to_str().ok());
                            let kind = if (400..500).contains(&e.status) { "rejected" } else { "error" };
                            format!("{kind}\t{}\t{}", e.status, rejection(header.map(str::as_bytes).unwrap_or(&e.body)))
                        }
                        rt::Error::Decode { status, path, message, .. } => {
                            format!("decode-failed\t{status}\t{}", one_line(&format!("{path}: {message}")))
                        }
                        other => format!("error\t-\t{}", one_line(&other.to_string())),
                    }
                }
            };
            // libtest names each test's thread after the test: the script reruns by name.
            let test = std::thread::current().name().unwrap_or("").to_string();
            println!("apitap-conformance\t{test}\t{label}\t{outcome}");
        }

        /// The reasons in a rejection body: Prism's `validation` messages, else its title.
        fn rejection(body: &[u8]) -> String {
            let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
                return one_line(&String::from_utf8_lossy(&body[..body.len().min(200)]));
            };
            let list = if v.is_array() { &v } else { &v["validation"] };
            let reasons: Vec<String> = list.as_array().into_iter().flatten().map(|r| {
                let at: Vec<String> = r["location"].as_array().into_iter().flatten().map(|l| l.as_str().map_or_else(|| l.to_string(), str::to_string)).collect();
                format!("{}: {}", at.join("."), r["message"].as_str().unwrap_or(""))
            }).collect();
            if reasons.is_empty() {
                one_line(v["title"].as_str().or(v["detail"].as_str()).unwrap_or("no reason given"))
            } else {
                one_line(&reasons.join("; "))
            }
        }

        fn one_line(text: &str) -> String {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        }

        /// A mock server and a client pointed at it: test credentials for every scheme, quick retries.
        pub async fn setup() -> (MockServer, #crate_ident::Client) {
            let server = MockServer::start().await;
            let config = rt::Config::new()
                .base_url(conformance_url().unwrap_or_else(|| server.uri()))
                #(#creds)*
                .retry(rt::RetryPolicy { max_attempts: 2, initial_delay: std::time::Duration::from_millis(1), max_delay: std::time::Duration::from_millis(5), retry_non_idempotent: true });
            let client = #crate_ident::Client::new(config).expect("test configuration");
            (server, client)
        }

        /// A value of `T` from JSON (sample arguments).
        pub fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
            serde_json::from_str(json).unwrap_or_else(|e| panic!("sample {json}: {e}"))
        }

        /// Serve one answer for a request that must carry `query` and `headers`.
        #[allow(clippy::too_many_arguments)]
        pub async fn expect(server: &MockServer, verb: &str, route: &str, query: &[(&str, &str)], headers: &[(&str, &str)], status: u16, content_type: &str, body: &str) {
            if conformance_url().is_some() {
                return;
            }
            let mut mock = Mock::given(method(verb)).and(path(route));
            for (k, v) in query {
                mock = mock.and(query_param(*k, *v));
            }
            for (k, v) in headers {
                mock = mock.and(header(*k, *v));
            }
            let mut response = ResponseTemplate::new(status);
            if !content_type.is_empty() {
                response = response.set_body_raw(body.as_bytes().to_vec(), content_type);
            }
            // Transient statuses are retried by the client: they may be asked for again.
            let retried = status >= 500 || status == 408 || status == 429;
            let times = if retried { 1..=2 } else { 1..=1 };
            mock.respond_with(response).expect(times).mount(server).await;
        }

        /// Which request a page answers.
        pub enum PageMatch {
            /// The first request (any parameters).
            First,
            /// A request with this query parameter.
            Query(&'static str, &'static str),
            /// A request whose JSON body contains this.
            Body(&'static str),
        }

        /// Serve one page; later pages take precedence over the first page's catch-all.
        pub async fn expect_page(server: &MockServer, verb: &str, route: &str, which: PageMatch, body: &str, link: &str) {
            let mock = Mock::given(method(verb)).and(path(route));
            let (mock, priority) = match which {
                PageMatch::First => (mock, 10),
                PageMatch::Query(k, v) => (mock.and(query_param(k, v)), 1),
                PageMatch::Body(json) => (mock.and(body_partial_json(sample::<serde_json::Value>(json))), 1),
            };
            let body = body.replace(#SERVER_PLACEHOLDER, &server.uri());
            let mut response = ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "application/json");
            if !link.is_empty() {
                response = response.insert_header("link", link);
            }
            mock.respond_with(response).with_priority(priority).expect(1).mount(server).await;
        }
    }
}

/// Every test file of the suite, and what it holds.
/// `fixtures`: vendor sample objects by `x-resourceId`, round-tripped like the spec's examples.
pub fn emit(
    api: &Api,
    an: &Analysis,
    fixtures: &[(String, Value)],
) -> Result<(BTreeMap<String, String>, SuiteReport)> {
    let mut report = SuiteReport::default();
    let mut files = BTreeMap::new();
    let crate_ident = ident(&an.crate_name);
    files.insert(
        "tests/suite/common.rs".into(),
        format_file("tests/suite/common.rs", common_module(api, an))?,
    );
    // Test modules, each with the `cfg` of the operations or types it needs.
    let mut modules: Vec<(String, TokenStream)> = vec![("common".into(), TokenStream::new())];
    let op_cfg = |i: usize| super::rust::cfg(&an.features.op_gate(&an.ops[i].module));

    let mut by_module: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, names) in an.ops.iter().enumerate() {
        by_module.entry(&names.module).or_default().push(i);
    }
    let by_module: Vec<(&str, Vec<usize>)> = by_module.into_iter().collect();
    // One file per group, built and formatted on all cores; counts are summed in order.
    let rendered = super::rust::render_parallel(&by_module, |(module, ops)| {
        let mut counts = SuiteReport::default();
        let mut tests = Vec::new();
        for &i in ops {
            tests.push(request_test(api, an, i, &mut counts));
            tests.extend(error_test(api, an, i, &mut counts));
            if let Some(plan) = &an.pagination[i].plan {
                tests.extend(pagination_test(api, an, i, plan, &mut counts));
            }
        }
        let doc =
            format!(" Requests and responses of the operations in `src/operations/{module}.rs`.");
        let tokens = quote! {
            #![doc = #doc]
            #![allow(unused_imports)]
            use super::common;
            use apitap_runtime::codegen as rt;
            #(#tests)*
        };
        let path = format!("tests/suite/op_{module}.rs");
        let text = format_file(&path, tokens)?;
        Ok((path, text, counts))
    })?;
    for ((module, _), (path, text, counts)) in by_module.iter().zip(rendered) {
        report.merge(counts);
        files.insert(path, text);
        modules.push((
            format!("op_{module}"),
            super::rust::cfg(&an.features.op_gate(module)),
        ));
    }

    // One crate-wide resilience test: a 429 with Retry-After 0, then success.
    if let Some(i) = (0..api.operations.len())
        .find(|i| api.operations[*i].method == crate::ir::Method::Get)
        .or(if api.operations.is_empty() {
            None
        } else {
            Some(0)
        })
    {
        let c = call(api, an, i);
        let op = &api.operations[i];
        let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
        let success = op.success();
        let status = success.map_or(200, |r| status_code(r.status));
        let (content_type, body) = served_body(api, success, "response");
        let tokens = quote! {
            //! Retries: a 429 with `Retry-After: 0` is retried and the request then succeeds.
            #![allow(unused_imports)]
            use super::common;
            use apitap_runtime::codegen as rt;
            #[tokio::test]
            async fn retries_after_429() {
                if common::conformance_url().is_some() {
                    return;
                }
                let (server, client) = common::setup().await;
                wiremock::Mock::given(wiremock::matchers::path(#path))
                    .respond_with(wiremock::ResponseTemplate::new(429).insert_header("retry-after", "0"))
                    .up_to_n_times(1)
                    .with_priority(1)
                    .mount(&server)
                    .await;
                common::expect(&server, #method, #path, &[], &[], #status, #content_type, #body).await;
                #builder.send().await.expect("succeeds after one retry");
                assert_eq!(client.runtime().metrics().retries, 1);
            }
        };
        files.insert(
            "tests/suite/retry.rs".into(),
            format_file("tests/suite/retry.rs", tokens)?,
        );
        modules.push(("retry".into(), op_cfg(i)));
    }

    // The example oracle.
    let mut cases = Vec::new();
    let type_cfg =
        |id: crate::ir::TypeId| super::rust::cfg(an.features.type_gate(&an.types[id.0].module));
    let mut add = |what: String,
                   ty: &TypeRef,
                   cfg: TokenStream,
                   example: &Value,
                   report: &mut SuiteReport| match check(&api.types, ty, example)
    {
        Verdict::RoundTrips => {
            report.examples_checked += 1;
            let t = type_tokens(ty, an, Site::Crate, false);
            let name = ident(&format!("example_{}", report.examples_checked));
            let text = json_text(example);
            cases.push(quote!(#[doc = #what] #cfg #name: #t = #text;));
        }
        // `example: null` is how many specs say "no example" (the key is required by
        // their tooling): not an invalid example unless the type could hold a null.
        Verdict::Invalid(_) | Verdict::Undeclared(_) if example.is_null() => {}
        Verdict::Invalid(why) | Verdict::Undeclared(why) => {
            report.invalid_examples.push(format!("{what}: {why}"))
        }
    };
    for id in api.types.ids() {
        let def = api.types.get(id);
        for e in &def.examples {
            add(
                format!(" {}", def.location),
                &TypeRef::Named(id),
                type_cfg(id),
                e,
                &mut report,
            );
        }
    }
    for (i, op) in api.operations.iter().enumerate() {
        for r in &op.responses {
            if let (Some(ty), Some(MediaKind::Json)) = (&r.ty, r.kind) {
                for e in &r.examples {
                    add(
                        format!(" {} response {:?}", op.location, r.status),
                        ty,
                        op_cfg(i),
                        e,
                        &mut report,
                    );
                }
            }
        }
    }
    // Vendor sample objects keyed by `x-resourceId` (Stripe's fixtures), when given.
    for (rid, object) in fixtures {
        match api
            .types
            .ids()
            .find(|id| api.types.get(*id).resource_id.as_deref() == Some(rid.as_str()))
        {
            Some(id) => add(
                format!(" vendor fixture `{rid}`"),
                &TypeRef::Named(id),
                type_cfg(id),
                object,
                &mut report,
            ),
            None => report.invalid_examples.push(format!(
                " vendor fixture `{rid}`: no type has this x-resourceId"
            )),
        }
    }
    let tokens = quote! {
        //! The spec's examples, decoded into their generated types and encoded back: equal up
        //! to key order, null versus absent, and number form.
        macro_rules! round_trip {
            ($($(#[$attr:meta])* $name:ident: $ty:ty = $json:expr;)*) => {
                $($(#[$attr])* #[test] fn $name() { apitap_runtime::codegen::testing::assert_round_trip::<$ty>($json); })*
            };
        }
        round_trip! { #(#cases)* }
    };
    files.insert(
        "tests/suite/examples.rs".into(),
        format_file("tests/suite/examples.rs", tokens)?,
    );
    modules.push(("examples".into(), TokenStream::new()));
    // One test binary: one link step however many tags the API has.
    let mods = modules.iter().map(|(m, cfg)| {
        let m = ident(m);
        quote!(#cfg mod #m;)
    });
    let tokens = quote! {
        //! The generated offline test suite (one binary; a module per tag).
        /// The crate's types, where the type paths in these tests look for them.
        #[allow(unused_imports)]
        mod types {
            pub use #crate_ident::types::*;
        }
        #(#mods)*
    };
    files.insert(
        "tests/suite/main.rs".into(),
        format_file("tests/suite/main.rs", tokens)?,
    );
    Ok((files, report))
}
