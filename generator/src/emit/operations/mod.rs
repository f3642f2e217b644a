//! `src/operations/`: one file per tag, one builder per operation, plus its error enum.
//!
//! Printed as text in the shapes prettyplease gives them, as the types are (`types::text`):
//! building tokens, parsing them back with `syn` and formatting them was most of the time
//! spent on a large spec's operations. A line whose breaks this printer does not model (a
//! long argument, match arm or field) sends its item through prettyplease as text
//! ([`TextItem`]); a method of a builder goes alone. The page methods of a list are built as
//! tokens (`pagination`) and formatted. A test holds every file to be prettyplease's output.

use super::rust::{
    body_type_text, crate_type_text, doc_lines, format_file, ident, param_type_text,
    render_parallel, string_literal, TextItem, MARGIN,
};

mod errors;
mod pagination;
mod request;
use crate::diag::Result;
use crate::ir::{MediaKind, ParamLocation, Response, TypeRef};
use crate::plan::{CratePlan, OperationPlan};
use quote::quote;
use std::collections::BTreeMap;

pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let mut by_module: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, op) in plan.operations.iter().enumerate() {
        by_module.entry(op.module).or_default().push(i);
    }
    let modules: Vec<(&str, Vec<usize>)> = by_module.into_iter().collect();
    let rendered = render_parallel(&modules, |(module, ops)| {
        let path = format!("src/operations/{module}.rs");
        Ok((path.clone(), file_text(plan, &path, ops)?))
    })?;
    let mut files: BTreeMap<String, String> = rendered.into_iter().collect();
    let mods = modules.iter().map(|(module, _)| {
        let m = ident(module);
        let cfg = super::rust::cfg(&plan.features.op_gate(module));
        quote!(#cfg mod #m; #cfg pub use #m::*;)
    });
    let tokens = quote! {
        //! Request builders, one per operation, grouped by tag (each group a cargo feature).
        #(#mods)*
    };
    files.insert(
        "src/operations/mod.rs".into(),
        format_file("src/operations/mod.rs", tokens)?,
    );
    Ok(files)
}

/// One tag's file: its header, then each operation's items (prettyplease prints a file's
/// items one after another, so their texts joined are the file's).
fn file_text(plan: &CratePlan, path: &str, ops: &[usize]) -> Result<String> {
    let tag = plan.operations[ops[0]]
        .op
        .tags
        .first()
        .cloned()
        .unwrap_or_else(|| "(untagged)".into());
    let header = format!(" Operations tagged `{}`.", tag.replace('`', "'"));
    let mut out = format_file(
        path,
        quote! {
            #![doc = #header]
            use apitap_runtime::codegen as rt;
        },
    )?;
    for &i in ops {
        operation_text(plan, &plan.operations[i], &mut out)?;
    }
    Ok(out)
}

/// Every operation's items as text, in file order (for the printing test).
#[cfg(test)]
pub fn printed_as_text(plan: &CratePlan) -> Result<Vec<(String, String)>> {
    plan.operations
        .iter()
        .map(|op| {
            let mut out = String::new();
            operation_text(plan, op, &mut out)?;
            Ok((op.op.id.clone(), out))
        })
        .collect()
}

/// One operation: the client method, its request builder with `send` (and the page methods
/// of a list), and its error enum.
fn operation_text(plan: &CratePlan, op_plan: &OperationPlan, out: &mut String) -> Result<()> {
    let parts = builder_parts(plan, op_plan);
    out.push_str(&client_method(op_plan, &parts).finish("a client method")?);
    out.push_str(&builder_struct(op_plan, &parts).finish("a request builder")?);
    out.push_str(&format!("impl {} {{\n", op_plan.builder));
    for setter in &parts.setters {
        out.push_str(&member(op_plan, setter_text(setter))?);
    }
    out.push_str(&member(op_plan, send_text(plan, op_plan))?);
    out.push_str(&pagination::methods_text(plan, op_plan)?);
    out.push_str(&member(op_plan, request::request_fn(plan, op_plan))?);
    out.push_str("}\n");
    errors::error_items(plan, op_plan, out)
}

/// A builder's method as prettyplease prints it (a method prints the same whatever its impl).
fn member(op_plan: &OperationPlan, item: TextItem) -> Result<String> {
    if item.fits {
        return Ok(item.text);
    }
    item.finish_inside(&format!("a method of `{}`", op_plan.builder), "impl S {")
}

/// A setter of an optional parameter or body.
struct Setter {
    docs: Vec<String>,
    name: String,
    ty: String,
}

