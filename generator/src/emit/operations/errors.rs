//! An operation's error enum (a variant per documented error status) and its decoding.

use super::TextItem;
use crate::diag::Result;
use crate::emit::rust::{crate_type_text, doc_lines, status_variant};
use crate::ir::{MediaKind, Response, Status, TypeRef};
use crate::plan::{CratePlan, OperationPlan};

/// The enum and its `rt::ErrorBody` impl, appended to `out`.
pub(super) fn error_items(
    plan: &CratePlan,
    op_plan: &OperationPlan,
    out: &mut String,
) -> Result<()> {
    let op = op_plan.op;
    let error = op_plan.error;
    let errors: Vec<&Response> = op.errors();
    let mut def = TextItem::new();
    let doc = format!(
        " Documented error responses of `{}`.",
        op.id.replace('`', "'")
    );
    def.docs("", &[doc]);
    def.text
        .push_str("#[derive(Debug, Clone)]\n#[non_exhaustive]\n");
    if errors.is_empty() {
        def.var(format!("pub enum {error} {{}}"));
    } else {
        def.var(format!("pub enum {error} {{"));
    }
    let mut arms = Vec::new();
    let mut default_decode = None;
    for r in &errors {
        let v = status_variant(r.status);
        def.docs("    ", &doc_lines(r.doc.as_deref()));
        let (payload, decode) = match (r.kind, &r.ty) {
            (Some(MediaKind::Json), ty) => (
                format!(
                    "({})",
                    crate_type_text(ty.as_ref().unwrap_or(&TypeRef::Any), plan)
                ),
                format!("rt::decode_json(body).map(Self::{v})"),
            ),
            (Some(MediaKind::Text | MediaKind::Form), _) => (
                "(String)".to_string(),
                format!("Some(Self::{v}(String::from_utf8_lossy(body).into_owned()))"),
            ),
            (Some(_), _) => (
                "(rt::Bytes)".to_string(),
                format!("Some(Self::{v}(rt::Bytes::copy_from_slice(body)))"),
            ),
            (None, _) => (String::new(), format!("Some(Self::{v})")),
        };
        def.var(format!("    {v}{payload},"));
        // Status literals as `quote!` spelled them: suffixed.
        let pattern = match r.status {
            Status::Code(c) => format!("{c}u16"),
            Status::Range(d) => format!("{}u16..={}u16", d * 100, d * 100 + 99),
            Status::Default => {
                default_decode = Some(decode.clone());
                "_".into()
            }
        };
        arms.push(format!("{pattern} => {decode},"));
    }
    if !errors.is_empty() {
        def.text.push_str("}\n");
    }
    out.push_str(&def.finish("an error enum")?);

    if default_decode.is_none() {
        arms.push("_ => None,".into());
    }
    let uses_body = errors.iter().any(|r| r.kind.is_some());
    // A lone `default` needs no match on the status.
    let only_default = errors.len() == 1 && errors[0].status == Status::Default;
    let status = if errors.is_empty() || only_default {
        "_status"
    } else {
        "status"
    };
    let body = if uses_body { "body" } else { "_body" };
    let mut imp = TextItem::new();
    imp.var(format!("impl rt::ErrorBody for {error} {{"));
    imp.text.push_str(&format!(
        "    fn decode({status}: u16, {body}: &[u8]) -> Option<Self> {{\n"
    ));
    match default_decode {
        Some(decode) if only_default => imp.var(format!("        {decode}")),
        _ if errors.is_empty() => imp.text.push_str("        None\n"),
        _ => {
            imp.text.push_str("        match status {\n");
            for arm in arms {
                imp.var(format!("            {arm}"));
            }
            imp.text.push_str("        }\n");
        }
    }
    imp.text.push_str("    }\n}\n");
    out.push_str(&imp.finish("an error decoding")?);
    Ok(())
}
