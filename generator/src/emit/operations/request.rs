//! A builder's `request`: the statements that put each parameter, the security, the body and
//! the media types on the request.

use super::{call, string_literal as lit, TextItem};
use crate::ir::{Body, MediaKind, ParamLocation, ParamStyle, TypeKind, TypeRef};
use crate::plan::{CratePlan, OperationPlan};

/// `pub(crate) fn request(&self) -> rt::Request`.
pub(super) fn request_fn(plan: &CratePlan, op_plan: &OperationPlan) -> TextItem {
    let op = op_plan.op;
    let mut item = TextItem::new();
    item.text
        .push_str("    pub(crate) fn request(&self) -> rt::Request {\n");
    let new_args = [
        format!("rt::Method::{}", op.method.as_str()),
        lit(&op.path),
        lit(&op.id),
    ];
    let mut steps = TextItem::new();
    let i = "        ";
    for param in &op_plan.params {
        let p = param.param;
        let (name, field) = (lit(&p.name), format!("&self.{}", param.ident));
        match p.location {
            ParamLocation::Path => call(&mut steps, i, "", "req.path_param", &[name, field], ";"),
            ParamLocation::Query => query(&mut steps, i, name, field, p.style),
            ParamLocation::Header => call(&mut steps, i, "", "req.header", &[name, field], ";"),
            ParamLocation::Cookie => call(&mut steps, i, "", "req.cookie", &[name, field], ";"),
        }
    }
    if !op.security.is_empty() {
        let alts: Vec<String> = op
            .security
            .iter()
            .map(|alt| {
                let names: Vec<String> = alt.iter().map(|n| lit(n)).collect();
                format!("&[{}]", names.join(", "))
            })
            .collect();
        let arg = format!("&[{}]", alts.join(", "));
        call(&mut steps, i, "", "req.security", &[arg], ";");
    }
    if let Some(body) = &op.body {
        body_steps(plan, op, body, &mut steps);
    } else if let Some(media) = &op.content_type_header {
        call(&mut steps, i, "", "req.content_type", &[lit(media)], ";");
    }
    if let Some(media) = op_plan.accept {
        call(&mut steps, i, "", "req.accept", &[lit(media)], ";");
    }
    if steps.text.is_empty() {
        call(&mut item, i, "", "rt::Request::new", &new_args, "");
    } else {
        call(
            &mut item,
            i,
            "let mut req = ",
            "rt::Request::new",
            &new_args,
            ";",
        );
        item.fits &= steps.fits;
        item.text.push_str(&steps.text);
        item.text.push_str("        req\n");
    }
    item.text.push_str("    }\n");
    item
}

/// The runtime's `QueryStyle` for a query parameter's or form property's style.
fn query_style(style: ParamStyle) -> String {
    match style {
        ParamStyle::Form { explode } => format!("rt::QueryStyle::Form {{ explode: {explode} }}"),
        ParamStyle::DeepObject => "rt::QueryStyle::DeepObject".into(),
        ParamStyle::SpaceDelimited => "rt::QueryStyle::SpaceDelimited".into(),
        ParamStyle::PipeDelimited => "rt::QueryStyle::PipeDelimited".into(),
        ParamStyle::Simple => "rt::QueryStyle::Form { explode: false }".into(),
    }
}

/// `req.query(name, &self.field, style);`. A `Form` style is a struct expression wider than
/// prettyplease's 34 columns for one: always broken, and the call with it.
fn query(item: &mut TextItem, i: &str, name: String, field: String, style: ParamStyle) {
    let explode = match style {
        ParamStyle::Form { explode } => explode,
        ParamStyle::Simple => false,
        _ => {
            return call(
                item,
                i,
                "",
                "req.query",
                &[name, field, query_style(style)],
                ";",
            )
        }
    };
    item.text.push_str(i);
    item.text.push_str("req.query(\n");
    item.var(format!("{i}    {name},"));
    item.var(format!("{i}    {field},"));
    item.text.push_str(i);
    item.text.push_str("    rt::QueryStyle::Form {\n");
    item.text
        .push_str(&format!("{i}        explode: {explode},\n"));
    item.text.push_str(&format!("{i}    }},\n{i});\n"));
}

