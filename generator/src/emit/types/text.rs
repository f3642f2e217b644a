//! The text of structs, string enums, untagged unions, aliases and newtypes: the one
//! renderer of these kinds.
//! A struct comes with its `Serialize`, `Deserialize` and `DecodeObject` impls, written out
//! over the runtime's `object` module rather than derived (serde's derives were over half of
//! a crate's `cargo check`).
//!
//! Parsing tokens back with `syn` was over half of generation time on large specs, and type
//! definitions are most of the code. Their shapes are fixed, so they are printed here as
//! prettyplease prints them, including the few line breaks it makes in them (a long field
//! broken at its outermost generic argument, a long `impl Trait for Name` before `for`).
//! A piece whose line breaks this printer does not model (a longer field, match arm or
//! variant) is printed unbroken and handed to prettyplease as text (`rust::reformat_text`):
//! the field, the impl, or for a union the whole type; a struct's decoding is printed again
//! until prettyplease leaves it as it is. A test holds every generated file to be
//! prettyplease's own output.

use crate::analyze::features::{DeferReason, Deferred};
use crate::diag::Result;
use crate::emit::rust::{
    doc_lines, push_doc_line, reformat_inside, reformat_text, string_literal, type_text, Site,
    TextItem,
};
use crate::ir::{TypeKind, TypeRef};
use crate::plan::{CratePlan, FieldPlan, Presence, StructDerive, TypePlan};

/// prettyplease's margin: the shapes printed here are wrapped exactly when a line is longer
/// (the vendor-spec test fails at 90).
const SAFE_WIDTH: usize = crate::emit::rust::MARGIN;

/// Doc lines at `indent`, as prettyplease prints them.
fn push_docs(out: &mut String, indent: &str, lines: &[String]) {
    for line in lines {
        push_doc_line(out, indent, line);
    }
}

/// A field whose lines this printer does not break, through prettyplease: formatted inside
/// a one-field struct, whose first and last lines are dropped (a field prints the same
/// whatever its struct).
fn field_reformatted(raw: &str) -> Result<String> {
    reformat_inside("a struct field", "struct S {", raw)
}

/// A struct's field: docs and `pub name: Type,` (its wire name is in the struct's impls).
fn field_text(plan: &CratePlan, field: &FieldPlan, out: &mut String) -> Result<()> {
    let f = field.field;
    // `raw` is the field unbroken.
    let mut raw = String::new();
    let mut docs = doc_lines(f.doc.as_deref());
    if let Some(d) = field.deferred {
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.extend(deferred_docs(plan, field, d));
    }
    push_docs(&mut raw, "    ", &docs);
    let member = field.ident;
    let ty = match field.deferred {
        Some(d) => field_type_text(field, |inner, out| deferred_text(inner, d.reason, out)),
        None => field_type_text(field, |inner, out| {
            type_text(inner, plan, Site::Types, field.boxed, out)
        }),
    };
    let line = format!("    pub {member}: {ty},");
    if line.len() <= SAFE_WIDTH {
        out.push_str(&raw);
        out.push_str(&line);
        out.push('\n');
        return Ok(());
    }
    // Too long: prettyplease breaks the outermost generic argument onto its own line.
    if let Some((outer, arg)) = split_generic(&ty) {
        let head = format!("    pub {member}: {outer}<");
        let middle = format!("        {arg},");
        if head.len() <= SAFE_WIDTH && middle.len() <= SAFE_WIDTH {
            out.push_str(&raw);
            out.push_str(&format!("{head}\n{middle}\n    >,\n"));
            return Ok(());
        }
    }
    raw.push_str(&line);
    raw.push('\n');
    out.push_str(&field_reformatted(&raw)?);
    Ok(())
}

/// A field's Rust type: `inner` prints the type under the field's own `Option`.
fn field_type_text(field: &FieldPlan, inner: impl FnOnce(&TypeRef, &mut String)) -> String {
    let mut ty = String::new();
    if field.presence.is_option() {
        ty.push_str("Option<");
        inner(field.field.ty.strip_nullable().0, &mut ty);
        ty.push('>');
    } else {
        inner(field.field.ty.strip_nullable().0, &mut ty);
    }
    ty
}

