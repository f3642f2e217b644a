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
    let mut c = Call {
        builder: TokenStream::new(),
        path: literal_path(&op.path),
        query: Vec::new(),
        headers: Vec::new(),
        samples: Vec::new(),
    };
    let mut args: Vec<TokenStream> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| c.param(plan, op, p))
        .collect();
    c.declared_headers(op);
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(c.body(plan, op, body));
    }
    c.credentials(plan, op);
    // Two cookie expectations cannot both match one header: keep the request-shape checks that can.
    let cookies = c.headers.iter().filter(|(k, _)| k == "cookie").count();
    if cookies > 1 {
        c.headers.retain(|(k, _)| k != "cookie");
    }
    let method = ident(op_plan.method);
    c.builder = quote!(client.#method(#(#args),*));
    c
}

/// The literal parts of a path as the URL parser sends them (`<` becomes `%3C`, ...).
fn literal_path(path: &str) -> String {
    path.split(['?', '#'])
        .next()
        .unwrap_or("")
        .chars()
        .map(|c| match c {
            ' ' | '"' | '<' | '>' | '`' | '^' | '|' => format!("%{:02X}", c as u32),
            c => c.to_string(),
        })
        .collect()
}

impl Call {
    /// A required parameter: its sample argument, and where the request carries it.
    fn param(
        &mut self,
        plan: &CratePlan,
        op: &crate::ir::Operation,
        p: &crate::ir::Param,
    ) -> TokenStream {
        let value = if p.location == ParamLocation::Path {
            path_sample(plan, p)
        } else {
            plan.sample_with(&p.ty, &p.name, p.constraints.as_deref())
        };
        if let Some(schema) = &p.schema {
            self.samples.push(Sample {
                what: format!("{}: parameter `{}`", op.location, p.name),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
        match (p.location, scalar_text(&value)) {
            (ParamLocation::Path, Some(s)) => {
                self.path = self
                    .path
                    .replace(&format!("{{{}}}", p.name), &encode_segment(&s))
            }
            (ParamLocation::Query, Some(s))
                if matches!(
                    plan.resolve(&p.ty),
                    TypeRef::String | TypeRef::Integer(_) | TypeRef::Boolean
                ) =>
            {
                self.query.push((p.name.clone(), s))
            }
            (ParamLocation::Header, Some(s))
                if matches!(plan.resolve(&p.ty), TypeRef::String | TypeRef::Integer(_)) =>
            {
                self.headers.push((p.name.to_ascii_lowercase(), s))
            }
            _ => {}
        }
        let t = param_type(&p.ty, plan);
        let text = json_text(&value);
        quote!(common::sample::<#t>(#text))
    }

    /// The `Content-Type` (without a body) and `Accept` headers the spec requires.
    fn declared_headers(&mut self, op: &crate::ir::Operation) {
        if let (Some(media), None) = (
            &op.content_type_header,
            op.body.as_ref().filter(|b| b.required),
        ) {
            self.headers.push(("content-type".into(), media.clone()));
        }
        if let Some(media) = &op.accept_header {
            self.headers.push(("accept".into(), media.clone()));
        }
    }

    /// A required body: its sample argument and its media type.
    fn body(
        &mut self,
        plan: &CratePlan,
        op: &crate::ir::Operation,
        body: &crate::ir::Body,
    ) -> TokenStream {
        match (body.kind, body.declared_content_type()) {
            (_, Some(media)) => self
                .headers
                .push(("content-type".into(), media.to_string())),
            (MediaKind::Json, None) => self
                .headers
                .push(("content-type".into(), "application/json".into())),
            _ => {}
        }
        let t = body_type(&body.ty, body.kind, plan);
        let value = match body.kind {
            MediaKind::Text | MediaKind::Binary => json!(""),
            _ => plan.sample_with(&body.ty, "body", body.constraints.as_deref()),
        };
        if let (Some(schema), MediaKind::Json | MediaKind::Form) = (&body.schema, body.kind) {
            self.samples.push(Sample {
                what: format!("{}: request body", op.location),
                schema: schema.clone(),
                value: value.clone(),
            });
        }
        let text = json_text(&value);
        match body.kind {
            MediaKind::Binary => quote!(rt::Binary::default()),
            _ => quote!(common::sample::<#t>(#text)),
        }
    }

    /// The test credentials of the first alternative that needs any, where they go.
    fn credentials(&mut self, plan: &CratePlan, op: &crate::ir::Operation) {
        let Some(alt) = op.security.iter().find(|a| !a.is_empty()) else {
            return;
        };
        for name in alt {
            let Some((s, _)) = plan.schemes.iter().find(|(s, _)| &s.name == name) else {
                continue;
            };
            match &s.kind {
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Header,
                    param,
                } => self
                    .headers
                    .push((param.to_ascii_lowercase(), "test-key".into())),
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Query,
                    param,
                } => self.query.push((param.clone(), "test-key".into())),
                SchemeKind::ApiKey {
                    location: ApiKeyLocation::Cookie,
                    param,
                } => self
                    .headers
                    .push(("cookie".into(), format!("{param}=test-key"))),
                SchemeKind::Basic => self
                    .headers
                    .push(("authorization".into(), "Basic dXNlcjpwYXNz".into())),
                _ => self
                    .headers
                    .push(("authorization".into(), "Bearer test-token".into())),
            }
        }
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
    let name = ident(plan.operations[index].method);
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
    let crate_ident = ident(plan.crate_name);
    let error = ident(plan.operations[index].error);
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
