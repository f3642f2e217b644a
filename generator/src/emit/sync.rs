//! `src/sync.rs` and `src/bin/<crate>.rs` (feature `cli`): the `sync` command.
//!
//! `sync <operation> --to DEST` reads every page of a list operation as JSON, decodes each
//! record on its own (a bad record is rejected, not the page), flattens it into the
//! crate's tables and loads it through the runtime's sinks, keeping incremental state.

use super::operations::param_type;
use super::rust::{format_file, ident, type_tokens, Site};
use crate::analyze::Analysis;
use crate::diag::Result;
use crate::ir::{Api, ParamLocation, TypeKind, TypeRef};
use quote::quote;
use std::collections::BTreeMap;

/// Fields whose largest value marks how far a sync got, in order of preference.
const STATE_FIELDS: &[&str] = &[
    "updated",
    "updated_at",
    "modified_at",
    "last_modified",
    "created",
    "created_at",
];
/// Query parameters that ask for records changed since a value.
const SINCE_PARAMS: &[&str] = &[
    "since",
    "updatedsince",
    "updatedafter",
    "modifiedsince",
    "modifiedafter",
    "createdafter",
    "updatedat",
    "changedsince",
];

/// The record type `sync` loads for operation `index`: the item of a paginated list whose
/// records have tables.
pub(super) fn synced_item<'a>(api: &'a Api, an: &Analysis, index: usize) -> Option<&'a TypeRef> {
    let plan = an.pagination[index].plan.as_ref()?;
    let resp = api.operations[index].success()?.ty.as_ref()?;
    let TypeRef::Array(item) = api.types.resolve(crate::analyze::pagination::type_at(
        &api.types,
        resp,
        &plan.records,
    )?) else {
        return None;
    };
    // Arrays of nullable records (`[Thing | null]`) are not loaded: a null has no row.
    if item.strip_nullable().1 {
        return None;
    }
    let (item_id, _) = api.types.struct_of(item)?;
    an.tables
        .records
        .iter()
        .any(|r| r.record == item_id)
        .then_some(item.as_ref())
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

