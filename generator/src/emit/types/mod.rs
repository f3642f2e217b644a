//! `src/types/`: one file per top-level schema, holding it and the inline types it owns.

mod text;
use crate::diag::Result;
use crate::emit::rust::{doc_attrs, format_file, ident, render_parallel, type_tokens, Site};
use crate::ir::{TypeId, TypeKind};
use crate::plan::{CratePlan, TypePlan};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// Files under `src/types/`, keyed by path relative to the crate.
pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let mut by_module: BTreeMap<&str, Vec<TypeId>> = BTreeMap::new();
    for ty in &plan.types {
        by_module.entry(ty.module).or_default().push(ty.id);
    }
    let modules: Vec<(&str, Vec<TypeId>)> = by_module.into_iter().collect();
    let rendered = render_parallel(&modules, |(module, ids)| {
        let path = format!("src/types/{module}.rs");
        Ok((path.clone(), module_text(plan, &path, ids)?))
    })?;
    let mut files: BTreeMap<String, String> = rendered.into_iter().collect();
    let mod_items = modules.iter().map(|(module, _)| {
        let m = ident(module);
        let cfg = crate::emit::rust::cfg(plan.features.type_gate(module));
        quote!(#cfg mod #m; #cfg pub use #m::*;)
    });
    let tokens = quote! {
        //! Types generated from the spec's schemas.
        #(#mod_items)*
    };
    files.insert(
        "src/types/mod.rs".into(),
        format_file("src/types/mod.rs", tokens)?,
    );
    Ok(files)
}

/// A module's type definitions: structs, string enums, untagged unions, aliases and newtypes
/// printed as text (`text`), unions with a discriminator formatted from tokens in runs
/// between them (items print independently, so the text is the same).
fn module_text(plan: &CratePlan, path: &str, ids: &[TypeId]) -> Result<String> {
    let mut out = String::new();
    let mut pending: Vec<TokenStream> = Vec::new();
    for &id in ids {
        let ty = plan.ty(id);
        match text::type_def_text(plan, ty)? {
            Some(text) => {
                if !pending.is_empty() {
                    out.push_str(&format_file(path, quote!(#(#pending)*))?);
                    pending.clear();
                }
                out.push_str(&text);
            }
            None => pending.push(type_def(plan, ty)),
        }
    }
    if !pending.is_empty() {
        out.push_str(&format_file(path, quote!(#(#pending)*))?);
    }
    Ok(out)
}

/// The text of `id` when `text` prints its kind (for the test of the printer).
#[cfg(test)]
pub fn text_of(plan: &CratePlan, ty: &TypePlan) -> Result<Option<String>> {
    text::type_def_text(plan, ty)
}

/// The kind `text` does not print: unions with a discriminator.
fn type_def(plan: &CratePlan, ty: &TypePlan) -> TokenStream {
    let def = ty.def;
    let name = ident(ty.name);
    let doc = doc_attrs(def.doc.as_deref());
    let origin = format!(" Schema: `{}`.", def.location.replace('`', "'"));
    let origin = if def.doc.is_some() {
        quote!(#[doc = ""] #[doc = #origin])
    } else {
        quote!(#[doc = #origin])
    };
    match &def.kind {
        TypeKind::Union {
            variants,
            discriminator: Some(prop),
            inferred,
            ..
        } => {
            let variant_tokens: Vec<TokenStream> = variants
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let vname = ident(&ty.members[i]);
                    let t = type_tokens(&v.ty, plan, Site::Types, ty.boxed[i]);
                    quote!(#vname(#t),)
                })
                .collect();
            let mut seen = std::collections::HashSet::new();
            // A tag already claimed by an earlier variant would be unreachable.
            let tagged: Vec<(proc_macro2::Ident, Vec<&String>)> = variants
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let tags: Vec<&String> =
                        v.tags.iter().filter(|t| seen.insert(t.as_str())).collect();
                    (ident(&ty.members[i]), tags)
                })
                .filter(|(_, tags)| !tags.is_empty())
                .collect();
            let decode = if *inferred {
                // An inferred tag may be one the spec got wrong: a value whose variant does
                // not decode it, or with a tag no variant names, is tried against each
                // variant, the most specific first, and the first that decodes it is taken
                // (no weighing of misfits here), before it is kept as unknown.
                let arms = tagged.iter().map(|(vname, tags)| {
                    quote! {
                        #(Some(#tags))|* => {
                            if let Ok(v) = serde_json::from_value(value.clone()) {
                                return Ok(Self::#vname(v));
                            }
                        }
                    }
                });
                let mut order: Vec<usize> = (0..variants.len()).collect();
                order.sort_by_key(|&i| {
                    crate::ir::schema::untagged_rank(&variants[i].ty, variants[i].required_count)
                });
                let tries = order.into_iter().map(|i| {
                    let vname = ident(&ty.members[i]);
                    quote! {
                        if let Ok(v) = serde_json::from_value(value.clone()) {
                            return Ok(Self::#vname(v));
                        }
                    }
                });
                quote! {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    let tag = value.get(#prop).and_then(serde_json::Value::as_str).map(str::to_owned);
                    match tag.as_deref() {
                        #(#arms)*
                        _ => {}
                    }
                    #(#tries)*
                    apitap_runtime::codegen::misfit();
                    Ok(Self::Unknown(value))
                }
            } else {
                let arms = tagged.iter().map(|(vname, tags)| {
                    quote! {
                        #(Some(#tags))|* => serde_json::from_value(value).map(Self::#vname).map_err(D::Error::custom),
                    }
                });
                quote! {
                    use serde::de::Error as _;
                    let value = serde_json::Value::deserialize(deserializer)?;
                    let tag = value.get(#prop).and_then(serde_json::Value::as_str).map(str::to_owned);
                    match tag.as_deref() {
                        #(#arms)*
                        _ => {
                            apitap_runtime::codegen::misfit();
                            Ok(Self::Unknown(value))
                        }
                    }
                }
            };
            quote! {
                #doc #origin
                #[derive(Debug, Clone, PartialEq, serde::Serialize)]
                #[serde(untagged)]
                #[non_exhaustive]
                pub enum #name {
                    #(#variant_tokens)*
                    /// A value whose discriminator matches no documented variant.
                    Unknown(serde_json::Value),
                }
                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        #decode
                    }
                }
            }
        }
        TypeKind::Struct { .. }
        | TypeKind::StringEnum { .. }
        | TypeKind::Alias(_)
        | TypeKind::Pending
        | TypeKind::Union {
            discriminator: None,
            ..
        } => unreachable!("printed by `text::type_def_text`; `module_text` sends the rest"),
    }
}
