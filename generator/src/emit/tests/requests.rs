//! Per operation: the request test (method, path, parameters, credentials, the decoded
//! success) and the error test (the first documented error status, its typed variant).

use super::*;

pub(super) struct Call {
    /// Tokens that make the builder (`client.op(args)`).
    pub(super) builder: TokenStream,
    /// The client method and its arguments, for the tests printed as text.
    pub(super) method: String,
    pub(super) args: Vec<Arg>,
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
        method: op_plan.method.to_string(),
        args: Vec::new(),
        path: literal_path(&op.path),
        query: Vec::new(),
        headers: Vec::new(),
        samples: Vec::new(),
    };
    let mut args: Vec<Arg> = op
        .params
        .iter()
        .filter(|p| p.required)
        .map(|p| c.param(plan, op, p))
        .collect();
    c.declared_headers(op);
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        args.push(c.body(plan, op, body));
    }
    let tokens = args.iter().map(|a| a.tokens.clone());
    c.credentials(plan, op);
    // Two cookie expectations cannot both match one header: keep the request-shape checks that can.
    let cookies = c.headers.iter().filter(|(k, _)| k == "cookie").count();
    if cookies > 1 {
        c.headers.retain(|(k, _)| k != "cookie");
    }
    let method = ident(op_plan.method);
    c.builder = quote!(client.#method(#(#tokens),*));
    c.args = args;
    c
}

/// A sample argument of a client method: `common::sample::<T>("json")`, or the empty
/// binary body.
pub(super) struct Arg {
    tokens: TokenStream,
    /// The type and the JSON's string literal of a sample; `None` for `rt::Binary::default()`.
    pub(super) sample: Option<(String, String)>,
}

impl Arg {
    fn sample(plan: &CratePlan, ty: &TypeRef, kind: Option<MediaKind>, value: &Value) -> Arg {
        let (t, text) = match kind {
            Some(k) => (body_type(ty, k, plan), body_type_text(ty, k, plan)),
            None => (param_type(ty, plan), param_type_text(ty, plan)),
        };
        let json = json_text(value);
        let literal = string_literal(&json);
        Arg {
            tokens: quote!(common::sample::<#t>(#json)),
            sample: Some((text, literal)),
        }
    }

    /// The argument on one line.
    pub(super) fn text(&self) -> String {
        match &self.sample {
            Some((ty, lit)) => format!("common::sample::<{ty}>({lit})"),
            None => "rt::Binary::default()".into(),
        }
    }
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
    fn param(&mut self, plan: &CratePlan, op: &crate::ir::Operation, p: &crate::ir::Param) -> Arg {
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
        Arg::sample(plan, &p.ty, None, &value)
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
    fn body(&mut self, plan: &CratePlan, op: &crate::ir::Operation, body: &crate::ir::Body) -> Arg {
        match (body.kind, body.declared_content_type()) {
            (_, Some(media)) => self
                .headers
                .push(("content-type".into(), media.to_string())),
            (MediaKind::Json, None) => self
                .headers
                .push(("content-type".into(), "application/json".into())),
            _ => {}
        }
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
        match body.kind {
            MediaKind::Binary => Arg {
                tokens: quote!(rt::Binary::default()),
                sample: None,
            },
            _ => Arg::sample(plan, &body.ty, Some(body.kind), &value),
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

/// `&[("k", "v"), ...]` as text.
pub(super) fn pairs_text(list: &[(String, String)]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|(k, v)| format!("({}, {})", string_literal(k), string_literal(v)))
        .collect();
    format!("&[{}]", items.join(", "))
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
    c: &Call,
    report: &mut SuiteReport,
) -> Result<String> {
    let op = plan.operations[index].op;
    let success = op.success();
    let status = success.map_or(200, |r| status_code(r.status));
    let (content_type, body, value) = served(plan, success, "response");
    let label = format!("{} {}", op.method, op.path);
    report.request_tests += 1;
    report.samples.extend(c.samples.iter().cloned());
    if let (Some(r), Some(value)) = (success, value) {
        record_served(report, op, r, value);
    }
    let expect = Expect {
        method: op.method.as_str(),
        path: &c.path,
        query: pairs_text(&c.query),
        headers: pairs_text(&c.headers),
        status,
        content_type: &content_type,
        body: &body,
    };
    let mut out = format!(
        "#[tokio::test]\nasync fn {}() {{\n    let (server, client) = common::setup().await;\n",
        plan.operations[index].method
    );
    out.push_str(&text::statement(text::expect(&expect))?);
    out.push_str(&text::statement(text::sent(&label, c))?);
    out.push_str("}\n");
    Ok(out)
}

pub(super) fn error_test(
    plan: &CratePlan,
    index: usize,
    c: &Call,
    report: &mut SuiteReport,
) -> Result<Option<String>> {
    let op = plan.operations[index].op;
    let Some(r) = op
        .errors()
        .into_iter()
        .find(|r| !matches!(r.status, Status::Range(2)))
    else {
        return Ok(None);
    };
    let status = status_code(r.status);
    if (200..300).contains(&status) {
        return Ok(None);
    }
    let (content_type, body, value) = served(plan, Some(r), "error");
    if let Some(value) = value {
        record_served(report, op, r, value);
    }
    let variant = super::super::rust::status_variant(r.status);
    let payload = if r.kind.is_some() { "(..)" } else { "" };
    let pattern = format!(
        "{}::operations::{}::{variant}{payload}",
        plan.crate_name, plan.operations[index].error
    );
    report.error_tests += 1;
    let expect = Expect {
        method: op.method.as_str(),
        path: &c.path,
        query: "&[]".into(),
        headers: "&[]".into(),
        status,
        content_type: &content_type,
        body: &body,
    };
    let mut out = format!(
        "#[tokio::test]\nasync fn {}_error() {{\n",
        plan.operations[index].method
    );
    out.push_str("    if common::conformance_url().is_some() {\n        return;\n    }\n");
    out.push_str("    let (server, client) = common::setup().await;\n");
    out.push_str(&text::statement(text::expect(&expect))?);
    out.push_str(&text::statement(text::expect_err(c))?);
    out.push_str(&text::statement(text::assert_matches(&pattern))?);
    out.push_str("}\n");
    Ok(Some(out))
}

/// What `common::expect` is told the request and the response are.
pub(super) struct Expect<'a> {
    pub(super) method: &'a str,
    pub(super) path: &'a str,
    pub(super) query: String,
    pub(super) headers: String,
    pub(super) status: u16,
    pub(super) content_type: &'a str,
    pub(super) body: &'a str,
}