/// A deferred field's type: `ty` with the object it names held as JSON.
fn deferred_text(ty: &TypeRef, reason: DeferReason, out: &mut String) {
    let (open, inner) = match ty {
        TypeRef::Array(inner) => ("Vec<", inner),
        TypeRef::Map(inner) => ("std::collections::BTreeMap<String, ", inner),
        TypeRef::Nullable(inner) => ("Option<", inner),
        _ => {
            out.push_str(match reason {
                DeferReason::Expandable => "apitap_runtime::codegen::Expandable<serde_json::Value>",
                DeferReason::ErrorDetail => "serde_json::Value",
            });
            return;
        }
    };
    out.push_str(open);
    deferred_text(inner, reason, out);
    out.push('>');
}

/// The doc lines a deferred field gains: why it is JSON, and how to get it typed.
fn deferred_docs(plan: &CratePlan, field: &FieldPlan, d: &Deferred) -> Vec<String> {
    let target = plan.ty(d.target);
    let held = match d.reason {
        DeferReason::Expandable => "Expanded objects are held as JSON",
        DeferReason::ErrorDetail => "Held as JSON (a detail of error responses)",
    };
    vec![
        format!(
            " {held}: `{}` is compiled only with the features that use it.",
            target.name
        ),
        format!(
            " `{}()` decodes the field where it is compiled.",
            getter_name(field.ident)
        ),
    ]
}

/// The method decoding a deferred field.
fn getter_name(ident: &str) -> String {
    format!("{}_typed", ident.trim_start_matches("r#"))
}

