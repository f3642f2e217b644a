//! `.pages()` and `.items()` for paginated operations.
//!
//! The page plan becomes a `static rt::PagePlan`; what the runtime needs from each page
//! (item count, next cursor or URL, has_more, totals) is read by a small function with typed
//! field access. Only a path that crosses a oneOf/anyOf is read from the raw body instead
//! (`rt::json_path`), which scans the body once without building it.

use super::rust::{ident, type_tokens, Site};
use crate::analyze::pagination::{Kind, PageParam, Plan};
use crate::analyze::Analysis;
use crate::ir::{Api, TypeRef};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// `Option<&Leaf>` for `path` inside `root` (an expression of type `&T` where `T` is `ty`),
/// when every step is a plain struct field.
fn ref_chain(api: &Api, an: &Analysis, ty: &TypeRef, path: &[String], root: TokenStream) -> Option<TokenStream> {
    let mut expr: Option<TokenStream> = None;
    let mut current = ty;
    for seg in path {
        let (id, fields) = api.types.struct_of(current)?;
        if matches!(current.strip_nullable().0, TypeRef::Named(n) if an.indirection.newtypes.contains(n)) {
            return None;
        }
        let idx = fields.iter().position(|f| &f.name == seg)?;
        let f = ident(&an.types[id.0].members[idx]);
        let field = &fields[idx];
        let required = field.required && !field.ty.strip_nullable().1;
        expr = Some(match (expr, required) {
            (None, true) => quote!(Some(&#root.#f)),
            (None, false) => quote!(#root.#f.as_ref()),
            (Some(e), true) => quote!(#e.map(|v| &v.#f)),
            (Some(e), false) => quote!(#e.and_then(|v| v.#f.as_ref())),
        });
        current = &field.ty;
    }
    Some(expr.unwrap_or_else(|| quote!(Some(#root))))
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
    Some(if optional { quote!(#expr.unwrap_or_default()) } else { expr })
}

/// A value read from the page: typed when possible, else from the raw body.
fn read(api: &Api, an: &Analysis, resp: &TypeRef, path: &[String], conv: TokenStream, raw: &mut bool) -> TokenStream {
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
            let (loc, path) = if p.location == "body" {
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
pub fn methods(api: &Api, an: &Analysis, plan: &Plan, resp: &TypeRef, error: &Ident, reason: &str) -> TokenStream {
    let records_ty = crate::analyze::pagination::type_at(&api.types, resp, &plan.records);
    let Some(TypeRef::Array(item)) = records_ty.map(|t| api.types.resolve(t)) else { return quote!() };
    let (Some(records_ref), Some(records_move)) =
        (ref_chain(api, an, resp, &plan.records, quote!(page)), move_chain(api, an, resp, &plan.records))
    else {
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
    let response_param = if raw { quote!(response) } else { quote!(_response) };
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
    let doc = format!(" Every page, in order ({} pagination: {}).", plan.kind.as_str(), reason.replace('`', "'"));
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
    }
}
