//! Typed field access along a path of spec names, for generated code that reads records
//! (pagination's page info, flattening's cells).

use super::rust::ident;
use crate::analyze::Analysis;
use crate::ir::{Api, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// An expression reaching a field: the place `root.a.b` when every step is required, else
/// an `Option<&Leaf>` chain.
pub struct Access {
    pub expr: TokenStream,
    pub optional: bool,
    /// The last field holds its value in a `Box` (recursion).
    pub boxed: bool,
}

impl Access {
    /// The field by reference: `&root.a.b`, or the `Option<&Leaf>` chain.
    pub fn by_ref(&self) -> TokenStream {
        let e = &self.expr;
        if self.optional {
            quote!(#e)
        } else {
            quote!(&#e)
        }
    }
}

/// Access `path` inside `root` (an expression of type `&T` or `T` for `ty`); `None` when a
/// step is not a plain struct field (a union branch, a newtype).
pub fn field_access(
    api: &Api,
    an: &Analysis,
    ty: &TypeRef,
    path: &[String],
    root: TokenStream,
) -> Option<Access> {
    let mut expr = quote!(#root);
    let mut optional = false;
    let mut boxed = false;
    let mut current = ty;
    for seg in path {
        if matches!(current.strip_nullable().0, TypeRef::Named(n) if an.indirection.newtypes.contains(n))
        {
            return None;
        }
        let (id, fields) = api.types.struct_of(current)?;
        let idx = fields.iter().position(|f| &f.name == seg)?;
        let f = ident(&an.types[id.0].members[idx]);
        let field = &fields[idx];
        let required = field.required && !field.ty.strip_nullable().1;
        expr = match (optional, required) {
            (false, true) => quote!(#expr.#f),
            (false, false) => quote!(#expr.#f.as_ref()),
            (true, true) => quote!(#expr.map(|v| &v.#f)),
            (true, false) => quote!(#expr.and_then(|v| v.#f.as_ref())),
        };
        optional |= !required;
        boxed = an.indirection.boxed.contains(&(id, idx));
        current = &field.ty;
    }
    Some(Access {
        expr,
        optional,
        boxed,
    })
}

/// A JSON pointer from spec names.
pub fn pointer(path: &[String]) -> String {
    path.iter()
        .map(|p| format!("/{}", p.replace('~', "~0").replace('/', "~1")))
        .collect()
}
