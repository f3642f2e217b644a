//! `src/tables.rs` and `schema.sql`: the analytics tables and the typed code that fills them.
//!
//! `TABLES` describes every table (columns, keys, parent); one `rt::Flatten` impl per record
//! type pushes its rows into `rt::Rows`, reading typed fields (no walk over JSON values),
//! with child rows keyed by the root record's id and the item's index.

use super::access::field_access;
use super::rust::{
    block_head, broken_chain, fits_at, format_file, ident, reformat_at, reformat_text,
    render_parallel, type_tokens, Site, TextItem, MARGIN,
};
use crate::analyze::features::Gate;
use crate::analyze::flatten::{ddl, key_type, Read, SqlType, Table};
use crate::diag::Result;
use crate::ir::{TypeId, TypeKind, TypeRef};
use crate::plan::CratePlan;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

fn sql_type_name(t: SqlType) -> &'static str {
    match t {
        SqlType::Integer => "Integer",
        SqlType::Float => "Float",
        SqlType::Boolean => "Boolean",
        SqlType::Text => "Text",
        SqlType::Timestamp => "Timestamp",
        SqlType::Json => "Json",
    }
}

/// One column of a table's spec, as `rt::ColumnSpec` fields.
struct ColumnView {
    name: String,
    ty: SqlType,
    nullable: bool,
    /// The `rt::ColumnSource` expression.
    source: String,
    /// For a field's column: the path's elements as string literals.
    path: Option<Vec<String>>,
}

/// The columns of a table's spec: the key columns it adds (`_root_id`, `_index`...), then its
/// data columns.
fn column_specs(tables: &[Table], t: &Table) -> Vec<ColumnView> {
    use super::rust::string_literal as lit;
    let keys = t
        .primary_key
        .iter()
        .filter(|k| k.starts_with('_'))
        .map(|k| ColumnView {
            name: k.clone(),
            ty: key_type(tables, t, k),
            nullable: false,
            source: "rt::ColumnSource::Key".into(),
            path: None,
        });
    let cols = t.columns.iter().map(|c| {
        let nullable = c.nullable && !t.primary_key.contains(&c.name);
        let (source, path) = match c.read {
            Read::Loader => ("rt::ColumnSource::Loader".to_string(), None),
            Read::Extra => ("rt::ColumnSource::Extra".to_string(), None),
            Read::RunId => ("rt::ColumnSource::RunId".to_string(), None),
            _ => {
                let path: Vec<String> = c.path.iter().map(|p| lit(p)).collect();
                (
                    format!("rt::ColumnSource::Field(&[{}])", path.join(", ")),
                    Some(path),
                )
            }
        };
        ColumnView {
            name: c.name.clone(),
            ty: c.sql_type,
            nullable,
            source,
            path,
        }
    });
    keys.chain(cols).collect()
}

/// `source: ...,` of a column at indent `ind`, as prettyplease breaks it: on one line, else the call's
/// argument on its own line, else one path element per line. `false` (with the line written
/// unbroken) where even that is too long: the static then goes through prettyplease.
fn source_lines(out: &mut String, ind: &str, source: &str, path: Option<&[String]>) -> bool {
    use super::rust::MARGIN;
    // prettyplease lets a field's trailing comma overflow the margin.
    let one = format!("{ind}source: {source},\n");
    if one.len() - 2 <= MARGIN {
        out.push_str(&one);
        return true;
    }
    let mut broken = String::new();
    let fits = (|| {
        let (call, rest) = source.split_once('(')?;
        let arg = rest.strip_suffix(')')?;
        let middle = format!("{ind}    {arg},");
        broken.push_str(&format!("{ind}source: {call}(\n"));
        if middle.len() - 1 <= MARGIN {
            broken.push_str(&middle);
            broken.push('\n');
        } else {
            broken.push_str(&format!("{ind}    &[\n"));
            for item in path? {
                let line = format!("{ind}        {item},");
                if line.len() - 1 > MARGIN {
                    return None;
                }
                broken.push_str(&line);
                broken.push('\n');
            }
            broken.push_str(&format!("{ind}    ],\n"));
        }
        broken.push_str(&format!("{ind}),\n"));
        Some(())
    })()
    .is_some();
    out.push_str(if fits { &broken } else { &one });
    fits
}

/// `rt::WriteMode::...` of a table.
fn write_mode(t: &Table) -> String {
    format!("rt::WriteMode::{}", t.write.variant())
}