/// `impl Name { fn <field>_typed() }` for a struct's deferred fields, each method compiled
/// with its type.
fn deferred_getters(plan: &CratePlan, ty: &TypePlan) -> Result<String> {
    let mut methods = String::new();
    for field in ty.fields.iter() {
        let Some(d) = field.deferred else { continue };
        let target = plan.ty(d.target);
        let gate = crate::emit::rust::cfg(plan.features.type_gate(target.module));
        let typed = field_type_text(field, |inner, out| {
            type_text(inner, plan, Site::Types, false, out)
        });
        methods.push_str(&format!(
            "/// `{ident}` decoded as `{name}`.\n{gate}\npub fn {getter}(&self) -> Result<{typed}, serde_json::Error> {{ apitap_runtime::codegen::decode_deferred(&self.{ident}) }}\n",
            ident = field.ident,
            name = target.name,
            getter = getter_name(field.ident),
        ));
    }
    if methods.is_empty() {
        return Ok(String::new());
    }
    reformat_text(
        "deferred fields' methods",
        &format!("impl {} {{\n{methods}}}\n", ty.name),
    )
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

/// The definition of `id` as text, when it is a struct, a string enum, an untagged union, an
/// alias or a newtype (`None`: a union with a discriminator, printed from tokens).
pub fn type_def_text(plan: &CratePlan, ty: &TypePlan) -> Result<Option<String>> {
    let def = ty.def;
    let mut out = String::new();
    push_docs(
        &mut out,
        "",
        &header_docs(def.doc.as_deref(), &def.location),
    );
    match &def.kind {
        TypeKind::Struct { fields, additional } => {
            out.push_str(if ty.derive == StructDerive::WithDefault {
                "#[derive(Debug, Clone, PartialEq, Default)]\n"
            } else {
                "#[derive(Debug, Clone, PartialEq)]\n"
            });
            if !ty.exhaustive {
                out.push_str("#[non_exhaustive]\n");
            }
            unbreakable(&mut out, format!("pub struct {} {{", ty.name));
            for field in &ty.fields {
                field_text(plan, field, &mut out)?;
            }
            // An empty struct prints as `{}`: left to prettyplease.
            let empty = fields.is_empty() && additional.is_none();
            let mut item = TextItem {
                text: out,
                fits: !empty,
            };
            if let Some(t) = additional {
                let name = ty.additional;
                item.text
                    .push_str("    /// Properties not declared in the schema.\n");
                let mut line = format!("    pub {name}: std::collections::BTreeMap<String, ");
                type_text(t, plan, Site::Types, false, &mut line);
                line.push_str(">,");
                item.var(line);
            }
            item.text.push_str("}\n");
            out = item.finish("a struct")?;
            out.push_str(&deferred_getters(plan, ty)?);
            out.push_str(&serialize_object_text(ty).finish("a struct's encoding")?);
            let (trait_path, body) = STRUCT_DESERIALIZE;
            out.push_str(&fixed_impl_text(ty.name, trait_path, body));
            out.push_str(&decode_object_text(ty).finish_settled("a struct's decoding")?);
        }
        TypeKind::StringEnum { values } => {
            let (name, members) = (ty.name, ty.members);
            out.push_str(&enum_def_text(name, values, members).finish("a string enum")?);
            out.push_str(&as_str_text(name, values, members).finish("a string enum")?);
            out.push_str(&from_text(name, values, members).finish("a string enum")?);
            for (trait_path, body) in STRING_ENUM_IMPLS {
                out.push_str(&fixed_impl_text(name, trait_path, body));
            }
        }
        TypeKind::Union {
            variants,
            discriminator: None,
            ..
        } => {
            let mut item = TextItem {
                text: out,
                fits: !variants.is_empty(),
            };
            item.text.push_str("#[derive(Debug, Clone, PartialEq)]\n");
            unbreakable(&mut item.text, format!("pub enum {} {{", ty.name));
            for (i, v) in variants.iter().enumerate() {
                let mut line = format!("    {}(", ty.members[i]);
                type_text(&v.ty, plan, Site::Types, ty.boxed[i], &mut line);
                line.push_str("),");
                item.var(line);
            }
            item.text.push_str("}\n");
            out = item.finish("a union")?;
            out.push_str(&serialize_union_text(ty).finish("a union's encoding")?);
            let untyped: Vec<bool> = variants.iter().map(|v| plan.is_untyped(&v.ty)).collect();
            out.push_str(&decode_union_text(ty, &untyped).finish_settled("a union's decoding")?);
        }
        TypeKind::Alias(t) if ty.newtype => {
            let mut item = TextItem {
                text: out,
                fits: true,
            };
            item.text.push_str(
                "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]\n",
            );
            item.text.push_str("#[serde(transparent)]\n");
            let mut line = format!("pub struct {}(pub ", ty.name);
            type_text(t, plan, Site::Types, ty.boxed[0], &mut line);
            line.push_str(");");
            item.var(line);
            out = item.finish("a newtype")?;
        }
        // A type alias; a type still pending after conversion is an opaque value rather than
        // a failure.
        TypeKind::Alias(_) | TypeKind::Pending => {
            let mut item = TextItem {
                text: out,
                fits: true,
            };
            let mut target = String::new();
            match &def.kind {
                TypeKind::Alias(t) => type_text(t, plan, Site::Types, false, &mut target),
                _ => target.push_str("serde_json::Value"),
            }
            let line = format!("pub type {} = {target};", ty.name);
            if target.contains('<') {
                // A generic type breaks in its arguments: left to prettyplease when long.
                item.var(line);
            } else {
                // A path never breaks, however long the line.
                unbreakable(&mut item.text, line);
            }
            out = item.finish("a type alias")?;
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

/// `Serialize` for an untagged union: the branch's value as it is.
fn serialize_union_text(ty: &TypePlan) -> TextItem {
    let mut item = TextItem::new();
    impl_header(&mut item.text, "impl serde::Serialize", ty.name);
    item.text.push_str(SERIALIZE_FN);
    item.text.push_str("        match self {\n");
    for m in ty.members {
        item.var(format!(
            "            Self::{m}(value) => serde::Serialize::serialize(value, serializer),"
        ));
    }
    item.text.push_str("        }\n    }\n}\n");
    item
}

/// `Deserialize` for an untagged union: each branch's decoding, tried in order by
/// `decode_untagged`, which takes the one that keeps the most of the value; the branches of
/// any JSON value (`untyped`) only when no other branch decodes it.
fn decode_union_text(ty: &TypePlan, untyped: &[bool]) -> TextItem {
    let mut item = TextItem::new();
    impl_header(&mut item.text, "impl<'de> serde::Deserialize<'de>", ty.name);
    item.text.push_str(
        "    fn deserialize<D: serde::Deserializer<'de>>(\n        deserializer: D,\n    ) -> Result<Self, D::Error> {\n",
    );
    item.text
        .push_str("        apitap_runtime::codegen::decode_untagged(\n            deserializer,\n");
    item.var(format!("            {},", string_literal(ty.name)));
    for last_resort in [false, true] {
        let members: Vec<&String> = ty
            .members
            .iter()
            .zip(untyped)
            .filter(|(_, u)| **u == last_resort)
            .map(|(m, _)| m)
            .collect();
        if members.is_empty() {
            item.text.push_str("            &[],\n");
            continue;
        }
        // A list of one closure is one line where it fits: prettyplease decides.
        item.fits &= members.len() > 1;
        item.text.push_str("            &[\n");
        for m in members {
            item.var(format!(
                "                |v| serde::Deserialize::deserialize(v).map(Self::{m}),"
            ));
        }
        item.text.push_str("            ],\n");
    }
    item.text.push_str("        )\n    }\n}\n");
    item
}

fn enum_def_text(name: &str, values: &[String], members: &[String]) -> TextItem {
    let mut item = TextItem::new();
    item.text
        .push_str("#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]\n");
    item.text.push_str("#[non_exhaustive]\n");
    unbreakable(&mut item.text, format!("pub enum {name} {{"));
    for (v, m) in values.iter().zip(members) {
        push_docs(
            &mut item.text,
            "    ",
            &[format!(" `{}`", v.replace('`', "'"))],
        );
        item.var(format!("    {m},"));
    }
    item.text
        .push_str("    /// A value this version of the spec does not list.\n");
    item.text.push_str("    Unknown(String),\n}\n");
    item
}

fn as_str_text(name: &str, values: &[String], members: &[String]) -> TextItem {
    let mut item = TextItem::new();
    unbreakable(&mut item.text, format!("impl {name} {{"));
    item.text
        .push_str("    /// The value as sent on the wire.\n");
    item.text
        .push_str("    pub fn as_str(&self) -> &str {\n        match self {\n");
    for (v, m) in values.iter().zip(members) {
        item.var(format!("            Self::{m} => {},", string_literal(v)));
    }
    item.text
        .push_str("            Self::Unknown(value) => value,\n        }\n    }\n}\n");
    item
}

fn from_text(name: &str, values: &[String], members: &[String]) -> TextItem {
    let mut item = TextItem::new();
    impl_header(&mut item.text, "impl From<&str>", name);
    item.text
        .push_str("    fn from(value: &str) -> Self {\n        match value {\n");
    for (v, m) in values.iter().zip(members) {
        item.var(format!("            {} => Self::{m},", string_literal(v)));
    }
    item.text
        .push_str("            other => Self::Unknown(other.to_owned()),\n        }\n    }\n}\n");
    item
}

/// `Serialize` for a struct: one `ObjectWriter` call per field, by its wire name (an
/// optional field only when set), then the other properties.
fn serialize_object_text(ty: &TypePlan) -> TextItem {
    let TypeKind::Struct { additional, .. } = &ty.def.kind else {
        unreachable!("only structs are written as objects")
    };
    let mut item = TextItem::new();
    impl_header(&mut item.text, "impl serde::Serialize", ty.name);
    item.text.push_str(SERIALIZE_FN);
    let start = "apitap_runtime::codegen::ObjectWriter::start(serializer)?";
    if ty.fields.is_empty() && additional.is_none() {
        item.text
            .push_str(&format!("        {start}.end()\n    }}\n}}\n"));
        return item;
    }
    item.text
        .push_str(&format!("        let mut out = {start};\n"));
    for field in &ty.fields {
        let method = match field.presence {
            Presence::Optional => "optional",
            Presence::Required | Presence::Nullable => "field",
        };
        let (name, place) = (
            string_literal(&field.field.name),
            format!("&self.{}", field.ident),
        );
        let one = format!("        out.{method}({name}, {place})?;");
        if one.len() <= SAFE_WIDTH {
            unbreakable(&mut item.text, one);
        } else {
            // A call on a short name breaks its arguments; the name never breaks, the field
            // access does (before `.field`) when it is too long: then prettyplease prints it.
            item.text.push_str(&format!("        out.{method}(\n"));
            unbreakable(&mut item.text, format!("            {name},"));
            item.var(format!("            {place},"));
            item.text.push_str("        )?;\n");
        }
    }
    if additional.is_some() {
        item.var(format!("        out.extra(&self.{})?;", ty.additional));
    }
    item.text.push_str("        out.end()\n    }\n}\n");
    item
}

/// `DecodeObject` for a struct: one match arm per field on the object's keys (the runtime's
/// `object` module holds the rest, where serde's derive wrote it again for every struct).
/// Where every field is optional the struct is built by `Default` and filled in; else each
/// field has a local, and a required one missing is serde's "missing field" error.
fn decode_object_text(ty: &TypePlan) -> TextItem {
    let TypeKind::Struct { additional, .. } = &ty.def.kind else {
        unreachable!("only structs decode from objects")
    };
    let filled = ty.derive == StructDerive::WithDefault;
    // Fields are never raw identifiers (naming appends `_` to keywords).
    let local = |ident: &str| format!("__{ident}");
    let extra = additional.is_some().then_some(ty.additional);
    let mut item = TextItem::new();
    impl_header(
        &mut item.text,
        "impl<'de> apitap_runtime::codegen::DecodeObject<'de>",
        ty.name,
    );
    // A string literal never breaks, however long the line.
    unbreakable(
        &mut item.text,
        format!(
            "    const NAME: &'static str = {};",
            string_literal(ty.name)
        ),
    );
    item.text.push_str(
        "    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {\n",
    );
    if ty.fields.is_empty() && extra.is_none() {
        item.text.push_str(
            "        while map.next_key::<apitap_runtime::codegen::Key<'de>>()?.is_some() {\n",
        );
        item.text
            .push_str("            apitap_runtime::codegen::skip_value(&mut map)?;\n        }\n");
        item.text.push_str("        Ok(Self {})\n    }\n}\n");
        return item;
    }
    // Where a value goes: a field of `out`, or the field's local.
    let target = |ident: &str| match filled {
        true => format!("out.{ident}"),
        false => local(ident),
    };
    if filled {
        item.text
            .push_str("        let mut out = Self::default();\n");
    } else {
        for field in &ty.fields {
            item.var(format!("        let mut {} = None;", local(field.ident)));
        }
        if let Some(name) = extra {
            item.var(format!(
                "        let mut {} = std::collections::BTreeMap::new();",
                local(name)
            ));
        }
    }
    item.text.push_str(
        "        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {\n",
    );
    let other = match extra {
        Some(name) => format!("key.insert_into(&mut {}, &mut map)?", target(name)),
        None => "apitap_runtime::codegen::skip_value(&mut map)?".to_owned(),
    };
    if ty.fields.is_empty() {
        // A match with only the catch-all arm is clippy's `match_single_binding`.
        item.var(format!("            {other};"));
    } else {
        item.text.push_str("            match key.as_str() {\n");
        for field in &ty.fields {
            let value = match field.presence {
                Presence::Required => "Some(map.next_value()?)",
                Presence::Nullable | Presence::Optional => "map.next_value()?",
            };
            let key = string_literal(&field.field.name);
            let place = target(field.ident);
            let arm = format!("                {key} => {place} = {value},");
            if arm.len() <= SAFE_WIDTH {
                unbreakable(&mut item.text, arm);
            } else {
                // Too long: prettyplease makes the arm's body a block.
                item.var(format!("                {key} => {{"));
                item.var(format!("                    {place} = {value};"));
                item.text.push_str("                }\n");
            }
        }
        item.var(format!("                _ => {other},"));
        item.text.push_str("            }\n");
    }
    item.text.push_str("        }\n");
    if filled {
        item.text.push_str("        Ok(out)\n    }\n}\n");
        return item;
    }
    for field in ty
        .fields
        .iter()
        .filter(|f| f.presence == Presence::Required)
    {
        missing_field_check(
            &mut item,
            field.ident,
            &local(field.ident),
            &field.field.name,
        );
    }
    let mut inits: Vec<String> = ty
        .fields
        .iter()
        .map(|field| match field.presence {
            Presence::Required => field.ident.to_owned(),
            _ => format!("{}: {}", field.ident, local(field.ident)),
        })
        .collect();
    inits.extend(extra.map(|name| format!("{name}: {}", local(name))));
    // prettyplease keeps a struct literal on one line while its path, ` { `, fields and the
    // break before `}` are at most 34 columns wide (the literal's length but its last `}`).
    let literal = format!("Self {{ {} }}", inits.join(", "));
    if literal.len() - 1 <= STRUCT_LITERAL_WIDTH {
        unbreakable(&mut item.text, format!("        Ok({literal})"));
    } else {
        item.text.push_str("        Ok(Self {\n");
        for init in inits {
            item.var(format!("            {init},"));
        }
        item.text.push_str("        })\n");
    }
    item.text.push_str("    }\n}\n");
    item
}

/// `let Some(field) = local else { return Err(missing_field("name")); };` as prettyplease
/// breaks it: `else {` on a line of its own when the `let` does not fit with ` else ` (its
/// `{` is not counted), the call's argument on its own line, then the name on its own.
fn missing_field_check(item: &mut TextItem, field: &str, local: &str, name: &str) {
    let head = format!("        let Some({field}) = {local}");
    if head.len() + " else ".len() <= SAFE_WIDTH {
        unbreakable(&mut item.text, format!("{head} else {{"));
    } else {
        // The pattern `Some(field)` could break past the margin; such a field's
        // `let mut __field = None;` line is checked, so the item goes to prettyplease then.
        unbreakable(&mut item.text, head);
        item.text.push_str("        else {\n");
    }
    let name = string_literal(name);
    let one = format!("            return Err(serde::de::Error::missing_field({name}));");
    if one.len() <= SAFE_WIDTH {
        unbreakable(&mut item.text, one);
    } else {
        item.text.push_str("            return Err(\n");
        // The call is the last argument: its trailing comma is not counted.
        let call = format!("                serde::de::Error::missing_field({name}),");
        if call.len() - 1 <= SAFE_WIDTH {
            unbreakable(&mut item.text, call);
        } else {
            item.text
                .push_str("                serde::de::Error::missing_field(\n");
            unbreakable(&mut item.text, format!("                    {name},"));
            item.text.push_str("                ),\n");
        }
        item.text.push_str("            );\n");
    }
    item.text.push_str("        };\n");
}

/// The signature of `Serialize::serialize`, as prettyplease prints it (it fits the margin).
const SERIALIZE_FN: &str =
    "    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {\n";

/// The widest struct literal prettyplease prints on one line (`end_with_max_width(34)`).
const STRUCT_LITERAL_WIDTH: usize = 34;

/// A string enum's fixed impls (Display, Serialize, Deserialize): trait and body.
const STRING_ENUM_IMPLS: [(&str, &str); 3] = [
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
        "    fn deserialize<D: serde::Deserializer<'de>>(\n        deserializer: D,\n    ) -> Result<Self, D::Error> {\n        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;\n        let value = Self::from(value.as_ref());\n        if let Self::Unknown(_) = value {\n            apitap_runtime::codegen::misfit();\n        }\n        Ok(value)\n    }\n",
    ),
];

/// A struct's `Deserialize`: its `DecodeObject`, from an object.
const STRUCT_DESERIALIZE: (&str, &str) = (
    "impl<'de> serde::Deserialize<'de>",
    "    fn deserialize<D: serde::Deserializer<'de>>(\n        deserializer: D,\n    ) -> Result<Self, D::Error> {\n        apitap_runtime::codegen::decode_object(deserializer)\n    }\n",
);

/// A fixed impl (`trait_path` with `body`, the same for every type of its kind) for `name`.
fn fixed_impl_text(name: &str, trait_path: &str, body: &str) -> String {
    let mut out = String::new();
    impl_header(&mut out, trait_path, name);
    out.push_str(body);
    out.push_str("}\n");
    out
}