/// What a builder is made of: the client method's arguments and the fields they fill,
/// the other fields, and the setters of the optional ones.
#[derive(Default)]
struct BuilderParts {
    ctor_args: Vec<String>,
    ctor_inits: Vec<String>,
    fields: Vec<String>,
    setters: Vec<Setter>,
}

/// Required parameters (and a required body) are arguments of the client method; optional
/// ones are setters.
fn builder_parts(plan: &CratePlan, op: &OperationPlan) -> BuilderParts {
    let mut parts = BuilderParts::default();
    let mut add = |name: &str, ty: String, required: bool, docs: Vec<String>| {
        if required {
            parts.ctor_args.push(format!("{name}: impl Into<{ty}>"));
            parts.ctor_inits.push(format!("{name}: {name}.into()"));
            parts.fields.push(format!("{name}: {ty}"));
        } else {
            parts.ctor_inits.push(format!("{name}: None"));
            parts.fields.push(format!("{name}: Option<{ty}>"));
            parts.setters.push(Setter {
                docs,
                name: name.to_string(),
                ty,
            });
        }
    };
    for param in &op.params {
        let p = param.param;
        let mut docs = doc_lines(p.doc.as_deref());
        if p.doc.is_some() {
            docs.push(String::new());
        }
        docs.push(format!(
            " `{}` ({} parameter).",
            p.name.replace('`', "'"),
            location_name(p.location)
        ));
        add(param.ident, param_type_text(&p.ty, plan), p.required, docs);
    }
    if let Some(body) = &op.op.body {
        let ty = body_type_text(&body.ty, body.kind, plan);
        let mut docs = vec![" The request body.".to_string()];
        docs.extend(doc_lines(body.doc.as_deref()));
        add("body", ty, body.required, docs);
    }
    parts
}