/// `rt::ColumnSpec` items, each at `ind` (its fields four columns further in), as
/// prettyplease prints them; `false` where a line is not modelled (see [`source_lines`]).
fn columns_text(out: &mut String, ind: &str, columns: &[ColumnView]) -> bool {
    use super::rust::string_literal as lit;
    use std::fmt::Write;
    let mut fits = !columns.is_empty();
    for c in columns {
        let _ = writeln!(out, "{ind}rt::ColumnSpec {{");
        let _ = writeln!(out, "{ind}    name: {},", lit(&c.name));
        let _ = writeln!(
            out,
            "{ind}    sql_type: rt::SqlType::{},",
            sql_type_name(c.ty)
        );
        let _ = writeln!(out, "{ind}    nullable: {},", c.nullable);
        fits &= source_lines(out, &format!("{ind}    "), &c.source, c.path.as_deref());
        let _ = writeln!(out, "{ind}}},");
    }
    fits
}

/// The `TABLES` static as prettyplease prints it. Lines whose breaks this printer does not
/// model (a long list, an empty table) are written unbroken, and then the whole static goes
/// through prettyplease as text.
///
/// It is one item holding every table and column, so formatting it through tokens was a
/// serial stretch of tens of milliseconds on large specs.
///
/// The columns of a table compiled only with some operation groups (`gates`, its record
/// type's module's gate) are a static of their own under that `cfg`, and
/// an empty one otherwise: most of the static's text is columns, and type-checking them
/// for every table of the API cost a one-group build about a second on Stripe. Positions in
/// `TABLES` stay the same whatever the features; the runtime neither creates nor writes a
/// table whose columns are not compiled.
fn tables_static_text(tables: &[Table], gates: &[&Gate], doc: &str) -> Result<String> {
    use super::rust::{cfg_attr_text, push_doc_line, string_literal as lit};
    use std::fmt::Write;
    let list = |items: &[String]| {
        let items: Vec<String> = items.iter().map(|s| lit(s)).collect();
        format!("&[{}]", items.join(", "))
    };
    let mut out = String::new();
    push_doc_line(&mut out, "", doc);
    out.push_str("pub static TABLES: &[rt::TableSpec] = &[\n");
    // An empty list prints as `&[]`: left to prettyplease.
    let mut fits = !tables.is_empty();
    let mut line = |out: &mut String, text: String| {
        fits &= text.len() <= MARGIN;
        out.push_str(&text);
        out.push('\n');
    };
    // A field holding a list of strings: on one line, or where even the line without its
    // comma is too long, one item per line (a path deep into a record).
    let list_field = |out: &mut String, fits: &mut bool, field: &str, items: &[String]| {
        let one = format!("        {field}: {},", list(items));
        if one.len() <= MARGIN + 1 || items.is_empty() {
            *fits &= one.len() <= MARGIN;
            out.push_str(&one);
            out.push('\n');
            return;
        }
        let _ = writeln!(out, "        {field}: &[");
        for item in items {
            let item = format!("            {},", lit(item));
            *fits &= item.len() <= MARGIN;
            out.push_str(&item);
            out.push('\n');
        }
        out.push_str("        ],\n");
    };
    let mut sources_fit = true;
    // The gated columns' statics, printed after `TABLES`.
    let mut gated = String::new();
    for (i, t) in tables.iter().enumerate() {
        let columns = column_specs(tables, t);
        // `name: "..."` has nowhere to break: prettyplease lets a long one overflow.
        out.push_str("    rt::TableSpec {\n");
        let _ = writeln!(out, "        name: {},", lit(&t.name));
        match gates
            .get(i)
            .copied()
            .and_then(|g| Some((cfg_attr_text(g, false)?, cfg_attr_text(g, true)?)))
        {
            Some(((cfg, cfg_fits), (not_cfg, not_fits))) => {
                let _ = writeln!(out, "        columns: COLUMNS_{i},");
                let mut text = format!("{cfg}static COLUMNS_{i}: &[rt::ColumnSpec] = &[\n");
                let fits = columns_text(&mut text, "    ", &columns) && cfg_fits && not_fits;
                let _ = write!(
                    text,
                    "];\n{not_cfg}static COLUMNS_{i}: &[rt::ColumnSpec] = &[];\n"
                );
                if fits {
                    gated.push_str(&text);
                } else {
                    gated.push_str(&reformat_text("TABLES", &text)?);
                }
            }
            None => {
                out.push_str("        columns: &[\n");
                sources_fit &= columns_text(&mut out, "            ", &columns);
                out.push_str("        ],\n");
            }
        }
        let mut fits_here = true;
        list_field(&mut out, &mut fits_here, "primary_key", &t.primary_key);
        match t.parent {
            Some(p) => line(
                &mut out,
                format!("        parent: Some({}),", lit(&tables[p].name)),
            ),
            None => out.push_str("        parent: None,\n"),
        }
        list_field(&mut out, &mut fits_here, "parent_key", &t.parent_key);
        list_field(&mut out, &mut fits_here, "path", &t.rel_path);
        sources_fit &= fits_here;
        let _ = writeln!(out, "        write: {},", write_mode(t));
        out.push_str("    },\n");
    }
    out.push_str("];\n");
    let mut out = if fits && sources_fit {
        out
    } else {
        reformat_text("TABLES", &out)?
    };
    out.push_str(&gated);
    Ok(out)
}