pub fn emit(api: &Api, an: &Analysis) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let crate_ident = ident(&an.crate_name);
    let mut names = Vec::new();
    let mut arms = Vec::new();
    let mut needs_params = false;
    let mut uses_value = false;
    for (i, op) in api.operations.iter().enumerate() {
        let Some(plan) = &an.pagination[i].plan else {
            continue;
        };
        let Some(item) = synced_item(api, an, i) else {
            continue;
        };
        let Some((item_id, fields)) = api.types.struct_of(item) else {
            continue;
        };
        let names_i = &an.ops[i];
        let stream = names_i.method.clone();
        let method = ident(&names_i.method);
        let error = ident(&names_i.error);
        let item_ty = type_tokens(item, an, Site::Crate, false);
        // Required parameters come from --param.
        let mut args = Vec::new();
        let mut setters = Vec::new();
        let mut has_optional = false;
        for (pi, p) in op.params.iter().enumerate() {
            let name = &p.name;
            let t = param_type(&p.ty, an);
            let f = ident(&names_i.params[pi]);
            uses_value = true;
            if p.required {
                needs_params = true;
                args.push(quote!(value::<#t>(#name, required(&params, #name)?)?));
                setters.push(quote!(#name => {}));
            } else {
                has_optional = true;
                setters.push(quote!(#name => builder = builder.#f(value::<#t>(#name, raw)?),));
            }
        }
        if op.body.as_ref().is_some_and(|b| b.required) {
            // A required body (POST search) comes from --param body={json}.
            let t = super::operations::body_type(
                &op.body
                    .as_ref()
                    .map(|b| b.ty.clone())
                    .unwrap_or(TypeRef::Any),
                op.body
                    .as_ref()
                    .map_or(crate::ir::MediaKind::Json, |b| b.kind),
                an,
            );
            needs_params = true;
            uses_value = true;
            args.push(quote!(value::<#t>("body", required(&params, "body")?)?));
            setters.push(quote!("body" => {}));
        }
        // A field every record has beats a nullable one (a null state would never advance).
        let candidate = |must_have: bool| {
            STATE_FIELDS.iter().find_map(|s| {
                fields.iter().position(|f| {
                    f.name == *s
                        && api.types.resolve(&f.ty).is_scalar()
                        && (!must_have || (f.required && !f.ty.strip_nullable().1))
                })
            })
        };
        let state_field = candidate(true).or_else(|| candidate(false));
        let state_of = match state_field {
            Some(fi) => {
                let f = ident(&an.types[item_id.0].members[fi]);
                quote!(|record: &#item_ty| rt::ToCursor::to_cursor(&record.#f))
            }
            None => quote!(|_: &#item_ty| None),
        };
        // A filter parameter for incremental loads, else records are filtered here.
        let since_param = op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Query && !p.required)
            .find_map(|p| {
                if SINCE_PARAMS.contains(&norm(&p.name).as_str()) {
                    return Some(p.name.clone());
                }
                let state = state_field.map(|fi| fields[fi].name.as_str())?;
                if p.name != state {
                    return None;
                }
                let has_gte = |t: &TypeRef| {
                    api.types
                        .struct_of(t)
                        .is_some_and(|(_, f)| f.iter().any(|f| f.name == "gte"))
                };
                let gte = match api.types.resolve(&p.ty) {
                    TypeRef::Named(id) => match &api.types.get(*id).kind {
                        TypeKind::Union { variants, .. } => variants.iter().any(|v| has_gte(&v.ty)),
                        TypeKind::Struct { .. } => has_gte(&p.ty),
                        _ => false,
                    },
                    _ => false,
                };
                gte.then(|| format!("{}[gte]", p.name))
            });
        let apply_since = match &since_param {
            Some(name) => quote! {
                let mut request = request;
                if let Some(since) = &since {
                    request.set_query(#name, since.clone());
                }
            },
            None => quote!(),
        };
        let records_ptr = super::pagination::pointer(&plan.records);
        names.push(stream.clone());
        let (builder_binding, raw_binding) = if has_optional {
            (quote!(let mut builder), quote!(raw))
        } else {
            (quote!(let builder), quote!(_))
        };
        let cfg = super::rust::cfg(&an.features.op_gate(&an.ops[i].module));
        arms.push(quote! {
            #cfg
            #stream => {
                #builder_binding = client.#method(#(#args),*);
                for (name, #raw_binding) in &args.params {
                    match name.as_str() {
                        #(#setters)*
                        other => return Err(format!("operation `{}` has no parameter `{other}`", #stream)),
                    }
                }
                let request = builder.request();
                #apply_since
                let pages = builder.record_pages(request);
                let records = records::<#item_ty, crate::operations::#error>(pages, #records_ptr, since.clone(), #state_of);
                rt::run_sync(&mut sink, #stream, records, #state_of, state, client.runtime(), args.batch_size).await.map_err(|e| e.to_string())?
            }
        });
    }
    let ops_doc = format!(
        " Operations `sync` can load: {}.",
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    );
    // Without any parameter to parse, `value` is not needed.
    let value_fn_attr = if uses_value {
        quote!()
    } else {
        quote!(#[allow(dead_code)])
    };
    let params_map = if needs_params {
        quote!(let params: std::collections::BTreeMap<&str, &str> = args.params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();)
    } else {
        quote!()
    };
    let required_fn = if needs_params {
        quote! {
            fn required<'a>(params: &std::collections::BTreeMap<&str, &'a str>, name: &str) -> Result<&'a str, String> {
                params.get(name).copied().ok_or_else(|| format!("this operation needs --param {name}=..."))
            }
        }
    } else {
        quote!()
    };
    let body = if names.is_empty() {
        quote! {
            let _ = (client, &args);
            Err("this API has no list operation whose records have tables".to_string())
        }
    } else {
        quote! {
            let mut sink = rt::Sink::open(&args.destination, crate::tables::TABLES).await.map_err(|e| e.to_string())?;
            let stream = args.operation.as_str();
            let state = if args.full_refresh { None } else { sink.load_state(stream).await.map_err(|e| e.to_string())? };
            let since = args.since.clone().or_else(|| state.clone());
            #params_map
            let report = match stream {
                #(#arms)*
                other => return Err(format!("unknown operation `{other}`; one of: {}", OPERATIONS.join(", "))),
            };
            sink.finish().await.map_err(|e| e.to_string())?;
            Ok(report)
        }
    };
    let helpers = if names.is_empty() {
        quote!()
    } else {
        quote! {
            #value_fn_attr
            /// A parameter value: JSON when it parses as such, else the text itself.
            fn value<T: serde::de::DeserializeOwned>(name: &str, raw: &str) -> Result<T, String> {
                serde_json::from_str(raw)
                    .or_else(|_| serde_json::from_value(serde_json::Value::String(raw.to_owned())))
                    .map_err(|e| format!("--param {name}={raw}: {e}"))
            }

            #required_fn

            /// `a < b`, as numbers when both are numbers.
            fn older(a: &str, b: &str) -> bool {
                match (a.parse::<f64>(), b.parse::<f64>()) {
                    (Ok(x), Ok(y)) => x < y,
                    _ => a < b,
                }
            }

            /// The records of each page, decoded one by one; records older than `since` are
            /// skipped (they were loaded by an earlier run).
            fn records<T: serde::de::DeserializeOwned + Send + 'static, E: Send + 'static>(
                pages: rt::PageStream<serde_json::Value, E>,
                pointer: &'static str,
                since: Option<String>,
                state_of: fn(&T) -> Option<String>,
            ) -> impl futures::Stream<Item = Result<Result<T, (String, String)>, rt::Error<E>>> {
                futures::StreamExt::flat_map(pages, move |page| {
                    let out: Vec<_> = match page {
                        Ok(mut page) => {
                            let list = match page.pointer_mut(pointer).map(serde_json::Value::take) {
                                Some(serde_json::Value::Array(list)) => list,
                                _ => Vec::new(),
                            };
                            rt::decode_records::<T>(list)
                                .into_iter()
                                .filter(|r| match (r, &since) {
                                    (Ok(record), Some(since)) => !state_of(record).is_some_and(|s| older(&s, since)),
                                    _ => true,
                                })
                                .map(Ok)
                                .collect()
                        }
                        Err(e) => vec![Err(e)],
                    };
                    futures::stream::iter(out)
                })
            }
        }
    };
    // With only some operation groups enabled, some arms and helpers go unused.
    let partial = if an.features.groups.len() > 1 {
        quote!(#![cfg_attr(not(feature = "full"), allow(unreachable_code, unused_variables, unused_mut, dead_code))])
    } else {
        quote!()
    };
    let tokens = quote! {
        //! The `sync` command: every page of a list operation into SQLite, PostgreSQL, JSON
        //! Lines or CSV, flattened into the tables of `schema.sql`, with incremental state.
        #partial
        use apitap_runtime::codegen as rt;

        #[doc = #ops_doc]
        pub const OPERATIONS: &[&str] = &[#(#names),*];

        /// Run `sync` with the command line's arguments (after the program name).
        pub async fn main_with_args(mut args: Vec<String>) -> Result<rt::SyncReport, String> {
            if args.first().is_some_and(|a| a == "sync") {
                args.remove(0);
            }
            let args = rt::SyncArgs::parse(args)?;
            let mut config = rt::Config::from_env(&crate::API).map_err(|e| e.to_string())?;
            if let Some(n) = args.max_pages {
                config = config.max_pages(n);
            }
            let client = crate::Client::new(config).map_err(|e| e.to_string())?;
            run(&client, &args).await
        }

        /// Run one sync with a configured client.
        pub async fn run(client: &crate::Client, args: &rt::SyncArgs) -> Result<rt::SyncReport, String> {
            #body
        }

        #helpers
    };
    files.insert("src/sync.rs".into(), format_file("src/sync.rs", tokens)?);
    let bin = quote! {
        //! `sync <operation> --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--since V] [--param k=v]...`
        #[tokio::main]
        async fn main() -> std::process::ExitCode {
            let args: Vec<String> = std::env::args().skip(1).collect();
            if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
                println!("{}", apitap_runtime::codegen::SyncArgs::usage(env!("CARGO_BIN_NAME"), #crate_ident::sync::OPERATIONS));
                return std::process::ExitCode::SUCCESS;
            }
            match #crate_ident::sync::main_with_args(args).await {
                Ok(report) => {
                    println!("{report}");
                    std::process::ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::ExitCode::FAILURE
                }
            }
        }
    };
    files.insert(
        format!("src/bin/{}.rs", an.crate_name),
        format_file("bin", bin)?,
    );
    Ok(files)
}
