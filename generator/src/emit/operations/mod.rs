//! `src/operations/`: one file per tag, one builder per operation, plus its error enum.

use super::rust::{
    body_type, doc_attrs, format_file, ident, param_type, render_parallel, type_tokens, Site,
};

mod pagination;
use crate::diag::Result;
use crate::ir::{
    Body, MediaKind, Operation, ParamLocation, ParamStyle, Response, Status, TypeKind, TypeRef,
};
use crate::plan::{CratePlan, OperationPlan};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let mut by_module: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, op) in plan.operations.iter().enumerate() {
        by_module.entry(op.module).or_default().push(i);
    }
    let modules: Vec<(&str, Vec<usize>)> = by_module.into_iter().collect();
    let rendered = render_parallel(&modules, |(module, ops)| {
        let items = ops.iter().map(|i| operation(plan, &plan.operations[*i]));
        let tag = plan.operations[ops[0]]
            .op
            .tags
            .first()
            .cloned()
            .unwrap_or_else(|| "(untagged)".into());
        let header = format!(" Operations tagged `{}`.", tag.replace('`', "'"));
        let tokens = quote! {
            #![doc = #header]
            use apitap_runtime::codegen as rt;
            #(#items)*
        };
        let path = format!("src/operations/{module}.rs");
        let text = format_file(&path, tokens)?;
        Ok((path, text))
    })?;
    let mut files: BTreeMap<String, String> = rendered.into_iter().collect();
    let mods = modules.iter().map(|(module, _)| {
        let m = ident(module);
        let cfg = super::rust::cfg(&plan.features.op_gate(module));
        quote!(#cfg mod #m; #cfg pub use #m::*;)
    });
    let tokens = quote! {
        //! Request builders, one per operation, grouped by tag (each group a cargo feature).
        #(#mods)*
    };
    files.insert(
        "src/operations/mod.rs".into(),
        format_file("src/operations/mod.rs", tokens)?,
    );
    Ok(files)
}

/// What a builder is made of: the client method's arguments and the fields they fill,
/// the other fields, and the setters of the optional ones.
#[derive(Default)]
struct BuilderParts {
    ctor_args: Vec<TokenStream>,
    ctor_inits: Vec<TokenStream>,
    fields: Vec<TokenStream>,
    setters: Vec<TokenStream>,
}