/// The `TABLES` static of the crate (for the test of the printer).
#[cfg(test)]
pub fn static_text(plan: &CratePlan) -> Result<String> {
    let tables = &plan.tables.tables;
    tables_static_text(tables, &column_gates(plan), &tables_doc(tables))
}

/// A `Flatten` impl for the test of the printer: as generated, the same impl on unbroken
/// lines formatted by prettyplease (the two must be the same), and whether it was printed
/// directly (not handed to prettyplease whole).
#[cfg(test)]
pub struct FlattenImpl {
    pub name: String,
    pub generated: String,
    pub reference: String,
    pub direct: bool,
}

/// Every `Flatten` impl of the crate (see [`FlattenImpl`]).
#[cfg(test)]
pub fn flatten_impls(plan: &CratePlan) -> Result<Vec<FlattenImpl>> {
    (0..plan.tables.records.len())
        .map(|k| {
            Ok(FlattenImpl {
                name: format!("flatten {k}"),
                generated: flatten_impl(plan, k)?,
                reference: reformat_text(
                    "src/tables.rs",
                    &flatten_text(plan, k, Layout::Raw)?.text,
                )?,
                direct: flatten_text(plan, k, Layout::Printed)?.fits,
            })
        })
        .collect()
}

/// Per table, the gate its columns are compiled under: its record type's module's.
fn column_gates<'a>(plan: &CratePlan<'a>) -> Vec<&'a Gate> {
    let mut gates = vec![&Gate::Always; plan.tables.tables.len()];
    for r in &plan.tables.records {
        let gate = plan.features.type_gate(plan.ty(r.record).module);
        for t in &r.tables {
            gates[*t] = gate;
        }
    }
    gates
}

fn tables_doc(tables: &[Table]) -> String {
    format!(
        " The {} analytics tables of this crate, indexed as `rt::Rows` expects.",
        tables.len()
    )
}

