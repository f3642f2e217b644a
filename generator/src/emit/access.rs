//! Typed field access along a path of spec names, for generated code that reads records
//! (pagination's page info, flattening's cells).

use super::rust::ident;
use crate::ir::TypeRef;
use crate::plan::CratePlan;
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
    plan: &CratePlan,
    ty: &TypeRef,
    path: &[String],
    root: TokenStream,
) -> Option<Access> {
    let mut expr = quote!(#root);
    let mut optional = false;
    let mut boxed = false;
    let mut current = ty;
    for seg in path {
        if matches!(current.strip_nullable().0, TypeRef::Named(n) if plan.ty(*n).newtype) {
            return None;
        }
        let (ty_plan, _) = plan.struct_of(current)?;
        let field = ty_plan.fields.iter().find(|f| &f.field.name == seg)?;
        let f = ident(field.ident);
        let required = !field.presence.is_option();
        expr = match (optional, required) {
            (false, true) => quote!(#expr.#f),
            (false, false) => quote!(#expr.#f.as_ref()),
            (true, true) => quote!(#expr.map(|v| &v.#f)),
            (true, false) => quote!(#expr.and_then(|v| v.#f.as_ref())),
        };
        optional |= !required;
        boxed = field.boxed;
        current = &field.field.ty;
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
