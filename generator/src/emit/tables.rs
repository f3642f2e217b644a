//! `src/tables.rs` and `schema.sql`: the analytics tables and the typed code that fills them.
//!
//! `TABLES` describes every table (columns, keys, parent); one `rt::Flatten` impl per record
//! type pushes its rows into `rt::Rows`, reading typed fields (no walk over JSON values),
//! with child rows keyed by the root record's id and the item's index.

use super::access::field_access;
use super::rust::{format_chunked, format_file, ident, type_tokens, Site};
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
/// The columns of a table compiled only with some operation groups (`gates`, the `cfg`
/// predicate of its record type's module) are a static of their own under that `cfg`, and
/// an empty one otherwise: most of the static's text is columns, and type-checking them
/// for every table of the API cost a one-group build about a second on Stripe. Positions in
/// `TABLES` stay the same whatever the features; the runtime neither creates nor writes a
/// table whose columns are not compiled.
fn tables_static_text(tables: &[Table], gates: &[Option<String>], doc: &str) -> Result<String> {
    use super::rust::{push_doc_line, reformat_text, string_literal as lit, MARGIN};
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
        match gates.get(i).cloned().flatten() {
            Some(predicate) => {
                let _ = writeln!(out, "        columns: COLUMNS_{i},");
                let mut text =
                    format!("#[cfg({predicate})]\nstatic COLUMNS_{i}: &[rt::ColumnSpec] = &[\n");
                let mut fits = columns_text(&mut text, "    ", &columns);
                let _ = write!(
                    text,
                    "];\n#[cfg(not({predicate}))]\nstatic COLUMNS_{i}: &[rt::ColumnSpec] = &[];\n"
                );
                // A long `cfg` breaks in prettyplease's way, which is not modelled here.
                fits &= text
                    .lines()
                    .all(|l| l.len() <= MARGIN || !l.starts_with("#["));
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

/// Per table, the `cfg` predicate its columns are compiled under: its record type's module's
/// (`None`: always).
fn column_gates(plan: &CratePlan) -> Vec<Option<String>> {
    let mut gates = vec![None; plan.tables.tables.len()];
    for r in &plan.tables.records {
        let gate =
            super::rust::cfg_predicate_text(plan.features.type_gate(plan.ty(r.record).module));
        for t in &r.tables {
            gates[*t] = gate.clone();
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
            match field_access(plan, &v.ty, &["id".to_string()], quote!(x)) {
                Some(a) => {
                    let e = a.expr;
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

/// The cells of one row of `t`, read from `row` (the record or the array item).
fn cells(plan: &CratePlan, t: &Table, row: TokenStream) -> Vec<TokenStream> {
    t.columns
        .iter()
        .map(|c| {
            // Filled by the sync driver: a child stream's parent key, fields beyond the spec.
            if matches!(c.read, Read::Loader | Read::Extra | Read::RunId) {
                return quote!(rt::Cell::Null);
            }
            // Flattening plans only columns typed access reaches (a test holds it on every
            // spec: `tests/columns_reachable.rs`); were one not, its cell would be NULL.
            let Some(a) = field_access(plan, &t.row_type, &c.path, row.clone()) else {
                return quote!(rt::Cell::Null);
            };
            let (e, r) = (a.expr.clone(), a.by_ref());
            match (&c.read, a.optional) {
                (Read::Scalar, _) => quote!(rt::ToCell::to_cell(&#e)),
                (Read::Enum, false) => quote!(rt::Cell::Text(#e.as_str().to_owned())),
                (Read::Enum, true) => quote!(rt::ToCell::to_cell(&#e.map(|v| v.as_str()))),
                (Read::UnixTime, optional) => {
                    let wide = plan.type_at(&t.row_type, &c.path).is_some_and(|ty| {
                        matches!(plan.resolve(ty), TypeRef::Integer(crate::ir::IntKind::I64))
                    });
                    let v = if optional { quote!(*v) } else { quote!(#e) };
                    let secs = if wide { v } else { quote!(i64::from(#v)) };
                    if optional {
                        quote!(#e.map_or(rt::Cell::Null, |v| rt::Cell::UnixTime(#secs)))
                    } else {
                        quote!(rt::Cell::UnixTime(#secs))
                    }
                }
                (Read::ScalarUnion(id) | Read::UnionId(id), optional) => {
                    let arms = union_arms(plan, *id, matches!(c.read, Read::UnionId(_)));
                    match (optional, a.boxed) {
                        (true, false) => quote!(#e.map_or(rt::Cell::Null, |v| match v { #arms })),
                        (true, true) => quote!(#e.map_or(rt::Cell::Null, |v| match &**v { #arms })),
                        (false, false) => quote!(match #r { #arms }),
                        (false, true) => quote!(match &*#e { #arms }),
                    }
                }
                (Read::Json, _) => quote!(rt::json_cell(&#e)),
                (Read::Loader | Read::Extra | Read::RunId, _) => quote!(rt::Cell::Null),
            }
        })
        .collect()
}

/// Rows of table `index` and, recursively, its children, for one value `row`.
fn push_rows(
    plan: &CratePlan,
    tables: &[Table],
    index: usize,
    row: TokenStream,
    indices: &[TokenStream],
) -> TokenStream {
    let t = &tables[index];
    let mut key_cells = Vec::new();
    if t.parent.is_some() {
        key_cells.push(quote!(root_id.clone()));
        key_cells.extend(indices.iter().map(|i| quote!(rt::Cell::Int(#i as i64))));
    }
    let data = cells(plan, t, row.clone());
    let children = tables.iter().enumerate().filter(|(_, c)| c.parent == Some(index)).map(|(ci, c)| {
        let Some(a) = field_access(plan, &t.row_type, &c.rel_path, row.clone()) else { return quote!() };
        let list = a.expr;
        let depth = indices.len() + 1;
        let idx = ident(&format!("index{depth}"));
        let item = ident(&format!("item{depth}"));
        let mut next = indices.to_vec();
        next.push(quote!(#idx));
        let body = push_rows(plan, tables, ci, quote!(#item), &next);
        if a.optional {
            quote!(if let Some(list) = #list { for (#idx, #item) in list.iter().enumerate() { #body } })
        } else {
            quote!(for (#idx, #item) in #list.iter().enumerate() { #body })
        }
    });
    quote! {
        rows.push(#index, Vec::from([#(#key_cells,)* #(#data,)*]));
        #(#children)*
    }
}

pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let plans = plan.tables;
    let mut files = BTreeMap::new();
    let impl_of = |k: usize| {
        let r = &plans.records[k];
        let ty = type_tokens(&TypeRef::Named(r.record), plan, Site::Crate, false);
        let cfg = super::rust::cfg(plan.features.type_gate(plan.ty(r.record).module));
        let root = r.tables[0];
        let root_id = match field_access(
            plan,
            &plans.tables[root].row_type,
            std::slice::from_ref(&r.key),
            quote!(self),
        ) {
            Some(a) => {
                let e = a.expr;
                quote!(rt::ToCell::to_cell(&#e))
            }
            None => quote!(rt::Cell::Null),
        };
        let body = push_rows(plan, &plans.tables, root, quote!(self), &[]);
        let root_binding = if r.tables.len() > 1 {
            quote!(let root_id = #root_id;)
        } else {
            quote!()
        };
        quote! {
            #cfg
            impl rt::Flatten for #ty {
                fn flatten(&self, rows: &mut rt::Rows) {
                    #root_binding
                    #body
                }
            }
        }
    };
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
    files.insert(
        "src/tables.rs".into(),
        format_chunked("src/tables.rs", head, plans.records.len(), impl_of)?,
    );
    let mut sql = String::from("-- Analytics tables, generated by apitap. The sinks create them on first load.\n\n-- PostgreSQL\n");
    sql.push_str(&ddl(&plans.tables, true));
    sql.push_str("\n-- SQLite\n");
    sql.push_str(&ddl(&plans.tables, false));
    files.insert("schema.sql".into(), sql);
    Ok(files)
}
