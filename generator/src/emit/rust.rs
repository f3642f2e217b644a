//! Token helpers shared by the Rust emitters: type expressions, identifiers, doc comments,
//! and formatting (the one place prettyplease runs).

use crate::analyze::Analysis;
use crate::diag::{Error, Result};
use crate::ir::{FloatKind, IntKind, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Where a type expression is written: decides how named types are reached.
#[derive(Clone, Copy)]
pub enum Site {
    /// Inside `src/types/*.rs`: `super::Name`.
    Types,
    /// Elsewhere: `crate::types::Name`.
    Crate,
}

/// The Rust type for `ty`; `boxed` puts the named type it holds by value in a `Box`.
pub fn type_tokens(ty: &TypeRef, an: &Analysis, site: Site, boxed: bool) -> TokenStream {
    let named = |id: crate::ir::TypeId| {
        let name = ident(&an.types[id.0].name);
        match site {
            Site::Types => quote!(super::#name),
            Site::Crate => quote!(crate::types::#name),
        }
    };
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntKind::I32) => quote!(i32),
        TypeRef::Integer(IntKind::I64) => quote!(i64),
        TypeRef::Number(FloatKind::F32) => quote!(f32),
        TypeRef::Number(FloatKind::F64) => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Binary => quote!(apitap_runtime::codegen::Binary),
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Named(id) => {
            let t = named(*id);
            if boxed {
                quote!(Box<#t>)
            } else {
                t
            }
        }
        TypeRef::Expandable(id) => {
            let t = named(*id);
            quote!(apitap_runtime::codegen::Expandable<#t>)
        }
        TypeRef::Array(inner) => {
            let t = type_tokens(inner, an, site, false);
            quote!(Vec<#t>)
        }
        TypeRef::Map(inner) => {
            let t = type_tokens(inner, an, site, false);
            quote!(std::collections::BTreeMap<String, #t>)
        }
        TypeRef::Nullable(inner) => {
            let t = type_tokens(inner, an, site, boxed);
            quote!(Option<#t>)
        }
    }
}

/// `#[doc = "..."]` lines for a description; spec text only ever lands in string literals.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let lines: Vec<String> = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .lines()
        .map(|l| {
            let l = l.trim_end();
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect();
    quote!(#(#[doc = #lines])*)
}

/// Format one generated Rust file.
pub fn format_file(what: &str, tokens: TokenStream) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// Run `render` for every item on all cores, keeping the items' order in the result.
///
/// Emitting and formatting dominate generation of large specs; files are independent.
pub fn render_parallel<T: Sync, R: Send>(
    items: &[T],
    render: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    if threads == 1 || items.len() < 8 {
        return items.iter().map(&render).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let render = &render;
    let parts: Vec<Result<Vec<R>>> = std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(render).collect::<Result<Vec<R>>>()))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::Emit {
                        what: "a worker thread".into(),
                        message: "panicked".into(),
                    })
                })
            })
            .collect()
    });
    let mut out = Vec::with_capacity(items.len());
    for p in parts {
        out.extend(p?);
    }
    Ok(out)
}

/// `#[cfg(...)]` for code compiled behind `gate` (nothing when always compiled).
pub fn cfg(gate: &crate::analyze::features::Gate) -> TokenStream {
    match gate.predicate() {
        Some(p) => {
            let p: TokenStream = p.parse().expect("cfg predicates are valid tokens");
            quote!(#[cfg(#p)])
        }
        None => TokenStream::new(),
    }
}
