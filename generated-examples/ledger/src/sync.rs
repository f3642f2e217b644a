//! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
//! CSV, child streams once per parent record, flattened into the tables of
//! `schema.sql`, with incremental state and resumable pages per partition.
#![cfg_attr(
    not(feature = "full"),
    allow(unreachable_code, unused_variables, unused_mut, dead_code)
)]
use apitap_runtime::codegen as rt;
/// Streams `sync` can load: list_customers, list_customer_invoices, list_invoice_lines, list_products, list_events, list_reports.
pub const OPERATIONS: &[&str] = &[
    "list_customers",
    "list_customer_invoices",
    "list_invoice_lines",
    "list_products",
    "list_events",
    "list_reports",
];
/// Every stream, with its tables, parent, cursor, pagination and page size (what
/// `sync --list` prints).
pub static STREAMS: &[rt::StreamSpec] = &[
    rt::StreamSpec {
        name: "list_customers",
        enabled: cfg!(feature = "customers"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["starting_after", "limit", "since"],
        cursor: Some("updated"),
        since_param: Some("since"),
        pagination: "last_item_id via `starting_after`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: Some(100u64),
            max: Some(100u64),
        }),
        selected: true,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_customer_invoices",
        enabled: cfg!(feature = "customers"),
        tables: &[1usize],
        parent: Some("list_customers"),
        partition: &[
            rt::PartitionParam {
                name: "customer",
                source: rt::ParamSource::Field(&["id"]),
                column: Some(6usize),
            },
        ],
        needs: &[],
        accepts: &["customer", "page", "per_page"],
        cursor: Some("created"),
        since_param: None,
        pagination: "page_number via `page`",
        page_size: Some(rt::PageSize {
            param: "per_page",
            default: Some(50u64),
            max: Some(50u64),
        }),
        selected: true,
        reason: "`/customers/{customer}/invoices` extends `/customers` by one segment; `{customer}` names the customer and takes the key `id` of each record of `list_customers`",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_invoice_lines",
        enabled: cfg!(feature = "customers"),
        tables: &[2usize],
        parent: Some("list_customer_invoices"),
        partition: &[
            rt::PartitionParam {
                name: "invoice",
                source: rt::ParamSource::Field(&["id"]),
                column: Some(5usize),
            },
            rt::PartitionParam {
                name: "customer",
                source: rt::ParamSource::Inherit("customer"),
                column: Some(6usize),
            },
        ],
        needs: &[],
        accepts: &["customer", "invoice", "page_token", "page_size"],
        cursor: None,
        since_param: None,
        pagination: "next_url",
        page_size: Some(rt::PageSize {
            param: "page_size",
            default: None,
            max: None,
        }),
        selected: true,
        reason: "`/customers/{customer}/invoices/{invoice}/lines` extends `/customers/{customer}/invoices` by one segment; `{invoice}` names the invoice and takes the key `id` of each record of `list_customer_invoices`",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_products",
        enabled: cfg!(feature = "products"),
        tables: &[3usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["offset", "limit"],
        cursor: None,
        since_param: None,
        pagination: "offset via `offset`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: Some(200u64),
            max: Some(200u64),
        }),
        selected: true,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_events",
        enabled: cfg!(feature = "events"),
        tables: &[4usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["cursor", "limit"],
        cursor: Some("created"),
        since_param: None,
        pagination: "cursor via `cursor`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
        selected: true,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_reports",
        enabled: cfg!(feature = "reports"),
        tables: &[5usize],
        parent: None,
        partition: &[],
        needs: &["account"],
        accepts: &["account", "page"],
        cursor: None,
        since_param: None,
        pagination: "page_number via `page`",
        page_size: None,
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
];
/// `sync --list`.
pub fn list() -> String {
    rt::list_streams(STREAMS, crate::tables::TABLES)
}
/// Name, version and spec hash, for the run log.
pub const IDENTITY: rt::Identity = rt::Identity {
    connector: "ledger",
    version: env!("CARGO_PKG_VERSION"),
    lock: include_str!("../apitap.lock"),
};
/// What the `sync` command runs.
pub static CLI: rt::SyncCli = rt::SyncCli {
    program: "ledger",
    streams: STREAMS,
    tables: crate::tables::TABLES,
    api: &crate::API,
    identity: IDENTITY,
    notify: None,
    notify_always: false,
};
/// Run `sync` with the command line's arguments (after the program name): the whole
/// command, with its report, `--report`, `--metrics` and alert. Returns the exit
/// status (0 success, 1 failed, 2 a wrong command line, 3 a check failed).
pub async fn main_with_args(args: Vec<String>) -> i32 {
    rt::sync_main(
            args,
            &CLI,
            |config| crate::Client::new(config).map_err(|e| e.to_string()),
        )
        .await
}
/// Run the streams `args` selects with a configured client, into `args.destination`
/// (creating only the tables of the streams that load), recorded in its run log. The
/// error carries the report of what was loaded before it (`RunError::report`).
pub async fn run(
    client: &crate::Client,
    args: &rt::SyncArgs,
) -> Result<rt::SyncReport, rt::RunError> {
    rt::run_sync(client, args).await
}
/// Run `plan` into `sink`: the library form of `sync`, for programs that embed the
/// connector (build the plan with `rt::SyncPlan::new(STREAMS, &args)`).
pub async fn run_streams(
    client: &crate::Client,
    plan: &rt::SyncPlan,
    sink: &mut rt::Sink,
) -> Result<rt::SyncReport, rt::SyncError> {
    rt::run_streams(client, plan, sink).await
}
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
    fn open(
        &self,
        stream: usize,
        params: &[(String, String)],
        since: Option<&str>,
        start: rt::PageStart,
    ) -> Result<rt::RawPages, rt::OpenError> {
        match stream {
            #[cfg(feature = "customers")]
            0usize => {
                let mut builder = self.list_customers();
                for (name, raw) in params {
                    match name.as_str() {
                        "starting_after" => {
                            builder = builder
                                .starting_after(
                                    rt::param_value::<String>("starting_after", raw)?,
                                );
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        "since" => {
                            builder = builder
                                .since(rt::param_value::<i64>("since", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_customers".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let mut request = builder.request();
                if let Some(since) = since {
                    request.set_query("since", since.to_owned());
                }
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            #[cfg(feature = "customers")]
            1usize => {
                let mut builder = self
                    .list_customer_invoices(
                        rt::param_value::<
                            String,
                        >("customer", rt::required_param(params, "customer")?)?,
                    );
                for (name, raw) in params {
                    match name.as_str() {
                        "customer" => {}
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        "per_page" => {
                            builder = builder
                                .per_page(rt::param_value::<i64>("per_page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_customer_invoices".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            #[cfg(feature = "customers")]
            2usize => {
                let mut builder = self
                    .list_invoice_lines(
                        rt::param_value::<
                            String,
                        >("customer", rt::required_param(params, "customer")?)?,
                        rt::param_value::<
                            String,
                        >("invoice", rt::required_param(params, "invoice")?)?,
                    );
                for (name, raw) in params {
                    match name.as_str() {
                        "customer" => {}
                        "invoice" => {}
                        "page_token" => {
                            builder = builder
                                .page_token(rt::param_value::<String>("page_token", raw)?);
                        }
                        "page_size" => {
                            builder = builder
                                .page_size(rt::param_value::<i64>("page_size", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_invoice_lines".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/lines"))
            }
            #[cfg(feature = "products")]
            3usize => {
                let mut builder = self.list_products();
                for (name, raw) in params {
                    match name.as_str() {
                        "offset" => {
                            builder = builder
                                .offset(rt::param_value::<i64>("offset", raw)?);
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_products".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/products"))
            }
            #[cfg(feature = "events")]
            4usize => {
                let mut builder = self.list_events();
                for (name, raw) in params {
                    match name.as_str() {
                        "cursor" => {
                            builder = builder
                                .cursor(rt::param_value::<String>("cursor", raw)?);
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_events".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/events"))
            }
            #[cfg(feature = "reports")]
            5usize => {
                let mut builder = self
                    .list_reports(
                        rt::param_value::<
                            String,
                        >("account", rt::required_param(params, "account")?)?,
                    );
                for (name, raw) in params {
                    match name.as_str() {
                        "account" => {}
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_reports".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/reports"))
            }
            other => {
                Err(rt::OpenError::NotInBuild {
                    stream: other,
                })
            }
        }
    }
    fn load(
        &self,
        stream: usize,
        record: &serde_json::Value,
        since: Option<&str>,
        rows: &mut rt::Rows,
    ) -> rt::Loaded {
        match stream {
            #[cfg(feature = "customers")]
            0usize => {
                rt::load_record::<
                    crate::types::Customer,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Customer| rt::ToCursor::to_cursor(
                        &record.updated,
                    ),
                )
            }
            #[cfg(feature = "customers")]
            1usize => {
                rt::load_record::<
                    crate::types::Invoice,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Invoice| rt::ToCursor::to_cursor(
                        &record.created,
                    ),
                )
            }
            #[cfg(feature = "customers")]
            2usize => {
                rt::load_record::<
                    crate::types::Line,
                >(record, since, rows, |_: &crate::types::Line| None)
            }
            #[cfg(feature = "products")]
            3usize => {
                rt::load_record::<
                    crate::types::Product,
                >(record, since, rows, |_: &crate::types::Product| None)
            }
            #[cfg(feature = "events")]
            4usize => {
                rt::load_record::<
                    crate::types::Event,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Event| rt::ToCursor::to_cursor(
                        &record.created,
                    ),
                )
            }
            #[cfg(feature = "reports")]
            5usize => {
                rt::load_record::<
                    crate::types::Report,
                >(record, since, rows, |_: &crate::types::Report| None)
            }
            other => rt::Loaded::Rejected(format!("stream {other} is not in this build")),
        }
    }
}
