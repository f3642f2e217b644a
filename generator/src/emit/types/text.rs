//! Direct text for the most common type definitions (structs, string enums and untagged
//! unions), equal byte for byte to what prettyplease prints for their tokens.
//!
//! Parsing tokens back with `syn` was over half of generation time on large specs, and type
//! definitions are most of the code. Their shapes are fixed, so they are printed here as
//! prettyplease would print them, including the few line breaks it makes in them (a long
//! field broken at its outermost generic argument, a long `impl Trait for Name` before `for`).
//! What this printer cannot vouch for (a field or match arm that would wrap another way, a doc
//! line prettyplease would not print as `///`) goes through tokens instead: that field or impl
//! alone, or for other kinds and long union variants the whole type. Tests hold the two paths
//! equal on every project and vendor spec and on a spec of edge cases.

use crate::analyze::Analysis;
use crate::diag::Result;
use crate::emit::rust::{doc_lines, format_file, ident, string_literal, Site};
use crate::ir::{FloatKind, IntKind, TypeId, TypeKind, TypeRef};
use quote::quote;

/// prettyplease's margin: the shapes printed here are wrapped exactly when a line is longer
/// (the vendor-spec test fails at 90).
const SAFE_WIDTH: usize = crate::emit::rust::MARGIN;

/// The Rust type for `ty` as text, as prettyplease prints `rust::type_tokens`.
pub fn type_text(ty: &TypeRef, an: &Analysis, site: Site, boxed: bool, out: &mut String) {
    let named = |id: TypeId, out: &mut String| {
        out.push_str(match site {
            Site::Types => "super::",
            Site::Crate => "crate::types::",
        });
        out.push_str(&an.types[id.0].name);
    };
    match ty {
        TypeRef::String => out.push_str("String"),
        TypeRef::Integer(IntKind::I32) => out.push_str("i32"),
        TypeRef::Integer(IntKind::I64) => out.push_str("i64"),
        TypeRef::Number(FloatKind::F32) => out.push_str("f32"),
        TypeRef::Number(FloatKind::F64) => out.push_str("f64"),
        TypeRef::Boolean => out.push_str("bool"),
        TypeRef::Binary => out.push_str("apitap_runtime::codegen::Binary"),
        TypeRef::Any => out.push_str("serde_json::Value"),
        TypeRef::Named(id) => {
            if boxed {
                out.push_str("Box<");
                named(*id, out);
                out.push('>');
            } else {
                named(*id, out);
            }
        }
        TypeRef::Expandable(id) => {
            out.push_str("apitap_runtime::codegen::Expandable<");
            named(*id, out);
            out.push('>');
        }
        TypeRef::Array(inner) => {
            out.push_str("Vec<");
            type_text(inner, an, site, false, out);
            out.push('>');
        }
        TypeRef::Map(inner) => {
            out.push_str("std::collections::BTreeMap<String, ");
            type_text(inner, an, site, false, out);
            out.push('>');
        }
        TypeRef::Nullable(inner) => {
            out.push_str("Option<");
            type_text(inner, an, site, boxed, out);
            out.push('>');
        }
    }
}

/// `///` lines at `indent`, or `None` when prettyplease would print an attribute instead.
fn push_docs(out: &mut String, indent: &str, lines: &[String]) -> Option<()> {
    for line in lines {
        if line.contains('\n') || line.starts_with('/') || line.ends_with(' ') {
            return None;
        }
        out.push_str(indent);
        out.push_str("///");
        out.push_str(line);
        out.push('\n');
    }
    Some(())
}

/// Push a line holding spec-derived names or values, when it is safely short.
fn var(out: &mut String, line: String) -> Option<()> {
    if line.len() > SAFE_WIDTH {
        return None;
    }
    out.push_str(&line);
    out.push('\n');
    Some(())
}

