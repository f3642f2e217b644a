//! `.pages()` and `.items()` for paginated operations.
//!
//! The page plan becomes a `static rt::PagePlan`; what the runtime needs from each page
//! (item count, next cursor or URL, has_more, totals) is read by a small function with typed
//! field access. Only a path that crosses a oneOf/anyOf is read from the raw body instead
//! (`rt::json_path`), which scans the body once without building it.

use crate::analyze::pagination::{Kind, PageParam, Plan};
use crate::analyze::Analysis;
use crate::emit::access::pointer;
use crate::emit::rust::{ident, type_tokens, Site};
use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// `Option<&Leaf>` for `path` inside `root` (an expression of type `&T` where `T` is `ty`),
/// when every step is a plain struct field.
fn ref_chain(
    api: &Api,
    an: &Analysis,
    ty: &TypeRef,
    path: &[String],
    root: TokenStream,
) -> Option<TokenStream> {
    let access = crate::emit::access::field_access(api, an, ty, path, root)?;
    let expr = access.by_ref();
    Some(if access.optional {
        expr
    } else {
        quote!(Some(#expr))
    })
}

/// `Vec<Item>` moved out of `page` along `path`.
fn move_chain(api: &Api, an: &Analysis, ty: &TypeRef, path: &[String]) -> Option<TokenStream> {
    if path.is_empty() {
        return Some(quote!(page));
    }
    // Required fields move out directly; optional ones go through `Option`.
    let mut expr = quote!(page);
    let mut optional = false;
    let mut current = ty;
    for seg in path {
        let (id, fields) = api.types.struct_of(current)?;
        let idx = fields.iter().position(|f| &f.name == seg)?;
        let f = ident(&an.types[id.0].members[idx]);
        let field = &fields[idx];
        let required = field.required && !field.ty.strip_nullable().1;
        expr = match (optional, required) {
            (false, true) => quote!(#expr.#f),
            (false, false) => quote!(#expr.#f),
            (true, true) => quote!(#expr.map(|v| v.#f)),
            (true, false) => quote!(#expr.and_then(|v| v.#f)),
        };
        optional |= !required;
        current = &field.ty;
    }
    Some(if optional {
        quote!(#expr.unwrap_or_default())
    } else {
        expr
    })
}

/// A value read from the page: typed when possible, else from the raw body.
fn read(
    api: &Api,
    an: &Analysis,
    resp: &TypeRef,
    path: &[String],
    conv: TokenStream,
    raw: &mut bool,
) -> TokenStream {
    match ref_chain(api, an, resp, path, quote!(page)) {
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

/// The `pages` and `items` methods of a builder, or nothing when the plan cannot be typed.
pub fn methods(
    api: &Api,
    an: &Analysis,
    index: usize,
    plan: &Plan,
    resp: &TypeRef,
    error: &Ident,
    reason: &str,
) -> TokenStream {
    let records_ty = crate::analyze::pagination::type_at(&api.types, resp, &plan.records);
    let Some(TypeRef::Array(item)) = records_ty.map(|t| api.types.resolve(t)) else {
        return quote!();
    };
    let (Some(records_ref), Some(records_move)) = (
        ref_chain(api, an, resp, &plan.records, quote!(page)),
        move_chain(api, an, resp, &plan.records),
    ) else {
        return quote!();
    };
    let resp_tokens = type_tokens(resp, an, Site::Crate, false);
    let item_tokens = type_tokens(item, an, Site::Crate, false);
    let mut raw = false;
    let mut info = vec![quote!(item_count: #records_ref.map_or(0, |items| items.len()))];
    let cursor = quote!(rt::ToCursor::to_cursor);
    match plan.kind {
        Kind::Cursor => {
            let f = plan.next_field.as_deref().unwrap_or_default();
            let e = read(api, an, resp, f, cursor.clone(), &mut raw);
            info.push(quote!(next_token: #e));
        }
        Kind::LastItemId => {
            let e = match &plan.next_field {
                Some(f) => read(api, an, resp, f, cursor.clone(), &mut raw),
                None => {
                    let id = plan.id_field.as_deref().unwrap_or("id");
                    let typed = api.types.struct_of(item).and_then(|(tid, fields)| {
                        let idx = fields.iter().position(|f| f.name == id)?;
                        let f = ident(&an.types[tid.0].members[idx]);
                        Some(quote!(rt::ToCursor::to_cursor(&item.#f)))
                    });
                    let id_expr = typed.unwrap_or_else(|| quote!(serde_json::to_value(item).ok().and_then(|v| rt::ToCursor::to_cursor(&v[#id]))));
                    quote!(#records_ref.and_then(|items| items.last()).and_then(|item| #id_expr))
                }
            };
            info.push(quote!(next_token: #e));
        }
        Kind::NextUrl => {
            let f = plan.next_field.as_deref().unwrap_or_default();
            let e = read(api, an, resp, f, cursor.clone(), &mut raw);
            info.push(quote!(next_url: #e));
        }
        Kind::LinkHeader => {
            raw = true;
            info.push(quote!(next_url: rt::link_next(response)));
        }
        Kind::Offset | Kind::PageNumber => {
            if let Some(f) = &plan.total_field {
                let e = read(api, an, resp, f, quote!(rt::ToCount::to_count), &mut raw);
                if plan.kind == Kind::Offset {
                    info.push(quote!(total: #e));
                } else {
                    info.push(quote!(page_count: #e));
                }
            }
        }
    }
    if let Some(f) = &plan.has_more_field {
        let e = read(api, an, resp, f, quote!(rt::ToFlag::to_flag), &mut raw);
        info.push(quote!(has_more: #e));
    }
    let response_param = if raw {
        quote!(response)
    } else {
        quote!(_response)
    };
    let kind = ident(match plan.kind {
        Kind::Cursor => "Cursor",
        Kind::LastItemId => "LastItemId",
        Kind::NextUrl => "NextUrl",
        Kind::LinkHeader => "LinkHeader",
        Kind::Offset => "Offset",
        Kind::PageNumber => "PageNumber",
    });
    let (param, param_in, param_path) = param_tokens(&plan.param);
    let (size, size_in, size_path) = param_tokens(&plan.size_param);
    let first_page = plan.first_page;
    let raw = if an.streams.iter().any(|s| s.op == index) {
        raw_pages(
            plan,
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
        plan.kind.as_str(),
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

/// `record_pages`: the same pages as untyped JSON, so `sync` can decode (and reject) each
/// record on its own instead of failing a whole page on one bad record.
fn raw_pages(
    plan: &Plan,
    error: &Ident,
    kind: &Ident,
    param: (&TokenStream, &TokenStream, &TokenStream),
    size: (&TokenStream, &TokenStream, &TokenStream),
    first_page: u64,
) -> TokenStream {
    let (param, param_in, param_path) = param;
    let (size, size_in, size_path) = size;
    let records = pointer(&plan.records);
    let array = quote!(page.pointer(#records).and_then(serde_json::Value::as_array));
    let at = |path: &Option<Vec<String>>| path.as_ref().map(|p| pointer(p));
    let mut info = vec![quote!(item_count: #array.map_or(0, Vec::len))];
    let cursor = |p: String| quote!(page.pointer(#p).and_then(rt::ToCursor::to_cursor));
    let mut uses_response = false;
    match plan.kind {
        Kind::Cursor | Kind::LastItemId if at(&plan.next_field).is_some() => {
            let e = cursor(at(&plan.next_field).unwrap_or_default());
            info.push(quote!(next_token: #e));
        }
        Kind::LastItemId => {
            let id = plan.id_field.as_deref().unwrap_or("id");
            info.push(quote!(next_token: #array.and_then(|items| items.last()).and_then(|item| rt::ToCursor::to_cursor(&item[#id]))));
        }
        Kind::NextUrl => {
            let e = cursor(at(&plan.next_field).unwrap_or_default());
            info.push(quote!(next_url: #e));
        }
        Kind::LinkHeader => {
            uses_response = true;
            info.push(quote!(next_url: rt::link_next(response)));
        }
        Kind::Cursor => {}
        Kind::Offset | Kind::PageNumber => {
            if let Some(p) = at(&plan.total_field) {
                let field = if plan.kind == Kind::Offset {
                    quote!(total)
                } else {
                    quote!(page_count)
                };
                info.push(quote!(#field: page.pointer(#p).and_then(rt::ToCount::to_count)));
            }
        }
    }
    if let Some(p) = at(&plan.has_more_field) {
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