/// The body, encoded as its media type says; an optional one inside `if let Some(body)`.
fn body_steps(plan: &CratePlan, op: &crate::ir::Operation, body: &Body, item: &mut TextItem) {
    let media = lit(&body.media_type);
    // `value` borrows the body; `place` names it for field access.
    let (i, value, place) = if body.required {
        ("        ", "&self.body", "self.body")
    } else {
        item.text
            .push_str("        if let Some(body) = &self.body {\n");
        ("            ", "body", "body")
    };
    // JSON and form bodies go out with the media type the spec declares
    // (`text/json`, `application/merge-patch+json`, ...) where it is not the plain one.
    let declared = |item: &mut TextItem| {
        if let Some(m) = body.declared_content_type() {
            call(item, i, "", "req.content_type", &[lit(m)], ";");
        }
    };
    match body.kind {
        MediaKind::Json => {
            declared(item);
            call(item, i, "", "req.json", &[value.into()], ";");
        }
        MediaKind::Form if body.form_styles.is_empty() => {
            declared(item);
            call(
                item,
                i,
                "",
                "req.form_styled",
                &[value.into(), "&[]".into()],
                ";",
            );
        }
        MediaKind::Form => {
            declared(item);
            // Tuples holding struct expressions: left to prettyplease.
            let styles: Vec<String> = body
                .form_styles
                .iter()
                .map(|(name, style)| format!("({}, {})", lit(name), query_style(*style)))
                .collect();
            item.fits = false;
            item.text.push_str(&format!(
                "{i}req.form_styled({value}, &[{}]);\n",
                styles.join(", ")
            ));
        }
        MediaKind::Text => call(
            item,
            i,
            "",
            "req.raw",
            &[format!("{place}.clone()"), media],
            ";",
        ),
        MediaKind::Binary => call(
            item,
            i,
            "",
            "req.raw",
            &[format!("{place}.0.clone()"), media],
            ";",
        ),
        MediaKind::Multipart => multipart(plan, &body.ty, &body.json_parts, value, i, item),
    }
    // A Content-Type the spec requires as a header goes out only when no body does
    // (a body carries its own type).
    if !body.required {
        match &op.content_type_header {
            Some(m) => {
                item.text.push_str("        } else {\n");
                call(item, i, "", "req.content_type", &[lit(m)], ";");
                item.text.push_str("        }\n");
            }
            None => item.text.push_str("        }\n"),
        }
    }
}

/// Multipart parts: one per property of the body struct; binary properties as file parts,
/// those the spec's `encoding` declares JSON as JSON parts, the others as text fields.
/// Blocks and nested calls whose breaks are not modeled: left to prettyplease.
fn multipart(
    plan: &CratePlan,
    ty: &TypeRef,
    json_parts: &[String],
    value: &str,
    i: &str,
    item: &mut TextItem,
) {
    if let TypeRef::Named(id) = ty.strip_nullable().0 {
        let ty_plan = plan.ty(*id);
        if let TypeKind::Struct { .. } = &ty_plan.def.kind {
            item.fits = false;
            let out = &mut item.text;
            out.push_str(&format!(
                "{i}let fields = {value};\n{i}let mut parts = Vec::new();\n"
            ));
            for field in &ty_plan.fields {
                let fname = field.ident;
                let spec = lit(&field.field.name);
                let push = match field.field.ty.strip_nullable().0 {
                    TypeRef::Binary => {
                        format!("parts.push(rt::Part::bytes({spec}, v.0.clone(), Some({spec})));")
                    }
                    // Several files: a file part each, under the property's name.
                    TypeRef::Array(inner) if *inner.strip_nullable().0 == TypeRef::Binary => {
                        format!(
                            "for f in v {{ parts.push(rt::Part::bytes({spec}, f.0.clone(), Some({spec}))); }}"
                        )
                    }
                    _ if json_parts.contains(&field.field.name) => {
                        format!("parts.push(rt::Part::json({spec}, v));")
                    }
                    _ => format!("parts.push(rt::Part::text({spec}, v));"),
                };
                if field.presence.is_option() {
                    out.push_str(&format!(
                        "{i}if let Some(v) = &fields.{fname} {{ {push} }}\n"
                    ));
                } else {
                    out.push_str(&format!("{i}{{ let v = &fields.{fname}; {push} }}\n"));
                }
            }
            out.push_str(&format!("{i}req.multipart(parts);\n"));
            return;
        }
    }
    // A macro call's breaks are not modeled: on one line, or left to prettyplease.
    let line = format!("{i}req.multipart(vec![rt::Part::text(\"body\", {value})]);");
    item.fits &= line.len() <= super::MARGIN;
    item.text.push_str(&line);
    item.text.push('\n');
}