/// Arms turning a union's branches into a cell.
fn union_arms(plan: &CratePlan, id: TypeId, id_of: bool) -> TokenStream {
    let TypeKind::Union {
        variants,
        discriminator,
        ..
    } = &plan.ty(id).def.kind
    else {
        return quote!(_ => rt::Cell::Null,);
    };
    let name = type_tokens(&TypeRef::Named(id), plan, Site::Crate, false);
    let arms = variants.iter().enumerate().map(|(i, v)| {
        let var = ident(&plan.ty(id).members[i]);
        if !id_of || matches!(plan.resolve(&v.ty), TypeRef::String) {
            quote!(#name::#var(x) => rt::Cell::Text(x.to_string()),)
        } else {
            match field_access(plan, &v.ty, &["id".to_string()], "x") {
                Some(a) => {
                    let e = a.expr_tokens();
                    quote!(#name::#var(x) => rt::ToCell::to_cell(&#e),)
                }
                None => quote!(#name::#var(x) => rt::json_cell(x),),
            }
        }
    });
    let unknown = if discriminator.is_some() {
        quote!(#name::Unknown(x) => rt::ToCell::to_cell(&x["id"]),)
    } else {
        quote!()
    };
    quote!(#(#arms)* #unknown)
}

/// A cell's expression as printed. prettyplease breaks a call of one argument that does not
/// fit around that argument (`rt::ToCell::to_cell(` / `&self.a,` / `)`); any other
/// expression too long for its line, and a `match` at any length, go to prettyplease.
struct CellText {
    text: String,
    /// Where the argument of a call of one argument starts (after its `(`).
    arg_at: Option<usize>,
    /// Printed as prettyplease prints it when it fits on its line.
    modelled: bool,
}

impl CellText {
    fn call(callee: &str, arg: &str) -> CellText {
        CellText {
            text: format!("{callee}({arg})"),
            arg_at: Some(callee.len() + 1),
            modelled: true,
        }
    }

    fn whole(text: &str) -> CellText {
        CellText {
            text: text.to_string(),
            arg_at: None,
            modelled: true,
        }
    }

    /// Tokens whose layout is not modelled (a `match` over a union's branches).
    fn tokens(tokens: TokenStream) -> CellText {
        CellText {
            text: tokens.to_string(),
            arg_at: None,
            modelled: false,
        }
    }
}

/// The cells of one row of `t`, read from `row` (the record or the array item).
fn cells(plan: &CratePlan, t: &Table, row: &str) -> Vec<CellText> {
    const NULL: &str = "rt::Cell::Null";
    t.columns
        .iter()
        .map(|c| {
            // Filled by the sync driver: a child stream's parent key, fields beyond the spec.
            if matches!(c.read, Read::Loader | Read::Extra | Read::RunId) {
                return CellText::whole(NULL);
            }
            // Flattening plans only columns typed access reaches (a test holds it on every
            // spec: `tests/columns_reachable.rs`); were one not, its cell would be NULL.
            let Some(a) = field_access(plan, &t.row_type, &c.path, row) else {
                return CellText::whole(NULL);
            };
            let e = &a.expr;
            match (&c.read, a.optional) {
                (Read::Scalar, _) => CellText::call("rt::ToCell::to_cell", &format!("&{e}")),
                (Read::Enum, false) => {
                    CellText::call("rt::Cell::Text", &format!("{e}.as_str().to_owned()"))
                }
                (Read::Enum, true) => {
                    CellText::call("rt::ToCell::to_cell", &format!("&{e}.map(|v| v.as_str())"))
                }
                (Read::UnixTime, optional) => {
                    let wide = plan.type_at(&t.row_type, &c.path).is_some_and(|ty| {
                        matches!(plan.resolve(ty), TypeRef::Integer(crate::ir::IntKind::I64))
                    });
                    let v = if optional { "*v" } else { e.as_str() };
                    let secs = if wide {
                        v.to_string()
                    } else {
                        format!("i64::from({v})")
                    };
                    if optional {
                        CellText::whole(&format!(
                            "{e}.map_or(rt::Cell::Null, |v| rt::Cell::UnixTime({secs}))"
                        ))
                    } else {
                        CellText::call("rt::Cell::UnixTime", &secs)
                    }
                }
                (Read::ScalarUnion(id) | Read::UnionId(id), optional) => {
                    let arms = union_arms(plan, *id, matches!(c.read, Read::UnionId(_)));
                    let e = a.expr_tokens();
                    let r = a.by_ref_tokens();
                    CellText::tokens(match (optional, a.boxed) {
                        (true, false) => quote!(#e.map_or(rt::Cell::Null, |v| match v { #arms })),
                        (true, true) => quote!(#e.map_or(rt::Cell::Null, |v| match &**v { #arms })),
                        (false, false) => quote!(match #r { #arms }),
                        (false, true) => quote!(match &*#e { #arms }),
                    })
                }
                (Read::Json, _) => CellText::call("rt::json_cell", &format!("&{e}")),
                (Read::Loader | Read::Extra | Read::RunId, _) => CellText::whole(NULL),
            }
        })
        .collect()
}

/// `rows.push(index, Vec::from([cells]));` at `indent` columns, as prettyplease prints it:
/// on one line; else each argument on its own line, the cells on the second one's; else each
/// cell on its own, broken around its argument, then its argument's chain, where it needs to
/// be (rules checked against prettyplease one length at a time). A cell these rules do not
/// cover (a `match`, a closure too long for its line) is formatted alone: see
/// [`cell_alone`].
fn push_text(
    out: &mut String,
    layout: Layout,
    (indent, index): (usize, usize),
    cells: &[CellText],
) -> Result<()> {
    use std::fmt::Write;
    let pad = " ".repeat(indent);
    let list: Vec<&str> = cells.iter().map(|c| c.text.as_str()).collect();
    let vec = format!("Vec::from([{}])", list.join(", "));
    let one = format!("{pad}rows.push({index}usize, {vec});\n");
    if layout == Layout::Raw {
        out.push_str(&one);
        return Ok(());
    }
    // A `match` is always broken over lines, and so is every list around it (its arms could
    // never fit one line here anyway: each names its type's whole path).
    let whole_fits = cells.iter().all(|c| c.modelled);
    if whole_fits && fits_at(indent, one.len() - indent - 1) {
        out.push_str(&one);
        return Ok(());
    }
    let mut text = String::new();
    let _ = writeln!(text, "{pad}rows.push(\n{pad}    {index}usize,");
    if whole_fits && fits_at(indent + 4, vec.len()) {
        let _ = writeln!(text, "{pad}    {vec},");
    } else {
        let _ = writeln!(text, "{pad}    Vec::from([");
        let at = indent + 8;
        for (k, c) in cells.iter().enumerate() {
            // A comma after the last cell is not counted.
            let comma = usize::from(k + 1 < cells.len());
            if c.modelled && fits_at(at, c.text.len() + comma) {
                let _ = writeln!(text, "{pad}        {},", c.text);
                continue;
            }
            let Some(split) = c.arg_at.filter(|_| c.modelled) else {
                text.push_str(&cell_alone(indent, &c.text, comma == 0)?);
                continue;
            };
            let (callee, arg) = (&c.text[..split - 1], &c.text[split..c.text.len() - 1]);
            let arg = if fits_at(at + 4, arg.len()) {
                format!("{pad}            {arg},\n")
            } else if let Some(chain) = broken_chain("", arg, at + 4, ",") {
                chain
            } else {
                text.push_str(&cell_alone(indent, &c.text, comma == 0)?);
                continue;
            };
            let _ = write!(text, "{pad}        {callee}(\n{arg}{pad}        ),\n");
        }
        let _ = writeln!(text, "{pad}    ]),");
    }
    let _ = writeln!(text, "{pad});");
    out.push_str(&text);
    Ok(())
}

/// A cell these rules do not cover (a `match`, a closure too long for its line), as
/// prettyplease prints it in the broken list of a `rows.push` at `indent`: formatted in such
/// a list of its own, beside a cell too long for any line (so the list breaks), after it when
/// `last` (a last cell's comma does not count). Only the cell is formatted, not its row.
fn cell_alone(indent: usize, cell: &str, last: bool) -> Result<String> {
    let filler = format!("rt::Cell::{}", "N".repeat(MARGIN));
    let list = if last {
        format!("{filler}, {cell}")
    } else {
        format!("{cell}, {filler}")
    };
    let text = reformat_at(
        "src/tables.rs",
        indent,
        &format!("rows.push(0usize, Vec::from([{list}]));\n"),
    )?;
    // `rows.push(`, `0usize,`, `Vec::from([`, the two cells, `]),`, `);`.
    let lines: Vec<&str> = text.lines().collect();
    let filler_line = format!("{}{filler},", " ".repeat(indent + 8));
    let mut out = String::new();
    for line in &lines[3..lines.len().saturating_sub(2)] {
        if *line != filler_line {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Rows of table `index` and, recursively, its children, for one value `row` (the item of
/// loop `depth`), as statements at `indent` columns.
fn push_rows(
    plan: &CratePlan,
    tables: &[Table],
    (index, row): (usize, &str),
    (depth, indent): (usize, usize),
    layout: Layout,
    item: &mut TextItem,
) -> Result<()> {
    let t = &tables[index];
    let mut cells = Vec::new();
    if t.parent.is_some() {
        cells.push(CellText::whole("root_id.clone()"));
        cells.extend(
            (1..=depth).map(|d| CellText::call("rt::Cell::Int", &format!("index{d} as i64"))),
        );
    }
    cells.extend(self::cells(plan, t, row));
    push_text(&mut item.text, layout, (indent, index), &cells)?;
    let pad = " ".repeat(indent);
    for (ci, c) in tables.iter().enumerate() {
        if c.parent != Some(index) {
            continue;
        }
        let Some(a) = field_access(plan, &t.row_type, &c.rel_path, row) else {
            continue;
        };
        let d = depth + 1;
        let each = format!("item{d}");
        let each_of = format!("for (index{d}, {each}) in ");
        if a.optional {
            block(item, layout, ("if let Some(list) = ", &a.expr), indent);
            block(
                item,
                layout,
                (&each_of, "list.iter().enumerate()"),
                indent + 4,
            );
            push_rows(plan, tables, (ci, &each), (d, indent + 8), layout, item)?;
            item.unbreakable(format!("{pad}    }}\n{pad}}}"));
        } else {
            let list = format!("{}.iter().enumerate()", a.expr);
            block(item, layout, (&each_of, &list), indent);
            push_rows(plan, tables, (ci, &each), (d, indent + 4), layout, item)?;
            item.unbreakable(format!("{pad}}}"));
        }
    }
    Ok(())
}

/// The head of a block (see [`block_head`]); one whose layout is not known goes to
/// prettyplease.
fn block(item: &mut TextItem, layout: Layout, (lead, expr): (&str, &str), indent: usize) {
    let head = match layout {
        Layout::Printed => block_head(lead, expr, indent),
        Layout::Raw => None,
    };
    match head {
        Some(head) => item.text.push_str(&head),
        None => {
            item.fits &= layout == Layout::Raw;
            item.text
                .push_str(&format!("{}{lead}{expr} {{\n", " ".repeat(indent)));
        }
    }
}

/// How a `Flatten` impl is printed: as prettyplease prints it, or (the reference for the
/// printer's test) with every statement on one line, as prettyplease would be given it.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    Printed,
    Raw,
}

/// `impl rt::Flatten` for record `k`, as prettyplease prints it.
fn flatten_impl(plan: &CratePlan, k: usize) -> Result<String> {
    let item = flatten_text(plan, k, Layout::Printed)?;
    if item.fits {
        Ok(item.text)
    } else {
        // Reformatting text prettyplease printed in part would not always give its output
        // (it does not print all of its own output the same again): it gets the unbroken
        // impl, as before the impls were printed as text.
        reformat_text("src/tables.rs", &flatten_text(plan, k, Layout::Raw)?.text)
    }
}

/// `impl rt::Flatten` for record `k` in `layout`, and whether it is printed as prettyplease
/// prints it.
fn flatten_text(plan: &CratePlan, k: usize, layout: Layout) -> Result<TextItem> {
    let plans = plan.tables;
    let r = &plans.records[k];
    let mut item = TextItem::new();
    let gate = plan.features.type_gate(plan.ty(r.record).module);
    match layout {
        Layout::Printed => {
            if let Some((cfg, fits)) = super::rust::cfg_attr_text(gate, false) {
                item.fits &= fits;
                item.text.push_str(&cfg);
            }
        }
        Layout::Raw => {
            if let Some(predicate) = super::rust::cfg_predicate_text(gate) {
                item.unbreakable(format!("#[cfg({predicate})]"));
            }
        }
    }
    let ty = super::rust::crate_type_text(&TypeRef::Named(r.record), plan);
    let head = format!("impl rt::Flatten for {ty} {{");
    if fits_at(0, head.len()) || layout == Layout::Raw {
        item.unbreakable(head);
    } else {
        // Broken before `for`, and the path left whole.
        item.unbreakable("impl rt::Flatten".into());
        item.var(format!("for {ty} {{"));
    }
    item.unbreakable("    fn flatten(&self, rows: &mut rt::Rows) {".into());
    let root = r.tables[0];
    if r.tables.len() > 1 {
        let key = std::slice::from_ref(&r.key);
        let root_id = match field_access(plan, &plans.tables[root].row_type, key, "self") {
            Some(a) => format!("rt::ToCell::to_cell(&{})", a.expr),
            None => "rt::Cell::Null".to_string(),
        };
        item.var(format!("        let root_id = {root_id};"));
    }
    push_rows(
        plan,
        &plans.tables,
        (root, "self"),
        (0, 8),
        layout,
        &mut item,
    )?;
    item.unbreakable("    }\n}".into());
    Ok(item)
}

pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let plans = plan.tables;
    let mut files = BTreeMap::new();
    let doc = tables_doc(&plans.tables);
    let mut head = format_file(
        "src/tables.rs",
        quote! {
            //! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
            use apitap_runtime::codegen as rt;
        },
    )?;
    head.push_str(&tables_static_text(
        &plans.tables,
        &column_gates(plan),
        &doc,
    )?);
    files.insert("src/tables.rs".into(), {
        let records: Vec<usize> = (0..plans.records.len()).collect();
        for text in render_parallel(&records, |k| flatten_impl(plan, *k))? {
            head.push_str(&text);
        }
        head
    });
    let mut sql = String::from("-- Analytics tables, generated by apitap. The sinks create them on first load.\n\n-- PostgreSQL\n");
    sql.push_str(&ddl(&plans.tables, true));
    sql.push_str("\n-- SQLite\n");
    sql.push_str(&ddl(&plans.tables, false));
    files.insert("schema.sql".into(), sql);
    Ok(files)
}