/// Field `i` of struct `id` through tokens: formatted inside a one-field struct, whose
/// first and last lines are dropped (a field prints the same whatever its struct).
fn field_via_tokens(api: &crate::ir::Api, an: &Analysis, id: TypeId, i: usize) -> Result<String> {
    let field = super::field_tokens(api, an, id, i);
    let text = format_file("a struct field", quote!(struct S { #field }))?;
    let mut lines: Vec<&str> = text.lines().collect();
    lines.pop();
    let mut out = String::new();
    for l in lines.into_iter().skip(1) {
        out.push_str(l);
        out.push('\n');
    }
    Ok(out)
}

/// The direct text of one field, or `None` when a line might wrap.
fn field_text(
    api: &crate::ir::Api,
    an: &Analysis,
    id: TypeId,
    i: usize,
    out: &mut String,
) -> Option<()> {
    let TypeKind::Struct { fields, .. } = &api.types.get(id).kind else {
        return None;
    };
    let f = &fields[i];
    push_docs(out, "    ", &doc_lines(f.doc.as_deref()))?;
    let member = &an.types[id.0].members[i];
    if *member != f.name {
        let rename = string_literal(&f.name);
        var(out, format!("    #[serde(rename = {rename})]"))?;
    }
    let (inner, nullable) = f.ty.strip_nullable();
    if !f.required {
        out.push_str("    #[serde(default, skip_serializing_if = \"Option::is_none\")]\n");
    } else if nullable {
        out.push_str("    #[serde(default)]\n");
    }
    let mut ty = String::new();
    let boxed = an.indirection.boxed.contains(&(id, i));
    if nullable || !f.required {
        ty.push_str("Option<");
        type_text(inner, an, Site::Types, boxed, &mut ty);
        ty.push('>');
    } else {
        type_text(inner, an, Site::Types, boxed, &mut ty);
    }
    let line = format!("    pub {member}: {ty},");
    if line.len() <= SAFE_WIDTH {
        return var(out, line);
    }
    // Too long: prettyplease breaks the outermost generic argument onto its own line.
    let (outer, arg) = split_generic(&ty)?;
    var(out, format!("    pub {member}: {outer}<"))?;
    var(out, format!("        {arg},"))?;
    out.push_str("    >,\n");
    Some(())
}

/// `Outer<Arg>` as `("Outer", "Arg")`, when the outermost generic has exactly one argument.
fn split_generic(ty: &str) -> Option<(&str, &str)> {
    let open = ty.find('<')?;
    let arg = ty.get(open + 1..)?.strip_suffix('>')?;
    let mut depth = 0usize;
    for c in arg.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.checked_sub(1)?,
            ',' if depth == 0 => return None,
            _ => {}
        }
    }
    (depth == 0).then_some((&ty[..open], arg))
}

/// A line with no place to break (`pub struct Name {`, `impl Name {`): prettyplease lets it
/// run past the margin.
fn unbreakable(out: &mut String, line: String) {
    out.push_str(&line);
    out.push('\n');
}

/// `impl Trait for Name {`: broken before `for` when it does not fit, as prettyplease does.
fn impl_header(out: &mut String, trait_path: &str, name: &str) {
    let one = format!("{trait_path} for {name} {{");
    if one.len() <= SAFE_WIDTH {
        unbreakable(out, one);
    } else {
        out.push_str(trait_path);
        out.push('\n');
        unbreakable(out, format!("for {name} {{"));
    }
}

/// Doc lines of a type: its description, then where in the spec it comes from.
fn header_docs(doc: Option<&str>, location: &str) -> Vec<String> {
    let mut lines = doc_lines(doc);
    if doc.is_some() {
        lines.push(String::new());
    }
    lines.push(format!(" Schema: `{}`.", location.replace('`', "'")));
    lines
}

/// The definition of `id` as text, when it is a struct, string enum or untagged union (a field
/// or impl this printer cannot vouch for goes through tokens on its own; a long union variant
/// or undeclared-properties field sends the whole type through tokens: `None`).
pub fn type_def_text(api: &crate::ir::Api, an: &Analysis, id: TypeId) -> Result<Option<String>> {
    let def = api.types.get(id);
    let names = &an.types[id.0];
    let mut out = String::new();
    if push_docs(
        &mut out,
        "",
        &header_docs(def.doc.as_deref(), &def.location),
    )
    .is_none()
    {
        return Ok(None);
    }
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            if fields.is_empty() && additional.is_none() {
                return Ok(None);
            }
            let all_optional = fields.iter().all(|f| super::optional(f.required, &f.ty));
            out.push_str(if all_optional {
                "#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]\n"
            } else {
                "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]\n"
            });
            if !an.request_types.contains(&id.0) {
                out.push_str("#[non_exhaustive]\n");
            }
            unbreakable(&mut out, format!("pub struct {} {{", names.name));
            for i in 0..fields.len() {
                let mark = out.len();
                if field_text(api, an, id, i, &mut out).is_none() {
                    out.truncate(mark);
                    out.push_str(&field_via_tokens(api, an, id, i)?);
                }
            }
            if let Some(t) = additional {
                let name = names
                    .additional
                    .as_deref()
                    .unwrap_or("additional_properties");
                out.push_str("    /// Properties not declared in the schema.\n");
                out.push_str("    #[serde(flatten)]\n");
                let mut line = format!("    pub {name}: std::collections::BTreeMap<String, ");
                type_text(t, an, Site::Types, false, &mut line);
                line.push_str(">,");
                if var(&mut out, line).is_none() {
                    return Ok(None);
                }
            }
            out.push_str("}\n");
        }
        TypeKind::StringEnum { values } => {
            let items = [
                enum_def_text(&names.name, values, &names.members),
                as_str_text(&names.name, values, &names.members),
                from_text(&names.name, values, &names.members),
                Some(fixed_impl_text(&names.name, 0)),
                Some(fixed_impl_text(&names.name, 1)),
                Some(fixed_impl_text(&names.name, 2)),
            ];
            for (k, item) in items.into_iter().enumerate() {
                match item {
                    Some(text) => out.push_str(&text),
                    None => {
                        let name = ident(&names.name);
                        let one = super::string_enum_item(&name, values, &names.members, k);
                        out.push_str(&format_file("a string enum", one)?);
                    }
                }
            }
        }
        TypeKind::Union {
            variants,
            discriminator: None,
        } if !variants.is_empty() => {
            out.push_str(
                "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]\n",
            );
            out.push_str("#[serde(untagged)]\n");
            unbreakable(&mut out, format!("pub enum {} {{", names.name));
            for (i, v) in variants.iter().enumerate() {
                let mut line = format!("    {}(", names.members[i]);
                let boxed = an.indirection.boxed.contains(&(id, i));
                type_text(&v.ty, an, Site::Types, boxed, &mut line);
                line.push_str("),");
                if var(&mut out, line).is_none() {
                    return Ok(None);
                }
            }
            out.push_str("}\n");
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

fn enum_def_text(name: &str, values: &[String], members: &[String]) -> Option<String> {
    let mut out = String::new();
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    out.push_str("#[non_exhaustive]\n");
    unbreakable(&mut out, format!("pub enum {name} {{"));
    for (v, m) in values.iter().zip(members) {
        push_docs(&mut out, "    ", &[format!(" `{}`", v.replace('`', "'"))])?;
        var(&mut out, format!("    {m},"))?;
    }
    out.push_str("    /// A value this version of the spec does not list.\n");
    out.push_str("    Unknown(String),\n}\n");
    Some(out)
}

fn as_str_text(name: &str, values: &[String], members: &[String]) -> Option<String> {
    let mut out = String::new();
    unbreakable(&mut out, format!("impl {name} {{"));
    out.push_str("    /// The value as sent on the wire.\n");
    out.push_str("    pub fn as_str(&self) -> &str {\n        match self {\n");
    for (v, m) in values.iter().zip(members) {
        var(
            &mut out,
            format!("            Self::{m} => {},", string_literal(v)),
        )?;
    }
    out.push_str("            Self::Unknown(value) => value,\n        }\n    }\n}\n");
    Some(out)
}

fn from_text(name: &str, values: &[String], members: &[String]) -> Option<String> {
    let mut out = String::new();
    impl_header(&mut out, "impl From<&str>", name);
    out.push_str("    fn from(value: &str) -> Self {\n        match value {\n");
    for (v, m) in values.iter().zip(members) {
        var(
            &mut out,
            format!("            {} => Self::{m},", string_literal(v)),
        )?;
    }
    out.push_str("            other => Self::Unknown(other.to_owned()),\n        }\n    }\n}\n");
    Some(out)
}

/// The bodies of a string enum's fixed impls (Display, Serialize, Deserialize), by trait.
const FIXED_IMPLS: [(&str, &str); 3] = [
    (
        "impl std::fmt::Display",
        "    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {\n        f.write_str(self.as_str())\n    }\n",
    ),
    (
        "impl serde::Serialize",
        "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n        serializer.serialize_str(self.as_str())\n    }\n",
    ),
    (
        "impl<'de> serde::Deserialize<'de>",
        "    fn deserialize<D: serde::Deserializer<'de>>(\n        deserializer: D,\n    ) -> Result<Self, D::Error> {\n        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;\n        Ok(Self::from(value.as_ref()))\n    }\n",
    ),
];

/// One of the [`FIXED_IMPLS`] for the enum `name`.
fn fixed_impl_text(name: &str, which: usize) -> String {
    let (trait_path, body) = FIXED_IMPLS[which];
    let mut out = String::new();
    impl_header(&mut out, trait_path, name);
    out.push_str(body);
    out.push_str("}\n");
    out
}
