//! Per operation: the request test (method, path, parameters, credentials, the decoded
//! success) and the error test (the first documented error status, its typed variant).

use super::*;

pub(super) struct Call {
    /// Tokens that make the builder (`client.op(args)` plus setters).
    pub(super) builder: TokenStream,
    pub(super) path: String,
    pub(super) query: Vec<(String, String)>,
    pub(super) headers: Vec<(String, String)>,
    /// The synthesized arguments, for [`SuiteReport::samples`].
    pub(super) samples: Vec<Sample>,
}

/// The client call with sample arguments, and what the request must carry.
pub(super) fn call(plan: &CratePlan, index: usize) -> Call {
    let op_plan = &plan.operations[index];
    let op = op_plan.op;
    let method = ident(op_plan.method);
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
            path_sample(plan, p)
        } else {
            plan.sample_with(&p.ty, &p.name, p.constraints.as_deref())
        };
        if let Some(schema) = &p.schema {
            samples.push(Sample {
                what: format!("{}: parameter `{}`", op.location, p.name),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
        let t = param_type(&p.ty, plan);
        let text = json_text(&value);
        args.push(quote!(common::sample::<#t>(#text)));
        match (p.location, scalar_text(&value)) {
            (ParamLocation::Path, Some(s)) => {
                path = path.replace(&format!("{{{}}}", p.name), &encode_segment(&s))
            }
            (ParamLocation::Query, Some(s))
                if matches!(
                    plan.resolve(&p.ty),
                    TypeRef::String | TypeRef::Integer(_) | TypeRef::Boolean
                ) =>
            {
                query.push((p.name.clone(), s))
            }
            (ParamLocation::Header, Some(s))
                if matches!(plan.resolve(&p.ty), TypeRef::String | TypeRef::Integer(_)) =>
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
        let t = body_type(&body.ty, body.kind, plan);
        let value = match body.kind {
            MediaKind::Text | MediaKind::Binary => json!(""),
            _ => plan.sample_with(&body.ty, "body", body.constraints.as_deref()),
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
            let Some((s, _)) = plan.schemes.iter().find(|(s, _)| &s.name == name) else {
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

pub(super) fn pairs(list: &[(String, String)]) -> TokenStream {
    let items = list.iter().map(|(k, v)| quote!((#k, #v)));
    quote!(&[#(#items),*])
}

pub(super) fn status_code(status: Status) -> u16 {
    match status {
        Status::Code(c) => c,
        Status::Range(2) => 200,
        Status::Range(d) => d * 100 + 18,
        Status::Default => 418,
    }
}

pub(super) fn request_test(
    plan: &CratePlan,
    index: usize,
    report: &mut SuiteReport,
) -> TokenStream {
    let op = plan.operations[index].op;
    let c = call(plan, index);
    let name = ident(&plan.operations[index].method);
    let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
    let (query, headers) = (pairs(&c.query), pairs(&c.headers));
    let success = op.success();
    let status = success.map_or(200, |r| status_code(r.status));
    let (content_type, body) = served_body(plan, success, "response");
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

pub(super) fn error_test(
    plan: &CratePlan,
    index: usize,
    report: &mut SuiteReport,
) -> Option<TokenStream> {
    let op = plan.operations[index].op;
    let r = op
        .errors()
        .into_iter()
        .find(|r| !matches!(r.status, Status::Range(2)))?;
    let status = status_code(r.status);
    if (200..300).contains(&status) {
        return None;
    }
    let c = call(plan, index);
    let name = ident(&format!("{}_error", plan.operations[index].method));
    let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
    let (content_type, body) = served_body(plan, Some(r), "error");
    if r.kind == Some(MediaKind::Json) {
        record_served(report, op, r, &body);
    }
    let crate_ident = ident(&plan.crate_name);
    let error = ident(&plan.operations[index].error);
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
