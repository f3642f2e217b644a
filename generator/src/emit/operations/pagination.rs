//! `.pages()` and `.items()` for paginated operations.
//!
//! The page plan becomes a `static rt::PagePlan`; what the runtime needs from each page
//! (item count, next cursor or URL, has_more, totals) is read by a small function with typed
//! field access. Only a path that crosses a oneOf/anyOf is read from the raw body instead
//! (`rt::json_path`), which scans the body once without building it.

use crate::analyze::pagination::{Kind, PageParam, Plan};
use crate::diag::Result;
use crate::emit::access::pointer;
use crate::emit::rust::{format_file, ident, type_tokens, Site};
use crate::ir::TypeRef;
use crate::plan::{CratePlan, OperationPlan};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// `Option<&Leaf>` for `path` inside `root` (an expression of type `&T` where `T` is `ty`),
/// when every step is a plain struct field.
fn ref_chain(plan: &CratePlan, ty: &TypeRef, path: &[String], root: &str) -> Option<TokenStream> {
    let access = crate::emit::access::field_access(plan, ty, path, root)?;
    let expr = access.by_ref_tokens();
    Some(if access.optional {
        expr
    } else {
        quote!(Some(#expr))
    })
}

/// `Vec<Item>` moved out of `page` along `path`.
fn move_chain(plan: &CratePlan, ty: &TypeRef, path: &[String]) -> Option<TokenStream> {
    if path.is_empty() {
        return Some(quote!(page));
    }
    // Required fields move out directly; optional ones go through `Option`.
    let mut expr = quote!(page);
    let mut optional = false;
    let mut current = ty;
    for seg in path {
        let (ty_plan, _) = plan.struct_of(current)?;
        let field = ty_plan.fields.iter().find(|f| &f.field.name == seg)?;
        let f = ident(field.ident);
        let required = !field.presence.is_option();
        expr = match (optional, required) {
            (false, true) => quote!(#expr.#f),
            (false, false) => quote!(#expr.#f),
            (true, true) => quote!(#expr.map(|v| v.#f)),
            (true, false) => quote!(#expr.and_then(|v| v.#f)),
        };
        optional |= !required;
        current = &field.field.ty;
    }
    Some(if optional {
        quote!(#expr.unwrap_or_default())
    } else {
        expr
    })
}

/// A value read from the page: typed when possible, else from the raw body.
fn read(
    plan: &CratePlan,
    resp: &TypeRef,
    path: &[String],
    conv: TokenStream,
    raw: &mut bool,
) -> TokenStream {
    match ref_chain(plan, resp, path, "page") {
        Some(chain) => quote!(#chain.and_then(#conv)),
        None => {
            *raw = true;
            quote!(rt::json_path(&response.body, &[#(#path),*]).and_then(|v| #conv(&v)))
        }
    }
}

fn param_tokens(p: &Option<PageParam>) -> (TokenStream, TokenStream, TokenStream) {
    match p {
        Some(p) => {
            let name = &p.name;
            let (loc, path) = if p.location == crate::analyze::pagination::PageParamIn::Body {
                let segs = &p.path;
                (quote!(rt::ParamIn::Body), quote!(&[#(#segs),*]))
            } else {
                (quote!(rt::ParamIn::Query), quote!(&[]))
            };
            (quote!(Some(#name)), loc, path)
        }
        None => (quote!(None), quote!(rt::ParamIn::Query), quote!(&[])),
    }
}

/// The page methods of a paginated operation's builder as text at a member's indent, or
/// nothing.
pub fn methods_text(plan: &CratePlan, op_plan: &OperationPlan) -> Result<String> {
    let decision = op_plan.pagination;
    let success = op_plan.op.success().and_then(|r| r.ty.as_ref());
    let (Some(pages), Some(resp)) = (&decision.plan, success) else {
        return Ok(String::new());
    };
    let error = ident(op_plan.error);
    let tokens = methods(plan, op_plan, pages, resp, &error, &decision.reason);
    if tokens.is_empty() {
        return Ok(String::new());
    }
    let what = format!("the page methods of `{}`", op_plan.builder);
    let text = format_file(&what, quote!(impl S { #tokens }))?;
    Ok(crate::emit::rust::inner_lines(&text))
}

/// The `pages` and `items` methods of a builder, or nothing when the page plan cannot be typed.
fn methods(
    plan: &CratePlan,
    op: &OperationPlan,
    pages: &Plan,
    resp: &TypeRef,
    error: &Ident,
    reason: &str,
) -> TokenStream {
    let records_ty = plan.type_at(resp, &pages.records);
    let Some(TypeRef::Array(item)) = records_ty.map(|t| plan.resolve(t)) else {
        return quote!();
    };
    let (Some(records_ref), Some(records_move)) = (
        ref_chain(plan, resp, &pages.records, "page"),
        move_chain(plan, resp, &pages.records),
    ) else {
        return quote!();
    };
    let resp_tokens = type_tokens(resp, plan, Site::Crate, false);
    let item_tokens = type_tokens(item, plan, Site::Crate, false);
    let (info, raw) = page_info(plan, pages, resp, item, &records_ref);
    let response_param = if raw {
        quote!(response)
    } else {
        quote!(_response)
    };
    let kind = ident(match pages.kind {
        Kind::Cursor => "Cursor",
        Kind::LastItemId => "LastItemId",
        Kind::NextUrl => "NextUrl",
        Kind::LinkHeader => "LinkHeader",
        Kind::Offset => "Offset",
        Kind::PageNumber => "PageNumber",
    });
    let (param, param_in, param_path) = param_tokens(&pages.param);
    let (size, size_in, size_path) = param_tokens(&pages.size_param);
    let first_page = pages.first_page;
    let raw = if op.streamed {
        raw_pages(
            pages,
            error,
            &kind,
            (&param, &param_in, &param_path),
            (&size, &size_in, &size_path),
            first_page,
        )
    } else {
        quote!()
    };
    let doc = format!(
        " Every page, in order ({} pagination: {}).",
        pages.kind.as_str(),
        reason.replace('`', "'")
    );
    quote! {
        #[doc = #doc]
        ///
        /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
        /// seen before is an error, never a silent stop.
        pub fn pages(self) -> rt::PageStream<#resp_tokens, #error> {
            static PLAN: rt::PagePlan = rt::PagePlan {
                kind: rt::PageKind::#kind,
                param: #param,
                param_in: #param_in,
                param_path: #param_path,
                size_param: #size,
                size_in: #size_in,
                size_path: #size_path,
                first_page: #first_page,
            };
            let request = self.request();
            rt::paginate(self.client.runtime().clone(), request, &PLAN, |page: &#resp_tokens, #response_param: &rt::Response| rt::PageInfo {
                #(#info,)*
                ..Default::default()
            })
        }

        /// Every record of every page, in order (see [`Self::pages`]).
        pub fn items(self) -> rt::PageStream<#item_tokens, #error> {
            rt::items(self.pages(), |page: #resp_tokens| #records_move)
        }

        #raw
    }
}

/// The fields of `rt::PageInfo` read from a page, and whether any is read from the raw
/// response (a path through a union, the Link header).
fn page_info(
    plan: &CratePlan,
    pages: &Plan,
    resp: &TypeRef,
    item: &TypeRef,
    records_ref: &TokenStream,
) -> (Vec<TokenStream>, bool) {
    let mut raw = false;
    let mut info = vec![quote!(item_count: #records_ref.map_or(0, |items| items.len()))];
    let cursor = quote!(rt::ToCursor::to_cursor);
    match pages.kind {
        Kind::Cursor => {
            let f = pages.next_field.as_deref().unwrap_or_default();
            let e = read(plan, resp, f, cursor.clone(), &mut raw);
            info.push(quote!(next_token: #e));
        }
        Kind::LastItemId => {
            let e = match &pages.next_field {
                Some(f) => read(plan, resp, f, cursor.clone(), &mut raw),
                None => {
                    let id = pages.id_field.as_deref().unwrap_or("id");
                    let typed = plan.struct_of(item).and_then(|(ty_plan, _)| {
                        let field = ty_plan.fields.iter().find(|f| f.field.name == id)?;
                        let f = ident(field.ident);
                        Some(quote!(rt::ToCursor::to_cursor(&item.#f)))
                    });
                    let id_expr = typed.unwrap_or_else(|| quote!(serde_json::to_value(item).ok().and_then(|v| rt::ToCursor::to_cursor(&v[#id]))));
                    quote!(#records_ref.and_then(|items| items.last()).and_then(|item| #id_expr))
                }
            };
            info.push(quote!(next_token: #e));
        }
        Kind::NextUrl => {
            let f = pages.next_field.as_deref().unwrap_or_default();
            let e = read(plan, resp, f, cursor.clone(), &mut raw);
            info.push(quote!(next_url: #e));
        }
        Kind::LinkHeader => {
            raw = true;
            info.push(quote!(next_url: rt::link_next(response)));
        }
        Kind::Offset | Kind::PageNumber => {
            if let Some(f) = &pages.total_field {
                let e = read(plan, resp, f, quote!(rt::ToCount::to_count), &mut raw);
                if pages.kind == Kind::Offset {
                    info.push(quote!(total: #e));
                } else {
                    info.push(quote!(page_count: #e));
                }
            }
        }
    }
    if let Some(f) = &pages.has_more_field {
        let e = read(plan, resp, f, quote!(rt::ToFlag::to_flag), &mut raw);
        info.push(quote!(has_more: #e));
    }
    (info, raw)
}

/// `record_pages`: the same pages as untyped JSON, so `sync` can decode (and reject) each
/// record on its own instead of failing a whole page on one bad record.
fn raw_pages(
    pages: &Plan,
    error: &Ident,
    kind: &Ident,
    param: (&TokenStream, &TokenStream, &TokenStream),
    size: (&TokenStream, &TokenStream, &TokenStream),
    first_page: u64,
) -> TokenStream {
    let (param, param_in, param_path) = param;
    let (size, size_in, size_path) = size;
    let records = pointer(&pages.records);
    let array = quote!(page.pointer(#records).and_then(serde_json::Value::as_array));
    let at = |path: &Option<Vec<String>>| path.as_ref().map(|p| pointer(p));
    let mut info = vec![quote!(item_count: #array.map_or(0, Vec::len))];
    let cursor = |p: String| quote!(page.pointer(#p).and_then(rt::ToCursor::to_cursor));
    let mut uses_response = false;
    match pages.kind {
        Kind::Cursor | Kind::LastItemId if at(&pages.next_field).is_some() => {
            let e = cursor(at(&pages.next_field).unwrap_or_default());
            info.push(quote!(next_token: #e));
        }
        Kind::LastItemId => {
            let id = pages.id_field.as_deref().unwrap_or("id");
            info.push(quote!(next_token: #array.and_then(|items| items.last()).and_then(|item| rt::ToCursor::to_cursor(&item[#id]))));
        }
        Kind::NextUrl => {
            let e = cursor(at(&pages.next_field).unwrap_or_default());
            info.push(quote!(next_url: #e));
        }
        Kind::LinkHeader => {
            uses_response = true;
            info.push(quote!(next_url: rt::link_next(response)));
        }
        Kind::Cursor => {}
        Kind::Offset | Kind::PageNumber => {
            if let Some(p) = at(&pages.total_field) {
                let field = if pages.kind == Kind::Offset {
                    quote!(total)
                } else {
                    quote!(page_count)
                };
                info.push(quote!(#field: page.pointer(#p).and_then(rt::ToCount::to_count)));
            }
        }
    }
    if let Some(p) = at(&pages.has_more_field) {
        info.push(quote!(has_more: page.pointer(#p).and_then(rt::ToFlag::to_flag)));
    }
    let response = if uses_response {
        quote!(response)
    } else {
        quote!(_response)
    };
    quote! {
        /// The pages as JSON from `start`, each with the position of the next page, for
        /// `sync` (see [`Self::pages`]).
        #[cfg(feature = "cli")]
        pub(crate) fn record_pages(self, request: rt::Request, start: rt::PageStart) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), #error> {
            static PLAN: rt::PagePlan = rt::PagePlan {
                kind: rt::PageKind::#kind,
                param: #param,
                param_in: #param_in,
                param_path: #param_path,
                size_param: #size,
                size_in: #size_in,
                size_path: #size_path,
                first_page: #first_page,
            };
            rt::paginate_from(self.client.runtime().clone(), request, &PLAN, |page: &serde_json::Value, #response: &rt::Response| rt::PageInfo {
                #(#info,)*
                ..Default::default()
            }, start)
        }
    }
}
