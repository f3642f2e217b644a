//! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
//! CSV, child streams once per parent record, flattened into the tables of
//! `schema.sql`, with incremental state and resumable pages per partition.
#![cfg_attr(
    not(feature = "full"),
    allow(unreachable_code, unused_variables, unused_mut, dead_code)
)]
use apitap_runtime::codegen as rt;
/// Streams `sync` can load: list_charges, list_customers, list_plans.
pub const OPERATIONS: &[&str] = &["list_charges", "list_customers", "list_plans"];
/// Every stream, with its tables, parent, cursor, pagination and page size (what
/// `sync --list` prints).
pub static STREAMS: &[rt::StreamSpec] = &[
    rt::StreamSpec {
        name: "list_charges",
        enabled: cfg!(feature = "charges"),
        tables: &[0usize, 1usize, 2usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["starting_after", "limit", "updated_since", "created_after"],
        cursor: Some("updated_at"),
        since_param: Some("updated_since"),
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
        lookback: Some(rt::Lookback::Seconds(600u64)),
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_customers",
        enabled: cfg!(feature = "customers"),
        tables: &[3usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["offset", "limit", "created_after"],
        cursor: Some("updated_at"),
        since_param: None,
        pagination: "offset via `offset`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: Some(50u64),
            max: Some(50u64),
        }),
        selected: true,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Append,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks {
            min_records: Some(1u64),
            volume_change: Some(rt::VolumeChange {
                within: 0.2f64,
                runs: 3u32,
            }),
            max_staleness: Some(7200u64),
            required: &[("email", 0.5f64)],
            max_error_rate: Some(0.25f64),
            max_rejected: Some(0u64),
        },
    },
    rt::StreamSpec {
        name: "list_plans",
        enabled: cfg!(feature = "plans"),
        tables: &[4usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["page", "per_page"],
        cursor: None,
        since_param: None,
        pagination: "page_number via `page`",
        page_size: Some(rt::PageSize {
            param: "per_page",
            default: Some(20u64),
            max: Some(20u64),
        }),
        selected: true,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Replace,
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
    connector: "billing_v2",
    version: env!("CARGO_PKG_VERSION"),
    lock: include_str!("../apitap.lock"),
};
/// What the `sync` command runs.
pub static CLI: rt::SyncCli = rt::SyncCli {
    program: "billing_v2",
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
            #[cfg(feature = "charges")]
            0usize => {
                let mut builder = self.list_charges();
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
                        "updated_since" => {
                            builder = builder
                                .updated_since(
                                    rt::param_value::<String>("updated_since", raw)?,
                                );
                        }
                        "created_after" => {
                            builder = builder
                                .created_after(
                                    rt::param_value::<String>("created_after", raw)?,
                                );
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_charges".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let mut request = builder.request();
                if let Some(since) = since {
                    request.set_query("updated_since", since.to_owned());
                }
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            #[cfg(feature = "customers")]
            1usize => {
                let mut builder = self.list_customers();
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
                        "created_after" => {
                            builder = builder
                                .created_after(
                                    rt::param_value::<String>("created_after", raw)?,
                                );
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_customers".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/customers"))
            }
            #[cfg(feature = "plans")]
            2usize => {
                let mut builder = self.list_plans();
                for (name, raw) in params {
                    match name.as_str() {
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        "per_page" => {
                            builder = builder
                                .per_page(rt::param_value::<i64>("per_page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_plans".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/plans"))
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
            #[cfg(feature = "charges")]
            0usize => {
                rt::load_record::<
                    crate::types::Charge,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Charge| rt::ToCursor::to_cursor(
                        &record.updated_at,
                    ),
                )
            }
            #[cfg(feature = "customers")]
            1usize => {
                rt::load_record::<
                    crate::types::Customer,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Customer| {
                        rt::ToCursor::to_cursor(&record.updated_at)
                            .or_else(|| rt::ToCursor::to_cursor(&record.created_at))
                    },
                )
            }
            #[cfg(feature = "plans")]
            2usize => {
                rt::load_record::<
                    crate::types::Plan,
                >(record, since, rows, |_: &crate::types::Plan| None)
            }
            other => rt::Loaded::Rejected(format!("stream {other} is not in this build")),
        }
    }
}
