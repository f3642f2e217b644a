//! `src/types/`: one file per top-level schema, holding it and the inline types it owns.

mod text;
use crate::analyze::Analysis;
use crate::diag::Result;
use crate::emit::rust::{doc_attrs, format_file, ident, render_parallel, type_tokens, Site};
use crate::ir::{Api, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// Files under `src/types/`, keyed by path relative to the crate.
pub fn emit(api: &Api, an: &Analysis) -> Result<BTreeMap<String, String>> {
    let mut by_module: BTreeMap<&str, Vec<TypeId>> = BTreeMap::new();
    for id in api.types.ids() {
        by_module
            .entry(&an.types[id.0].module)
            .or_default()
            .push(id);
    }
    let modules: Vec<(&str, Vec<TypeId>)> = by_module.into_iter().collect();
    let rendered = render_parallel(&modules, |(module, ids)| {
        let path = format!("src/types/{module}.rs");
        Ok((path.clone(), module_text(api, an, &path, ids)?))
    })?;
    let mut files: BTreeMap<String, String> = rendered.into_iter().collect();
    let mod_items = modules.iter().map(|(module, _)| {
        let m = ident(module);
        let cfg = crate::emit::rust::cfg(an.features.type_gate(module));
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

/// A module's type definitions: printed directly where `type_text` can, the rest formatted
/// from tokens in runs between them (items print independently, so the text is the same).
fn module_text(api: &Api, an: &Analysis, path: &str, ids: &[TypeId]) -> Result<String> {
    let mut out = String::new();
    let mut pending: Vec<TokenStream> = Vec::new();
    for &id in ids {
        match text::type_def_text(api, an, id)? {
            Some(text) => {
                if !pending.is_empty() {
                    out.push_str(&format_file(path, quote!(#(#pending)*))?);
                    pending.clear();
                }
                out.push_str(&text);
            }
            None => pending.push(type_def(api, an, id)),
        }
    }
    if !pending.is_empty() {
        out.push_str(&format_file(path, quote!(#(#pending)*))?);
    }
    Ok(out)
}

/// Every type printed both ways, where the direct printer handles it: how many it handled,
/// and `(type, direct text, prettyplease's text)` for each one that differs.
#[cfg(test)]
pub fn compare_printers(api: &Api, an: &Analysis) -> Result<crate::emit::PrinterComparison> {
    let mut report = crate::emit::PrinterComparison::default();
    for id in api.types.ids() {
        match text::type_def_text(api, an, id)? {
            Some(text) => {
                report.direct += 1;
                let formatted = format_file("check", type_def(api, an, id))?;
                if formatted != text {
                    report
                        .mismatches
                        .push((an.types[id.0].name.clone(), text, formatted));
                }
            }
            None => report.via_tokens += 1,
        }
    }
    Ok(report)
}

fn type_def(api: &Api, an: &Analysis, id: TypeId) -> TokenStream {
    let def = api.types.get(id);
    let names = &an.types[id.0];
    let name = ident(&names.name);
    let doc = doc_attrs(def.doc.as_deref());
    let origin = format!(" Schema: `{}`.", def.location.replace('`', "'"));
    let origin = if def.doc.is_some() {
        quote!(#[doc = ""] #[doc = #origin])
    } else {
        quote!(#[doc = #origin])
    };
    let boxed = |i: usize| an.indirection.boxed.contains(&(id, i));
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            let all_optional = fields.iter().all(|f| optional(f.required, &f.ty));
            let derive_default = if all_optional {
                quote!(Default,)
            } else {
                quote!()
            };
            let fields_tokens = (0..fields.len()).map(|i| field_tokens(api, an, id, i));
            let extra = additional.as_ref().map(|t| {
                let fname = ident(
                    names
                        .additional
                        .as_deref()
                        .unwrap_or("additional_properties"),
                );
                let t = type_tokens(t, an, Site::Types, false);
                quote! {
                    /// Properties not declared in the schema.
                    #[serde(flatten)]
                    pub #fname: std::collections::BTreeMap<String, #t>,
                }
            });
            // Only decoded, never built by users: new fields in a later spec do not break them.
            let non_exhaustive = if an.request_types.contains(&id.0) {
                quote!()
            } else {
                quote!(#[non_exhaustive])
            };
            quote! {
                #doc #origin
                #[derive(Debug, Clone, PartialEq, #derive_default serde::Serialize, serde::Deserialize)]
                #non_exhaustive
                pub struct #name { #(#fields_tokens)* #extra }
            }
        }
        TypeKind::StringEnum { values } => {
            let items = (0..6).map(|k| string_enum_item(&name, values, &names.members, k));
            quote!(#doc #origin #(#items)*)
        }
        TypeKind::Union {
            variants,
            discriminator,
        } => {
            let variant_tokens: Vec<TokenStream> = variants
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let vname = ident(&names.members[i]);
                    let t = type_tokens(&v.ty, an, Site::Types, boxed(i));
                    quote!(#vname(#t),)
                })
                .collect();
            match discriminator {
                None => quote! {
                    #doc #origin
                    #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
                    #[serde(untagged)]
                    pub enum #name { #(#variant_tokens)* }
                },
                Some(prop) => {
                    let mut seen = std::collections::HashSet::new();
                    let arms = variants.iter().enumerate().map(|(i, v)| {
                        let vname = ident(&names.members[i]);
                        // A tag already claimed by an earlier variant would be unreachable.
                        let tags: Vec<&String> = v.tags.iter().filter(|t| seen.insert(t.as_str())).collect();
                        if tags.is_empty() {
                            return quote!();
                        }
                        quote! {
                            #(Some(#tags))|* => serde_json::from_value(value).map(Self::#vname).map_err(D::Error::custom),
                        }
                    });
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
                                use serde::de::Error as _;
                                let value = serde_json::Value::deserialize(deserializer)?;
                                let tag = value.get(#prop).and_then(serde_json::Value::as_str).map(str::to_owned);
                                match tag.as_deref() {
                                    #(#arms)*
                                    _ => Ok(Self::Unknown(value)),
                                }
                            }
                        }
                    }
                }
            }
        }
        TypeKind::Alias(t) if an.indirection.newtypes.contains(&id) => {
            let t = type_tokens(t, an, Site::Types, boxed(0));
            quote! {
                #doc #origin
                #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #t);
            }
        }
        TypeKind::Alias(t) => {
            let t = type_tokens(t, an, Site::Types, false);
            quote! { #doc #origin pub type #name = #t; }
        }
        TypeKind::Pending => {
            // Unreachable after conversion; emit an opaque value rather than failing.
            quote! { #doc #origin pub type #name = serde_json::Value; }
        }
    }
}

/// Field `i` of struct `id`: docs, serde attributes and `pub name: Type,`.
pub(super) fn field_tokens(api: &Api, an: &Analysis, id: TypeId, i: usize) -> TokenStream {
    let TypeKind::Struct { fields, .. } = &api.types.get(id).kind else {
        return TokenStream::new();
    };
    let f = &fields[i];
    let member = &an.types[id.0].members[i];
    let fname = ident(member);
    let fdoc = doc_attrs(f.doc.as_deref());
    let (inner, nullable) = f.ty.strip_nullable();
    let is_option = nullable || !f.required;
    let boxed = an.indirection.boxed.contains(&(id, i));
    let inner_tokens = type_tokens(inner, an, Site::Types, boxed);
    let ty = if is_option {
        quote!(Option<#inner_tokens>)
    } else {
        inner_tokens
    };
    let rename = if *member != f.name {
        let spec_name = &f.name;
        quote!(#[serde(rename = #spec_name)])
    } else {
        quote!()
    };
    let skip = if !f.required {
        quote!(#[serde(default, skip_serializing_if = "Option::is_none")])
    } else if nullable {
        quote!(#[serde(default)])
    } else {
        quote!()
    };
    quote! { #fdoc #rename #skip pub #fname: #ty, }
}

/// A field is `Option` when not required or nullable.
pub fn optional(required: bool, ty: &TypeRef) -> bool {
    !required || ty.strip_nullable().1
}

/// Item `item` of a string enum: 0 is the enum (without its docs), 1 to 5 its impls. Each
/// is printed on its own, so `type_text` can print any of them directly and build tokens for
/// the others only.
pub(super) fn string_enum_item(
    name: &proc_macro2::Ident,
    values: &[String],
    members: &[String],
    item: usize,
) -> TokenStream {
    let variants: Vec<_> = members.iter().map(|m| ident(m)).collect();
    let docs = values.iter().map(|v| format!(" `{}`", v.replace('`', "'")));
    match item {
        0 => quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#[doc = #docs] #variants,)*
            /// A value this version of the spec does not list.
            Unknown(String),
        }
        },
        1 => quote! {
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::Unknown(value) => value,
                }
            }
        }
        },
        2 => quote! {
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }
        },
        3 => quote! {
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        },
        4 => quote! {
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
        },
        5 => quote! {
            impl<'de> serde::Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                    Ok(Self::from(value.as_ref()))
                }
            }
        },
        _ => TokenStream::new(),
    }
}