fn location_name(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// `{indent}{head}(args) -> ret {`: on one line when it fits, else one argument per line
/// (prettyplease breaks the arguments first; a return type too long even then is left to it).
fn signature(item: &mut TextItem, indent: &str, head: &str, args: &[String], ret: &str) {
    let one = format!("{indent}{head}({}) -> {ret} {{", args.join(", "));
    if one.len() <= MARGIN {
        item.var(one);
        return;
    }
    item.var(format!("{indent}{head}("));
    for a in args {
        item.var(format!("{indent}    {a},"));
    }
    item.var(format!("{indent}) -> {ret} {{"));
}

/// A [`signature`] whose return type is `{outer}<ret_args>`: when that does not fit on the
/// arguments' closing line either, its generic arguments go one per line.
fn signature_generic_return(
    item: &mut TextItem,
    indent: &str,
    head: &str,
    args: &[String],
    outer: &str,
    ret_args: &[String],
) {
    let ret = format!("{outer}<{}>", ret_args.join(", "));
    let closing = format!("{indent}) -> {ret} {{");
    if closing.len() <= MARGIN {
        return signature(item, indent, head, args, &ret);
    }
    item.var(format!("{indent}{head}("));
    for a in args {
        item.var(format!("{indent}    {a},"));
    }
    item.var(format!("{indent}) -> {outer}<"));
    for a in ret_args {
        item.var(format!("{indent}    {a},"));
    }
    item.var(format!("{indent}> {{"));
}

/// `{indent}{prefix}{callee}(args){suffix}`: on one line when it fits, else one argument per
/// line. For a path call (`rt::Request::new(`, after `let` or as a tail) or a method call on
/// a name of at most four characters (`req`) at the start of a statement, which prettyplease
/// does not break before its `.`.
fn call(
    item: &mut TextItem,
    indent: &str,
    prefix: &str,
    callee: &str,
    args: &[String],
    suffix: &str,
) {
    let one = format!("{indent}{prefix}{callee}({}){suffix}", args.join(", "));
    if one.len() <= MARGIN {
        item.var(one);
        return;
    }
    item.var(format!("{indent}{prefix}{callee}("));
    for a in args {
        item.var(format!("{indent}    {a},"));
    }
    item.var(format!("{indent}){suffix}"));
}

/// A struct expression: on one line when its width is at most prettyplease's 34 columns for
/// struct literals, else one field per line.
fn struct_expr(item: &mut TextItem, indent: &str, path: &str, fields: &[String]) {
    let inner = fields.join(", ");
    if path.len() + 4 + inner.len() <= 34 {
        item.var(format!("{indent}{path} {{ {inner} }}"));
        return;
    }
    item.var(format!("{indent}{path} {{"));
    for f in fields {
        item.var(format!("{indent}    {f},"));
    }
    item.var(format!("{indent}}}"));
}

/// `impl crate::Client { pub fn op(&self, ...) -> Builder { ... } }`.
fn client_method(op_plan: &OperationPlan, parts: &BuilderParts) -> TextItem {
    let op = op_plan.op;
    let mut item = TextItem::new();
    item.text.push_str("impl crate::Client {\n");
    let summary = op.summary.as_deref().or(op.description.as_deref());
    let mut docs = doc_lines(summary);
    if summary.is_some() {
        docs.push(String::new());
    }
    docs.push(format!(
        " `{} {}` (operation `{}`).",
        op.method,
        op.path.replace('`', "'"),
        op.id.replace('`', "'")
    ));
    if op.deprecated {
        docs.push(String::new());
        docs.push(" Deprecated by the API.".into());
    }
    item.docs("    ", &docs);
    let mut args = vec!["&self".to_string()];
    args.extend(parts.ctor_args.iter().cloned());
    let head = format!("pub fn {}", op_plan.method);
    signature(&mut item, "    ", &head, &args, op_plan.builder);
    let mut inits = vec!["client: self.clone()".to_string()];
    inits.extend(parts.ctor_inits.iter().cloned());
    struct_expr(&mut item, "        ", op_plan.builder, &inits);
    item.text.push_str("    }\n}\n");
    item
}

/// The builder struct: the client and a field per parameter (and body).
fn builder_struct(op_plan: &OperationPlan, parts: &BuilderParts) -> TextItem {
    let op = op_plan.op;
    let mut item = TextItem::new();
    let summary = op.summary.as_deref().or(op.description.as_deref());
    let mut docs = vec![format!(
        " Request builder for `{} {}`; finish with [`{}::send`].",
        op.method,
        op.path.replace('`', "'"),
        op_plan.builder
    )];
    docs.extend(doc_lines(
        op.description.as_deref().filter(|d| Some(*d) != summary),
    ));
    item.docs("", &docs);
    item.text.push_str("#[derive(Debug, Clone)]\n");
    item.text
        .push_str("#[must_use = \"a request builder does nothing until `.send()` is awaited\"]\n");
    item.var(format!("pub struct {} {{", op_plan.builder));
    item.text.push_str("    client: crate::Client,\n");
    for f in &parts.fields {
        item.var(format!("    {f},"));
    }
    item.text.push_str("}\n");
    item
}

/// The setter of an optional parameter or body.
fn setter_text(setter: &Setter) -> TextItem {
    let mut item = TextItem::new();
    item.docs("    ", &setter.docs);
    let head = format!("pub fn {}", setter.name);
    let args = [
        "mut self".to_string(),
        format!("value: impl Into<{}>", setter.ty),
    ];
    signature(&mut item, "    ", &head, &args, "Self");
    item.var(format!(
        "        self.{} = Some(value.into());",
        setter.name
    ));
    item.text.push_str("        self\n    }\n");
    item
}

/// `send`: the request, the response decoded as the success response's media type says.
fn send_text(plan: &CratePlan, op_plan: &OperationPlan) -> TextItem {
    let error = op_plan.error;
    let (output, finish) = output(plan, op_plan.op.success());
    let mut item = TextItem::new();
    item.text
        .push_str("    /// Send the request and decode the response.\n");
    let ret_args = [output, format!("rt::Error<{error}>")];
    let receiver = ["self".to_string()];
    signature_generic_return(
        &mut item,
        "    ",
        "pub async fn send",
        &receiver,
        "Result",
        &ret_args,
    );
    item.text
        .push_str("        let request = self.request();\n");
    let one =
        format!("        let response = self.client.runtime().send::<{error}>(request).await?;");
    if one.len() <= MARGIN {
        item.var(one);
    } else {
        // A method chain that does not fit breaks before every `.`.
        item.text
            .push_str("        let response = self\n            .client\n            .runtime()\n");
        item.var(format!("            .send::<{error}>(request)"));
        item.text.push_str("            .await?;\n");
    }
    for line in finish {
        item.text.push_str("        ");
        item.text.push_str(line);
        item.text.push('\n');
    }
    item.text.push_str("    }\n");
    item
}

/// What `send` returns, and the lines that get it from the response.
fn output(plan: &CratePlan, success: Option<&Response>) -> (String, &'static [&'static str]) {
    match success.and_then(|r| r.kind.map(|k| (k, r))) {
        Some((MediaKind::Json, r)) => (
            crate_type_text(r.ty.as_ref().unwrap_or(&TypeRef::Any), plan),
            &["response.json()"],
        ),
        Some((MediaKind::Text | MediaKind::Form, _)) => ("String".into(), &["response.text()"]),
        Some((MediaKind::Binary | MediaKind::Multipart, _)) => {
            ("rt::Bytes".into(), &["Ok(response.bytes())"])
        }
        None => ("()".into(), &["let _ = response;", "Ok(())"]),
    }
}
