//! Token helpers shared by the Rust emitters: type expressions, identifiers, doc comments,
//! and formatting (the one place prettyplease runs).

use crate::analyze::features::Gate;
use crate::diag::{Error, Result};
use crate::ir::{FloatKind, IntKind, MediaKind, TypeId, TypeRef};
use crate::plan::CratePlan;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Where a type expression is written: decides how named types are reached.
#[derive(Clone, Copy)]
pub enum Site {
    /// Inside `src/types/*.rs`: `super::Name`.
    Types,
    /// Elsewhere: `crate::types::Name`.
    Crate,
}

/// The Rust type for `ty`; `boxed` puts the named type it holds by value in a `Box`.
pub fn type_tokens(ty: &TypeRef, plan: &CratePlan, site: Site, boxed: bool) -> TokenStream {
    let named = |id: crate::ir::TypeId| {
        let name = ident(plan.type_name(id));
        match site {
            Site::Types => quote!(super::#name),
            Site::Crate => quote!(crate::types::#name),
        }
    };
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntKind::I32) => quote!(i32),
        TypeRef::Integer(IntKind::I64) => quote!(i64),
        TypeRef::Number(FloatKind::F32) => quote!(f32),
        TypeRef::Number(FloatKind::F64) => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Binary => quote!(apitap_runtime::codegen::Binary),
        TypeRef::Any => quote!(serde_json::Value),
        TypeRef::Named(id) => {
            let t = named(*id);
            if boxed {
                quote!(Box<#t>)
            } else {
                t
            }
        }
        TypeRef::Expandable(id) => {
            let t = named(*id);
            quote!(apitap_runtime::codegen::Expandable<#t>)
        }
        TypeRef::Array(inner) => {
            let t = type_tokens(inner, plan, site, false);
            quote!(Vec<#t>)
        }
        TypeRef::Map(inner) => {
            let t = type_tokens(inner, plan, site, false);
            quote!(std::collections::BTreeMap<String, #t>)
        }
        TypeRef::Nullable(inner) => {
            let t = type_tokens(inner, plan, site, boxed);
            quote!(Option<#t>)
        }
    }
}

/// The Rust type for `ty` as text, as prettyplease prints `rust::type_tokens`.
pub fn type_text(ty: &TypeRef, plan: &CratePlan, site: Site, boxed: bool, out: &mut String) {
    let named = |id: TypeId, out: &mut String| {
        out.push_str(match site {
            Site::Types => "super::",
            Site::Crate => "crate::types::",
        });
        out.push_str(plan.type_name(id));
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
            type_text(inner, plan, site, false, out);
            out.push('>');
        }
        TypeRef::Map(inner) => {
            out.push_str("std::collections::BTreeMap<String, ");
            type_text(inner, plan, site, false, out);
            out.push('>');
        }
        TypeRef::Nullable(inner) => {
            out.push_str("Option<");
            type_text(inner, plan, site, boxed, out);
            out.push('>');
        }
    }
}

/// `body` formatted by prettyplease inside `open` ... `}` (an impl, a function, a struct),
/// without the wrapper's first and last lines: a member, statement or field prints the same
/// whatever holds it.
pub fn reformat_inside(what: &str, open: &str, body: &str) -> Result<String> {
    let text = reformat_text(what, &format!("{open}\n{body}}}\n"))?;
    Ok(inner_lines(&text))
}

/// Statements formatted by prettyplease at column `indent` (a multiple of 4), for one that
/// a text printer does not model: prettyplease prints a statement the same in any block at
/// that depth.
pub fn reformat_at(what: &str, indent: usize, statements: &str) -> Result<String> {
    debug_assert!(indent >= 4 && indent.is_multiple_of(4), "indent {indent}");
    let depth = (indent / 4).max(1);
    let mut text = String::from("fn f() {\n");
    for _ in 1..depth {
        text.push_str("{\n");
    }
    text.push_str(statements);
    for _ in 0..depth {
        text.push_str("}\n");
    }
    let text = reformat_text(what, &text)?;
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for l in &lines[depth..lines.len() - depth] {
        out.push_str(l);
        out.push('\n');
    }
    Ok(out)
}

/// A formatted wrapper's text without its first and last lines.
pub fn inner_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.pop();
    let mut out = String::new();
    for l in lines.into_iter().skip(1) {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// The Rust type of `ty` outside the types module, as text.
pub fn crate_type_text(ty: &TypeRef, plan: &CratePlan) -> String {
    let mut out = String::new();
    type_text(ty, plan, Site::Crate, false, &mut out);
    out
}

/// [`param_type`] as text.
pub fn param_type_text(ty: &TypeRef, plan: &CratePlan) -> String {
    crate_type_text(ty.strip_nullable().0, plan)
}

/// [`body_type`] as text.
pub fn body_type_text(ty: &TypeRef, kind: MediaKind, plan: &CratePlan) -> String {
    match kind {
        MediaKind::Text => "String".into(),
        MediaKind::Binary => "rt::Binary".into(),
        _ => param_type_text(ty, plan),
    }
}

/// The error enum's variant for a documented status (`Status404`, `Status4XX`, `Default`).
pub fn status_variant(status: crate::ir::Status) -> String {
    match status {
        crate::ir::Status::Code(c) => format!("Status{c}"),
        crate::ir::Status::Range(d) => format!("Status{d}XX"),
        crate::ir::Status::Default => "Default".into(),
    }
}

/// The doc-attribute values of a description, one per line (` text`, or empty).
pub fn doc_lines(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .lines()
        .map(|l| {
            let l = l.trim_end();
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect()
}

/// `#[doc = "..."]` lines for a description; spec text only ever lands in string literals.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let lines = doc_lines(text);
    quote!(#(#[doc = #lines])*)
}

/// Format one generated Rust file.
pub fn format_file(what: &str, tokens: TokenStream) -> Result<String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| Error::Emit {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// Format Rust source text: for items printed directly whose lines may need breaking, so
/// prettyplease breaks them (the text is parsed, never built a second way).
pub fn reformat_text(what: &str, text: &str) -> Result<String> {
    let file: syn::File = syn::parse_str(text).map_err(|e| Error::Emit {
        what: what.to_string(),
        message: e.to_string(),
    })?;
    Ok(prettyplease::unparse(&file))
}

/// One `#[doc = line]` as prettyplease prints it: a `///` comment with trailing spaces
/// trimmed; text with a line break as a `/** */` block where it can be one; else the
/// attribute itself (a line starting with `/` would read back as a plain comment).
pub fn push_doc_line(out: &mut String, indent: &str, line: &str) {
    out.push_str(indent);
    if !line.contains('\n') && !line.starts_with('/') {
        out.push_str("///");
        out.push_str(line.trim_end_matches(' '));
    } else if can_be_block_comment(line) && !line.starts_with(['*', '/']) {
        out.push_str("/**");
        // Trailing spaces are trimmed from every line but the last.
        let mut lines = line.split('\n').peekable();
        while let Some(l) = lines.next() {
            if lines.peek().is_some() {
                out.push_str(l.trim_end_matches(' '));
                out.push('\n');
            } else {
                out.push_str(l);
            }
        }
        out.push_str("*/");
    } else {
        out.push_str("#[doc = ");
        out.push_str(&string_literal(line));
        out.push(']');
    }
    out.push('\n');
}

/// Whether `text` can sit inside `/* */`: its nested comments balance and it does not end
/// with `/`.
fn can_be_block_comment(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                let Some(d) = depth.checked_sub(1) else {
                    return false;
                };
                depth = d;
                i += 2;
            }
            _ => i += 1,
        }
    }
    depth == 0 && !text.ends_with('/')
}

/// Run `render` for every item on all cores, keeping the items' order in the result.
///
/// Emitting and formatting dominate generation of large specs; files are independent.
/// Tokens are not `Send`, so each item's tokens are built and formatted on one thread.
pub fn render_parallel<T: Sync, R: Send>(
    items: &[T],
    render: impl Fn(&T) -> Result<R> + Sync + Send,
) -> Result<Vec<R>> {
    use rayon::prelude::*;
    // Collected whole, so that the error reported is the first in item order, whatever
    // thread finished first.
    let results: Vec<Result<R>> = items.par_iter().map(render).collect();
    results.into_iter().collect()
}

/// prettyplease's margin: it breaks a line longer than this where it can.
pub const MARGIN: usize = 89;

/// The width prettyplease allows a line however deep its indent: a line at column 40 may
/// run 60 columns, past the margin.
pub const MIN_SPACE: usize = 60;

/// Whether prettyplease leaves `len` columns of text starting at column `indent` on one line.
pub fn fits_at(indent: usize, len: usize) -> bool {
    len <= MARGIN.saturating_sub(indent).max(MIN_SPACE)
}

/// A method chain (`&self.a.b.as_ref().map(|v| v.c)`) at column `indent`, as prettyplease
/// breaks one too long for its line: `lead` and its receiver, then each `.` step on a line
/// of its own, 4 columns in; `end` follows the last step. `None` when a step is itself too
/// long (its closure or arguments would break too), when there is no chain to break, or
/// when `expr` holds a string or character literal (not split here).
pub fn broken_chain(lead: &str, expr: &str, indent: usize, end: &str) -> Option<String> {
    let mut steps = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, b) in expr.bytes().enumerate() {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.checked_sub(1)?,
            b'.' if depth == 0 && !expr[start..i].trim_start_matches('&').is_empty() => {
                steps.push(&expr[start..i]);
                start = i;
            }
            b'"' | b'\'' => return None,
            _ => {}
        }
    }
    steps.push(&expr[start..]);
    if steps.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for (k, step) in steps.iter().enumerate() {
        let (at, lead) = if k == 0 {
            (indent, lead)
        } else {
            (indent + 4, "")
        };
        let tail = if k + 1 == steps.len() { end } else { "" };
        if !fits_at(at, lead.len() + step.len() + tail.len()) {
            return None;
        }
        out.push_str(&" ".repeat(at));
        out.push_str(lead);
        out.push_str(step);
        out.push_str(tail);
        out.push('\n');
    }
    Some(out)
}

/// A string literal as prettyplease prints it (the token's own spelling).
pub fn string_literal(s: &str) -> String {
    // Printable ASCII, the common case (JSON bodies, paths, names): proc_macro2 escapes only
    // quotes and backslashes there, and its per-character escaping was a few percent of
    // generation on large specs.
    if s.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        let mut out = String::with_capacity(s.len() + 2);
        out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            if b == b'"' || b == b'\\' {
                out.push_str(&s[start..i]);
                out.push('\\');
                out.push(b as char);
                start = i + 1;
            }
        }
        out.push_str(&s[start..]);
        out.push('"');
        return out;
    }
    proc_macro2::Literal::string(s).to_string()
}

/// An item's text as it is built by a printer that models prettyplease: whether every line
/// is known to print as is, else it goes through prettyplease whole.
pub struct TextItem {
    pub text: String,
    pub fits: bool,
}

impl TextItem {
    pub fn new() -> TextItem {
        TextItem {
            text: String::new(),
            fits: true,
        }
    }

    /// A line with no place to break (a lone string literal, a plain path, fixed text):
    /// prettyplease lets it run past the margin.
    pub fn unbreakable(&mut self, line: String) {
        self.text.push_str(&line);
        self.text.push('\n');
    }

    /// Doc lines at `indent`, as prettyplease prints them.
    pub fn docs(&mut self, indent: &str, lines: &[String]) {
        for line in lines {
            push_doc_line(&mut self.text, indent, line);
        }
    }

    /// A line holding spec-derived names or values: it fits when it is safely short.
    pub fn var(&mut self, line: String) {
        self.fits &= line.len() <= MARGIN;
        self.text.push_str(&line);
        self.text.push('\n');
    }

    /// The item's text as prettyplease prints it.
    pub fn finish(self, what: &str) -> Result<String> {
        if self.fits {
            Ok(self.text)
        } else {
            reformat_text(what, &self.text)
        }
    }

    /// A piece inside `open` ... `}` (a method in an impl, a statement in a function) as
    /// prettyplease prints it: as printed when it fits, else formatted inside that wrapper.
    pub fn finish_inside(self, what: &str, open: &str) -> Result<String> {
        if self.fits {
            Ok(self.text)
        } else {
            reformat_inside(what, open, &self.text)
        }
    }

    /// The item's text as prettyplease prints it, printed again until it prints the same:
    /// prettyplease may break a line it left whole the first time (an assignment in a match
    /// arm that it moved into a block).
    pub fn finish_settled(self, what: &str) -> Result<String> {
        if self.fits {
            return Ok(self.text);
        }
        let mut text = reformat_text(what, &self.text)?;
        for _ in 0..3 {
            let again = reformat_text(what, &text)?;
            if again == text {
                return Ok(text);
            }
            text = again;
        }
        Err(crate::diag::Error::Emit {
            what: what.to_string(),
            message: format!("prettyplease does not settle on this text:\n{text}"),
        })
    }
}

/// The `cfg` predicate of a gate (`feature = "x"`, `any(...)`), `None` when always compiled.
pub fn cfg_predicate(gate: &Gate) -> Option<TokenStream> {
    match gate {
        Gate::Always => None,
        Gate::Full => {
            let full = crate::analyze::features::FULL;
            Some(quote!(feature = #full))
        }
        Gate::Groups(groups) if groups.len() == 1 => Some(quote!(#(feature = #groups)*)),
        Gate::Groups(groups) => Some(quote!(any(#(feature = #groups),*))),
    }
}

/// [`cfg_predicate`] as prettyplease prints it on one line.
pub fn cfg_predicate_text(gate: &Gate) -> Option<String> {
    let feature = |g: &str| format!("feature = {}", string_literal(g));
    match gate {
        Gate::Always => None,
        Gate::Full => Some(feature(crate::analyze::features::FULL)),
        Gate::Groups(groups) if groups.len() == 1 => groups.iter().next().map(|g| feature(g)),
        Gate::Groups(groups) => Some(format!(
            "any({})",
            groups
                .iter()
                .map(|g| feature(g))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The head of a block, `lead` then `expr` then ` {` (`if let Some(x) = expr {`), at column
/// `indent` as prettyplease prints it: on one line; else with `{` on a line of its own;
/// else with `expr`'s chain broken before that. `None` when none of these fits.
pub fn block_head(lead: &str, expr: &str, indent: usize) -> Option<String> {
    let pad = " ".repeat(indent);
    let head = format!("{lead}{expr}");
    if fits_at(indent, head.len() + 2) {
        return Some(format!("{pad}{head} {{\n"));
    }
    if fits_at(indent, head.len()) {
        return Some(format!("{pad}{head}\n{pad}{{\n"));
    }
    let mut out = broken_chain(lead, expr, indent, "")?;
    out.push_str(&pad);
    out.push_str("{\n");
    Some(out)
}

/// `#[cfg(...)]` for a gate, or with `negated` `#[cfg(not(...))]`, as prettyplease prints
/// it: on one line; else the predicate on a line of its own; else broken down to a feature
/// per line (`#[cfg(` / `not(` / `any(` / features / `)` / `)]`). `None` when always
/// compiled; the flag says whether the layout is known (a single feature too long for its
/// line is left to prettyplease).
pub fn cfg_attr_text(gate: &Gate, negated: bool) -> Option<(String, bool)> {
    let predicate = cfg_predicate_text(gate)?;
    let whole = if negated {
        format!("not({predicate})")
    } else {
        predicate.clone()
    };
    let one = format!("#[cfg({whole})]\n");
    if fits_at(0, one.len() - 1) {
        return Some((one, true));
    }
    if fits_at(4, whole.len()) {
        return Some((format!("#[cfg(\n    {whole}\n)]\n"), true));
    }
    let groups = match gate {
        Gate::Groups(groups) if groups.len() > 1 => groups,
        _ => return Some((one, false)),
    };
    let mut out = String::from("#[cfg(\n");
    let mut indent = 4;
    if negated {
        if fits_at(8, predicate.len()) {
            return Some((
                format!("#[cfg(\n    not(\n        {predicate}\n    )\n)]\n"),
                true,
            ));
        }
        out.push_str("    not(\n");
        indent = 8;
    }
    let pad = " ".repeat(indent);
    out.push_str(&pad);
    out.push_str("any(\n");
    let mut fits = true;
    for (k, g) in groups.iter().enumerate() {
        let feature = format!("feature = {}", string_literal(g));
        let comma = if k + 1 < groups.len() { "," } else { "" };
        fits &= fits_at(indent + 4, feature.len() + comma.len());
        out.push_str(&format!("{pad}    {feature}{comma}\n"));
    }
    out.push_str(&pad);
    out.push_str(")\n");
    if negated {
        out.push_str("    )\n");
    }
    out.push_str(")]\n");
    Some((out, fits))
}

/// `#[cfg(...)]` for a gate, nothing when always compiled.
pub fn cfg(gate: &Gate) -> TokenStream {
    match cfg_predicate(gate) {
        Some(p) => quote!(#[cfg(#p)]),
        None => TokenStream::new(),
    }
}

/// The Rust type a parameter's builder field holds (without the `Option` of optional ones).
pub fn param_type(ty: &TypeRef, plan: &CratePlan) -> TokenStream {
    type_tokens(ty.strip_nullable().0, plan, Site::Crate, false)
}

/// The Rust type a request body is passed as.
pub fn body_type(ty: &TypeRef, kind: MediaKind, plan: &CratePlan) -> TokenStream {
    match kind {
        MediaKind::Text => quote!(String),
        MediaKind::Binary => quote!(rt::Binary),
        _ => type_tokens(ty.strip_nullable().0, plan, Site::Crate, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items of the kinds the emitters print apart: impls, fns, statics, structs with docs, cfgs
    /// and attributes, macro calls, and nested blocks long enough to wrap.
    fn item(i: usize) -> TokenStream {
        let name = ident(&format!("Item{i}"));
        let f = ident(&format!("fill_{i}"));
        let doc = format!(" Item {i}, with a doc line long enough that it stays one line.");
        let feature = format!("group-{}", i % 3);
        match i % 5 {
            0 => quote! {
                #[doc = #doc]
                #[cfg(feature = #feature)]
                #[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
                pub struct #name { pub a: Option<Vec<std::collections::BTreeMap<String, i64>>>, #[serde(rename = "b-b")] pub b: String }
            },
            1 => quote! {
                impl rt::Flatten for #name {
                    fn flatten(&self, rows: &mut rt::Rows) {
                        let root_id = rt::ToCell::to_cell(&self.id);
                        for (index, item) in self.items.iter().enumerate() { rows.push(3, vec![root_id.clone(), rt::Cell::Integer(index as i64), rt::ToCell::to_cell(&item.amount)]); }
                    }
                }
            },
            2 => quote! {
                #[cfg(feature = #feature)]
                pub async fn #f(client: &crate::Client, since: Option<&str>) -> Result<usize, rt::Error> {
                    match since { Some(s) => client.list().created_gte(s).items().count().await, None => Ok(0) }
                }
            },
            3 => quote! { pub static #name: &[&str] = &["a", "b", "c", #doc]; },
            _ => quote! { round_trip! { #[doc = #doc] #f: crate::types::#name = "{\"a\":1}"; } },
        }
    }

    /// `head` and then each item formatted on its own: the emitters print a file's items
    /// apart (on all cores) and join their texts.
    fn one_at_a_time(head: String, count: usize) -> String {
        let mut out = head;
        for i in 0..count {
            out.push_str(&format_file("item", item(i)).unwrap());
        }
        out
    }

    #[test]
    fn items_formatted_apart_join_into_the_whole_file() {
        for count in [0, 1, 15, 16, 17, 40, 203] {
            let head = quote! {
                //! Header doc.
                #![allow(clippy::all)]
                use apitap_runtime::codegen as rt;
                pub static TABLES: &[u8] = &[1, 2, 3];
            };
            let items = (0..count).map(item);
            let whole = format_file("whole", quote!(#head #(#items)*)).unwrap();
            let head = format_file("head", head).unwrap();
            assert_eq!(one_at_a_time(head, count), whole, "{count} items");
        }
    }

    #[test]
    fn string_literals_are_spelled_as_proc_macro2_spells_them() {
        let ascii: String = (0x20u8..=0x7e).map(char::from).collect();
        for s in [
            "",
            "plain",
            "with \"quotes\" and \\ backslashes \\\"",
            "{\"id\":\"a\\u0000b\",\"n\":1.5e-7}",
            "'single' quotes",
            ascii.as_str(),
            "tab\there",
            "nul\u{0}7 and \u{0}x",
            "line\nbreak\r",
            "\u{7f} del, é ✓ and \u{200b}",
        ] {
            assert_eq!(
                string_literal(s),
                proc_macro2::Literal::string(s).to_string(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn items_formatted_apart_with_an_empty_head() {
        let items = (0..50).map(item);
        let whole = format_file("whole", quote!(#(#items)*)).unwrap();
        assert_eq!(one_at_a_time(String::new(), 50), whole);
    }
}
