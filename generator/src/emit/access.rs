//! Typed field access along a path of spec names, for generated code that reads records
//! (pagination's page info, flattening's cells).

use crate::ir::TypeRef;
use crate::plan::CratePlan;
use proc_macro2::TokenStream;

/// An expression reaching a field, as text: the place `root.a.b` when every step is
/// required, else an `Option<&Leaf>` chain.
pub struct Access {
    pub expr: String,
    pub optional: bool,
    /// The last field holds its value in a `Box` (recursion).
    pub boxed: bool,
}

impl Access {
    /// The field by reference: `&root.a.b`, or the `Option<&Leaf>` chain.
    pub fn by_ref(&self) -> String {
        if self.optional {
            self.expr.clone()
        } else {
            format!("&{}", self.expr)
        }
    }

    /// [`Access::by_ref`] as tokens.
    pub fn by_ref_tokens(&self) -> TokenStream {
        tokens(&self.by_ref())
    }

    /// The expression as tokens.
    pub fn expr_tokens(&self) -> TokenStream {
        tokens(&self.expr)
    }
}

fn tokens(text: &str) -> TokenStream {
    text.parse()
        .expect("a field access is made of identifiers, methods and closures")
}

/// Access `path` inside `root` (an expression of type `&T` or `T` for `ty`); `None` when a
/// step is not a plain struct field (a union branch, a newtype).
pub fn field_access(plan: &CratePlan, ty: &TypeRef, path: &[String], root: &str) -> Option<Access> {
    let mut expr = root.to_string();
    let mut optional = false;
    let mut boxed = false;
    let mut current = ty;
    for seg in path {
        if matches!(current.strip_nullable().0, TypeRef::Named(n) if plan.ty(*n).newtype) {
            return None;
        }
        let (ty_plan, _) = plan.struct_of(current)?;
        let field = ty_plan.fields.iter().find(|f| &f.field.name == seg)?;
        let f = field.ident;
        let required = !field.presence.is_option();
        match (optional, required) {
            (false, true) => {
                expr.push('.');
                expr.push_str(f);
            }
            (false, false) => {
                expr.push('.');
                expr.push_str(f);
                expr.push_str(".as_ref()");
            }
            (true, true) => expr = format!("{expr}.map(|v| &v.{f})"),
            (true, false) => expr = format!("{expr}.and_then(|v| v.{f}.as_ref())"),
        }
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