/// Required parameters (and a required body) are arguments of the client method; optional
/// ones are setters.
fn builder_parts(plan: &CratePlan, op: &OperationPlan) -> BuilderParts {
    let mut parts = BuilderParts::default();
    for param in &op.params {
        let p = param.param;
        let f = ident(param.ident);
        let t = param_type(&p.ty, plan);
        let doc = doc_attrs(p.doc.as_deref());
        if p.required {
            parts.ctor_args.push(quote!(#f: impl Into<#t>));
            parts.ctor_inits.push(quote!(#f: #f.into()));
            parts.fields.push(quote!(#f: #t));
        } else {
            parts.ctor_inits.push(quote!(#f: None));
            parts.fields.push(quote!(#f: Option<#t>));
            let spec = format!(
                " `{}` ({} parameter).",
                p.name.replace('`', "'"),
                location_name(p.location)
            );
            let sep = if p.doc.is_some() {
                quote!(#[doc = ""])
            } else {
                quote!()
            };
            parts.setters.push(quote! {
                #doc #sep #[doc = #spec]
                pub fn #f(mut self, value: impl Into<#t>) -> Self {
                    self.#f = Some(value.into());
                    self
                }
            });
        }
    }
    if let Some(body) = &op.op.body {
        let t = body_type(&body.ty, body.kind, plan);
        let doc = doc_attrs(body.doc.as_deref());
        if body.required {
            parts.ctor_args.push(quote!(body: impl Into<#t>));
            parts.ctor_inits.push(quote!(body: body.into()));
            parts.fields.push(quote!(body: #t));
        } else {
            parts.ctor_inits.push(quote!(body: None));
            parts.fields.push(quote!(body: Option<#t>));
            parts.setters.push(quote! {
                /// The request body.
                #doc
                pub fn body(mut self, value: impl Into<#t>) -> Self {
                    self.body = Some(value.into());
                    self
                }
            });
        }
    }
    parts
}

/// The runtime's `QueryStyle` for a query parameter's or form property's style.
fn query_style(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Form { explode } => quote!(rt::QueryStyle::Form { explode: #explode }),
        ParamStyle::DeepObject => quote!(rt::QueryStyle::DeepObject),
        ParamStyle::SpaceDelimited => quote!(rt::QueryStyle::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(rt::QueryStyle::PipeDelimited),
        ParamStyle::Simple => quote!(rt::QueryStyle::Form { explode: false }),
    }
}

/// The statements that put each parameter, the security, the body and the media types on
/// the request.
fn request_steps(plan: &CratePlan, op_plan: &OperationPlan) -> Vec<TokenStream> {
    let op = op_plan.op;
    let mut steps = Vec::new();
    for param in &op_plan.params {
        let p = param.param;
        let f = ident(param.ident);
        let name = &p.name;
        steps.push(match p.location {
            ParamLocation::Path => quote!(req.path_param(#name, &self.#f);),
            ParamLocation::Query => {
                let style = query_style(p.style);
                quote!(req.query(#name, &self.#f, #style);)
            }
            ParamLocation::Header => quote!(req.header(#name, &self.#f);),
            ParamLocation::Cookie => quote!(req.cookie(#name, &self.#f);),
        });
    }
    if !op.security.is_empty() {
        let alts = op.security.iter().map(|alt| quote!(&[#(#alt),*]));
        steps.push(quote!(req.security(&[#(#alts),*]);));
    }
    if let Some(body) = &op.body {
        steps.push(body_step(plan, op, body));
    } else if let Some(media) = &op.content_type_header {
        steps.push(quote!(req.content_type(#media);));
    }
    if let Some(media) = op_plan.accept {
        steps.push(quote!(req.accept(#media);));
    }
    steps
}

/// The body, encoded as its media type says.
fn body_step(plan: &CratePlan, op: &Operation, body: &Body) -> TokenStream {
    let media = &body.media_type;
    // `value` borrows the body; `place` names it for field access.
    let (value, place) = if body.required {
        (quote!(&self.body), quote!(self.body))
    } else {
        (quote!(body), quote!(body))
    };
    // JSON and form bodies go out with the media type the spec declares
    // (`text/json`, `application/merge-patch+json`, ...) where it is not the plain one.
    let declared = body
        .declared_content_type()
        .map(|m| quote!(req.content_type(#m);));
    let encode = match body.kind {
        MediaKind::Json => quote!(#declared req.json(#value);),
        MediaKind::Form => {
            let styles = body.form_styles.iter().map(|(name, style)| {
                let style = query_style(*style);
                quote!((#name, #style))
            });
            quote!(#declared req.form_styled(#value, &[#(#styles),*]);)
        }
        MediaKind::Text => quote!(req.raw(#place.clone(), #media);),
        MediaKind::Binary => quote!(req.raw(#place.0.clone(), #media);),
        MediaKind::Multipart => multipart(plan, &body.ty, &body.json_parts, value),
    };
    // A Content-Type the spec requires as a header goes out only when no body does
    // (a body carries its own type).
    let header = op
        .content_type_header
        .as_ref()
        .map(|m| quote!(else { req.content_type(#m); }));
    if body.required {
        encode
    } else {
        quote!(if let Some(body) = &self.body { #encode } #header)
    }
}

/// What `send` returns, and how it gets it from the response.
fn output(plan: &CratePlan, success: Option<&Response>) -> (TokenStream, TokenStream) {
    match success.and_then(|r| r.kind.map(|k| (k, r))) {
        Some((MediaKind::Json, r)) => {
            let t = type_tokens(
                r.ty.as_ref().unwrap_or(&TypeRef::Any),
                plan,
                Site::Crate,
                false,
            );
            (t, quote!(response.json()))
        }
        Some((MediaKind::Text | MediaKind::Form, _)) => (quote!(String), quote!(response.text())),
        Some((MediaKind::Binary | MediaKind::Multipart, _)) => {
            (quote!(rt::Bytes), quote!(Ok(response.bytes())))
        }
        None => (quote!(()), quote! { let _ = response; Ok(()) }),
    }
}

/// The docs of the client method (summary, signature, deprecation) and of the builder.
fn operation_docs(op_plan: &OperationPlan) -> (TokenStream, TokenStream) {
    let op = op_plan.op;
    let summary = op.summary.as_deref().or(op.description.as_deref());
    let method_doc = doc_attrs(summary);
    let deprecated = if op.deprecated {
        quote!(#[doc = ""] #[doc = " Deprecated by the API."])
    } else {
        quote!()
    };
    let signature = format!(
        " `{} {}` (operation `{}`).",
        op.method,
        op.path.replace('`', "'"),
        op.id.replace('`', "'")
    );
    let sep = if summary.is_some() {
        quote!(#[doc = ""])
    } else {
        quote!()
    };
    let builder_doc = format!(
        " Request builder for `{} {}`; finish with [`{}::send`].",
        op.method,
        op.path.replace('`', "'"),
        op_plan.builder
    );
    let description = doc_attrs(op.description.as_deref().filter(|d| Some(*d) != summary));
    (
        quote!(#method_doc #sep #[doc = #signature] #deprecated),
        quote!(#[doc = #builder_doc] #description),
    )
}

/// One operation: the client method, its request builder with `send` (and the page methods
/// of a list), and its error enum.
fn operation(plan: &CratePlan, op_plan: &OperationPlan) -> TokenStream {
    let op = op_plan.op;
    let builder = ident(op_plan.builder);
    let error = ident(op_plan.error);
    let method = ident(op_plan.method);
    let BuilderParts {
        ctor_args,
        ctor_inits,
        fields,
        setters,
    } = builder_parts(plan, op_plan);
    let steps = request_steps(plan, op_plan);
    let http_method = ident(op.method.as_str());
    let (path, op_id) = (&op.path, &op.id);
    let new_request = quote!(rt::Request::new(rt::Method::#http_method, #path, #op_id));
    let build_request = if steps.is_empty() {
        new_request
    } else {
        quote! {
            let mut req = #new_request;
            #(#steps)*
            req
        }
    };
    let success = op.success();
    let (output, finish) = output(plan, success);
    let (method_docs, builder_docs) = operation_docs(op_plan);
    let error_enum = error_enum(plan, op, &error);
    let decision = op_plan.pagination;
    let paging = match (&decision.plan, success.and_then(|r| r.ty.as_ref())) {
        (Some(pages), Some(resp)) => {
            pagination::methods(plan, op_plan, pages, resp, &error, &decision.reason)
        }
        _ => quote!(),
    };

    quote! {
        impl crate::Client {
            #method_docs
            pub fn #method(&self, #(#ctor_args),*) -> #builder {
                #builder { client: self.clone(), #(#ctor_inits),* }
            }
        }

        #builder_docs
        #[derive(Debug, Clone)]
        #[must_use = "a request builder does nothing until `.send()` is awaited"]
        pub struct #builder {
            client: crate::Client,
            #(#fields,)*
        }

        impl #builder {
            #(#setters)*

            /// Send the request and decode the response.
            pub async fn send(self) -> Result<#output, rt::Error<#error>> {
                let request = self.request();
                let response = self.client.runtime().send::<#error>(request).await?;
                #finish
            }

            #paging

            pub(crate) fn request(&self) -> rt::Request {
                #build_request
            }
        }

        #error_enum
    }
}

fn location_name(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// Multipart parts: one per property of the body struct; binary properties as file parts,
/// those the spec's `encoding` declares JSON as JSON parts, the others as text fields.
fn multipart(
    plan: &CratePlan,
    ty: &TypeRef,
    json_parts: &[String],
    value: TokenStream,
) -> TokenStream {
    if let TypeRef::Named(id) = ty.strip_nullable().0 {
        let ty_plan = plan.ty(*id);
        if let TypeKind::Struct { .. } = &ty_plan.def.kind {
            let parts = ty_plan.fields.iter().map(|field| {
                let fname = ident(field.ident);
                let spec = &field.field.name;
                let push = match field.field.ty.strip_nullable().0 {
                    TypeRef::Binary => {
                        quote!(parts.push(rt::Part::bytes(#spec, v.0.clone(), Some(#spec)));)
                    }
                    // Several files: a file part each, under the property's name.
                    TypeRef::Array(item) if *item.strip_nullable().0 == TypeRef::Binary => {
                        quote! {
                            for f in v {
                                parts.push(rt::Part::bytes(#spec, f.0.clone(), Some(#spec)));
                            }
                        }
                    }
                    _ if json_parts.contains(spec) => quote!(parts.push(rt::Part::json(#spec, v));),
                    _ => quote!(parts.push(rt::Part::text(#spec, v));),
                };
                if field.presence.is_option() {
                    quote!(if let Some(v) = &fields.#fname { #push })
                } else {
                    quote!({ let v = &fields.#fname; #push })
                }
            });
            return quote! {
                let fields = #value;
                let mut parts = Vec::new();
                #(#parts)*
                req.multipart(parts);
            };
        }
    }
    quote!(req.multipart(vec![rt::Part::text("body", #value)]);)
}

fn variant_name(status: Status) -> String {
    match status {
        Status::Code(c) => format!("Status{c}"),
        Status::Range(d) => format!("Status{d}XX"),
        Status::Default => "Default".into(),
    }
}

fn error_enum(plan: &CratePlan, op: &Operation, error: &proc_macro2::Ident) -> TokenStream {
    let errors: Vec<&Response> = op.errors();
    let mut variants = Vec::new();
    let mut arms = Vec::new();
    let mut has_default = false;
    let mut default_decode = None;
    for r in &errors {
        let v = ident(&variant_name(r.status));
        let doc = doc_attrs(r.doc.as_deref());
        let (payload, decode) = match (r.kind, &r.ty) {
            (Some(MediaKind::Json), ty) => {
                let t = type_tokens(
                    ty.as_ref().unwrap_or(&TypeRef::Any),
                    plan,
                    Site::Crate,
                    false,
                );
                (quote!((#t)), quote!(rt::decode_json(body).map(Self::#v)))
            }
            (Some(MediaKind::Text | MediaKind::Form), _) => (
                quote!((String)),
                quote!(Some(Self::#v(String::from_utf8_lossy(body).into_owned()))),
            ),
            (Some(_), _) => (
                quote!((rt::Bytes)),
                quote!(Some(Self::#v(rt::Bytes::copy_from_slice(body)))),
            ),
            (None, _) => (quote!(), quote!(Some(Self::#v))),
        };
        variants.push(quote!(#doc #v #payload,));
        let pattern = match r.status {
            Status::Code(c) => quote!(#c),
            Status::Range(d) => {
                let lo = d * 100;
                let hi = lo + 99;
                quote!(#lo..=#hi)
            }
            Status::Default => {
                has_default = true;
                default_decode = Some(decode.clone());
                quote!(_)
            }
        };
        arms.push(quote!(#pattern => #decode,));
    }
    if !has_default {
        arms.push(quote!(_ => None,));
    }
    let doc = format!(
        " Documented error responses of `{}`.",
        op.id.replace('`', "'")
    );
    let uses_body = errors.iter().any(|r| r.kind.is_some());
    let body_ident = if uses_body {
        quote!(body)
    } else {
        quote!(_body)
    };
    // A lone `default` needs no match on the status.
    let only_default = errors.len() == 1 && errors[0].status == Status::Default;
    let decode_body = match default_decode {
        Some(decode) if only_default => decode,
        _ if errors.is_empty() => quote!(None),
        _ => quote!(match status { #(#arms)* }),
    };
    let status_ident = if errors.is_empty() || only_default {
        quote!(_status)
    } else {
        quote!(status)
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #error { #(#variants)* }
        impl rt::ErrorBody for #error {
            fn decode(#status_ident: u16, #body_ident: &[u8]) -> Option<Self> {
                #decode_body
            }
        }
    }
}
