//! `src/sync.rs` and `src/bin/<crate>.rs` (feature `cli`): the `sync` command.
//!
//! Emits the streams analysis planned as a static `STREAMS` list and `impl rt::Connector`
//! (open a stream's pages for a partition's parameters; decode and flatten one record); the
//! runtime's `run_streams` does the rest.

use super::rust::{body_type, format_file, ident, param_type, type_tokens, Site};
use crate::analyze::checks::Checks;
use crate::analyze::streams::{item_type, Lookback, Source};
use crate::diag::Result;
use crate::ir::TypeRef;
use crate::plan::CratePlan;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// `Some(x)` / `None` tokens.
fn opt_str(v: Option<&str>) -> TokenStream {
    match v {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

fn opt_u64(v: Option<u64>) -> TokenStream {
    match v {
        Some(v) => quote!(Some(#v)),
        None => quote!(None),
    }
}

/// `rt::Checks { .. }` of a stream, or `rt::Checks::NONE`.
fn checks_tokens(checks: &Checks) -> TokenStream {
    if checks.is_empty() {
        return quote!(rt::Checks::NONE);
    }
    let min_records = opt_u64(checks.min_records);
    let volume_change = match checks.volume_change {
        Some((within, runs)) => quote!(Some(rt::VolumeChange { within: #within, runs: #runs })),
        None => quote!(None),
    };
    let max_staleness = opt_u64(checks.max_staleness);
    let required = checks
        .required
        .iter()
        .map(|(c, share)| quote!((#c, #share)));
    let max_error_rate = match checks.max_error_rate {
        Some(r) => quote!(Some(#r)),
        None => quote!(None),
    };
    let max_rejected = opt_u64(checks.max_rejected);
    quote! {
        rt::Checks {
            min_records: #min_records,
            volume_change: #volume_change,
            max_staleness: #max_staleness,
            required: &[#(#required),*],
            max_error_rate: #max_error_rate,
            max_rejected: #max_rejected,
        }
    }
}

/// One stream's code: its `StreamSpec`, and its arms of `Connector::open` and `load`.
struct StreamCode {
    name: String,
    spec: TokenStream,
    open_arm: TokenStream,
    load_arm: TokenStream,
}

/// The code of stream `si`, `None` when its operation does not page.
fn stream_code(plan: &CratePlan, si: usize) -> Option<StreamCode> {
    let stream = &plan.streams[si];
    let op_plan = &plan.operations[stream.op];
    let op = op_plan.op;
    let pages = op_plan.pagination.plan.as_ref()?;
    let item = item_type(plan.tables, stream);
    let name = stream.name.as_str();
    let method = ident(op_plan.method);
    let item_ty = type_tokens(&item, plan, Site::Crate, false);
    // Required parameters come from the partition or --param.
    let mut args = Vec::new();
    let mut setters = Vec::new();
    let mut has_optional = false;
    for param in &op_plan.params {
        let p = param.param;
        let pname = &p.name;
        let t = param_type(&p.ty, plan);
        let f = ident(param.ident);
        if p.required {
            args.push(quote!(rt::param_value::<#t>(#pname, rt::required_param(params, #pname)?)?));
            setters.push(quote!(#pname => {}));
        } else {
            has_optional = true;
            setters
                .push(quote!(#pname => builder = builder.#f(rt::param_value::<#t>(#pname, raw)?),));
        }
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.required) {
        // A required body (POST search) comes from --param body={json}.
        let t = body_type(&body.ty, body.kind, plan);
        args.push(quote!(rt::param_value::<#t>("body", rt::required_param(params, "body")?)?));
        setters.push(quote!("body" => {}));
    }
    let apply_since = match &stream.since_param {
        Some(p) => quote! {
            if let Some(since) = since {
                request.set_query(#p, since.to_owned());
            }
        },
        None => quote!(let _ = since;),
    };
    let request_binding = if stream.since_param.is_some() {
        quote!(let mut request)
    } else {
        quote!(let request)
    };
    let records_ptr = super::access::pointer(&pages.records);
    let (builder_binding, raw_binding) = if has_optional {
        (quote!(let mut builder), quote!(raw))
    } else {
        (quote!(let builder), quote!(_))
    };
    let gate = plan.features.op_gate(op_plan.module);
    let cfg = super::rust::cfg(&gate);
    let enabled = match super::rust::cfg_predicate(&gate) {
        Some(p) => quote!(cfg!(#p)),
        None => quote!(true),
    };
    let cursor_of = cursor_of(plan, si, &item, &item_ty);
    Some(StreamCode {
        name: name.to_string(),
        spec: stream_spec(plan, si, enabled),
        open_arm: quote! {
            #cfg
            #si => {
                #builder_binding = self.#method(#(#args),*);
                for (name, #raw_binding) in params {
                    match name.as_str() {
                        #(#setters)*
                        other => return Err(rt::OpenError::UnknownParam { stream: #name.to_string(), param: other.to_string() }),
                    }
                }
                #request_binding = builder.request();
                #apply_since
                Ok(rt::raw_pages(builder.record_pages(request, start), #records_ptr))
            }
        },
        load_arm: quote! {
            #cfg
            #si => rt::load_record::<#item_ty>(record, since, rows, #cursor_of),
        },
    })
}

/// The closure reading a record's cursor value (its fallback field when the first is
/// missing), or one that reads none.
fn cursor_of(plan: &CratePlan, si: usize, item: &TypeRef, item_ty: &TokenStream) -> TokenStream {
    let stream = &plan.streams[si];
    let Some(fi) = stream.cursor_field else {
        return quote!(|_: &#item_ty| None);
    };
    let (record, _) = plan.struct_of(item).expect("stream records are structs");
    let member = |fi: usize| ident(&record.members[fi]);
    let f = member(fi);
    match stream.cursor_fallback_field {
        Some(fb) => {
            let fb = member(fb);
            quote!(|record: &#item_ty| rt::ToCursor::to_cursor(&record.#f).or_else(|| rt::ToCursor::to_cursor(&record.#fb)))
        }
        None => quote!(|record: &#item_ty| rt::ToCursor::to_cursor(&record.#f)),
    }
}

/// The `rt::StreamSpec` of stream `si`: what analysis decided for it, as data.
fn stream_spec(plan: &CratePlan, si: usize, enabled: TokenStream) -> TokenStream {
    let stream = &plan.streams[si];
    let name = stream.name.as_str();
    let root_table = &plan.tables.tables[stream.tables[0]];
    let partition = stream.partition.iter().map(|p| {
        let pname = &p.name;
        let source = match &p.source {
            Source::Field(path) => quote!(rt::ParamSource::Field(&[#(#path),*])),
            Source::Inherit(n) => quote!(rt::ParamSource::Inherit(#n)),
            Source::Values(v) => quote!(rt::ParamSource::Values(&[#(#v),*])),
        };
        let column = match root_table.columns.iter().position(|c| c.name == p.column) {
            Some(c) => quote!(Some(#c)),
            None => quote!(None),
        };
        quote!(rt::PartitionParam { name: #pname, source: #source, column: #column })
    });
    let tables = &stream.tables;
    let parent = opt_str(stream.parent.as_deref());
    let needs = &stream.needs;
    let accepts = &stream.accepts;
    let cursor = opt_str(stream.cursor.as_deref());
    let since_param = opt_str(stream.since_param.as_deref());
    let pagination = &stream.pagination;
    let page_size = match &stream.page_size {
        Some(p) => {
            let param = &p.param;
            let default = opt_u64(p.default);
            let max = opt_u64(p.max);
            quote!(Some(rt::PageSize { param: #param, default: #default, max: #max }))
        }
        None => quote!(None),
    };
    let selected = stream.selected;
    let reason = &stream.reason;
    let children_of_changed = stream.children_of_changed;
    let checks = checks_tokens(&stream.checks);
    let write = ident(stream.write.variant());
    let contract = ident(stream.contract.variant());
    let lookback = match stream.lookback {
        Some(Lookback::Seconds(n)) => quote!(Some(rt::Lookback::Seconds(#n))),
        Some(Lookback::Count(n)) => quote!(Some(rt::Lookback::Count(#n))),
        None => quote!(None),
    };
    quote! {
        rt::StreamSpec {
            name: #name,
            enabled: #enabled,
            tables: &[#(#tables),*],
            parent: #parent,
            partition: &[#(#partition),*],
            needs: &[#(#needs),*],
            accepts: &[#(#accepts),*],
            cursor: #cursor,
            since_param: #since_param,
            pagination: #pagination,
            page_size: #page_size,
            selected: #selected,
            reason: #reason,
            children_of_changed: #children_of_changed,
            write: rt::WriteMode::#write,
            contract: rt::Contract::#contract,
            lookback: #lookback,
            checks: #checks,
        }
    }
}

/// `impl rt::Connector` over the streams' arms.
fn connector(streams: &[StreamCode]) -> TokenStream {
    if streams.is_empty() {
        return quote! {
            impl rt::Connector for crate::Client {
                fn streams(&self) -> &'static [rt::StreamSpec] {
                    STREAMS
                }
                fn tables(&self) -> &'static [rt::TableSpec] {
                    crate::tables::TABLES
                }
                fn runtime(&self) -> &rt::Client {
                    crate::Client::runtime(self)
                }
                fn identity(&self) -> rt::Identity {
                    IDENTITY
                }
                fn open(&self, _: usize, _: &[(String, String)], _: Option<&str>, _: rt::PageStart) -> Result<rt::RawPages, rt::OpenError> {
                    Err(rt::OpenError::NoStreams)
                }
                fn load(&self, _: usize, _: &serde_json::Value, _: Option<&str>, _: &mut rt::Rows) -> rt::Loaded {
                    rt::Loaded::Rejected("this API has no streams".to_string())
                }
            }
        };
    }
    let open_arms = streams.iter().map(|s| &s.open_arm);
    let load_arms = streams.iter().map(|s| &s.load_arm);
    quote! {
        impl rt::Connector for crate::Client {
            fn streams(&self) -> &'static [rt::StreamSpec] {
                STREAMS
            }

            fn tables(&self) -> &'static [rt::TableSpec] {
                crate::tables::TABLES
            }

            fn runtime(&self) -> &rt::Client {
                crate::Client::runtime(self)
            }

            fn identity(&self) -> rt::Identity {
                IDENTITY
            }

            fn open(&self, stream: usize, params: &[(String, String)], since: Option<&str>, start: rt::PageStart) -> Result<rt::RawPages, rt::OpenError> {
                match stream {
                    #(#open_arms)*
                    other => Err(rt::OpenError::NotInBuild { stream: other }),
                }
            }

            fn load(&self, stream: usize, record: &serde_json::Value, since: Option<&str>, rows: &mut rt::Rows) -> rt::Loaded {
                match stream {
                    #(#load_arms)*
                    other => rt::Loaded::Rejected(format!("stream {other} is not in this build")),
                }
            }
        }

    }
}

/// `src/sync.rs` and `src/bin/<crate>.rs`.
pub fn emit(plan: &CratePlan) -> Result<BTreeMap<String, String>> {
    let streams: Vec<StreamCode> = (0..plan.streams.len())
        .filter_map(|si| stream_code(plan, si))
        .collect();
    let mut files = BTreeMap::new();
    files.insert("src/sync.rs".into(), sync_file(plan, &streams)?);
    let crate_ident = ident(plan.crate_name);
    let bin = quote! {
        //! `sync [STREAM] --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--streams a,b] [--list] [--status] [--param k=v]...`
        fn main() -> std::process::ExitCode {
            let args: Vec<String> = std::env::args().skip(1).collect();
            apitap_runtime::codegen::block_on_cli(#crate_ident::sync::main_with_args(args))
        }
    };
    files.insert(
        format!("src/bin/{}.rs", plan.crate_name),
        format_file("bin", bin)?,
    );
    Ok(files)
}

/// `src/sync.rs`: the streams as data, the `sync` entry points, and the connector.
fn sync_file(plan: &CratePlan, streams: &[StreamCode]) -> Result<String> {
    let names: Vec<&str> = streams.iter().map(|s| s.name.as_str()).collect();
    let specs = streams.iter().map(|s| &s.spec);
    let ops_doc = format!(
        " Streams `sync` can load: {}.",
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    );
    let connector = connector(streams);
    // With only some operation groups enabled, some arms and helpers go unused.
    let partial = if plan.features.groups.len() > 1 {
        quote!(#![cfg_attr(not(feature = "full"), allow(unreachable_code, unused_variables, unused_mut, dead_code))])
    } else {
        quote!()
    };
    let crate_name = plan.crate_name;
    let notify = opt_str(plan.notify.url.as_deref());
    let notify_always = plan.notify.always;
    let tokens = quote! {
        //! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
        //! CSV, child streams once per parent record, flattened into the tables of
        //! `schema.sql`, with incremental state and resumable pages per partition.
        #partial
        use apitap_runtime::codegen as rt;

        #[doc = #ops_doc]
        pub const OPERATIONS: &[&str] = &[#(#names),*];

        /// Every stream, with its tables, parent, cursor, pagination and page size (what
        /// `sync --list` prints).
        pub static STREAMS: &[rt::StreamSpec] = &[#(#specs),*];

        /// `sync --list`.
        pub fn list() -> String {
            rt::list_streams(STREAMS, crate::tables::TABLES)
        }

        /// Name, version and spec hash, for the run log.
        pub const IDENTITY: rt::Identity = rt::Identity {
            connector: #crate_name,
            version: env!("CARGO_PKG_VERSION"),
            lock: include_str!("../apitap.lock"),
        };

        /// What the `sync` command runs.
        pub static CLI: rt::SyncCli = rt::SyncCli {
            program: #crate_name,
            streams: STREAMS,
            tables: crate::tables::TABLES,
            api: &crate::API,
            identity: IDENTITY,
            notify: #notify,
            notify_always: #notify_always,
        };

        /// Run `sync` with the command line's arguments (after the program name): the whole
        /// command, with its report, `--report`, `--metrics` and alert. Returns the exit
        /// status (0 success, 1 failed, 2 a wrong command line, 3 a check failed).
        pub async fn main_with_args(args: Vec<String>) -> i32 {
            rt::sync_main(args, &CLI, |config| crate::Client::new(config).map_err(|e| e.to_string())).await
        }

        /// Run the streams `args` selects with a configured client, into `args.destination`
        /// (creating only the tables of the streams that load), recorded in its run log. The
        /// error carries the report of what was loaded before it (`RunError::report`).
        pub async fn run(client: &crate::Client, args: &rt::SyncArgs) -> Result<rt::SyncReport, rt::RunError> {
            rt::run_sync(client, args).await
        }

        /// Run `plan` into `sink`: the library form of `sync`, for programs that embed the
        /// connector (build the plan with `rt::SyncPlan::new(STREAMS, &args)`).
        pub async fn run_streams(client: &crate::Client, plan: &rt::SyncPlan, sink: &mut rt::Sink) -> Result<rt::SyncReport, rt::SyncError> {
            rt::run_streams(client, plan, sink).await
        }

        #connector
    };
    format_file("src/sync.rs", tokens)
}
