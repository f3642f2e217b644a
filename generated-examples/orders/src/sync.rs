//! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
//! CSV, child streams once per parent record, flattened into the tables of
//! `schema.sql`, with incremental state and resumable pages per partition.
use apitap_runtime::codegen as rt;
/// Streams `sync` can load: list_orders, list_returns.
pub const OPERATIONS: &[&str] = &["list_orders", "list_returns"];
/// Every stream, with its tables, parent, cursor, pagination and page size (what
/// `sync --list` prints).
pub static STREAMS: &[rt::StreamSpec] = &[
    rt::StreamSpec {
        name: "list_orders",
        enabled: true,
        tables: &[0usize, 1usize, 2usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["limit", "starting_after", "created"],
        cursor: Some("updated_at"),
        since_param: None,
        pagination: "last_item_id via `starting_after`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_returns",
        enabled: true,
        tables: &[0usize, 1usize, 2usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["limit", "starting_after"],
        cursor: Some("updated_at"),
        since_param: None,
        pagination: "last_item_id via `starting_after`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
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
    connector: "orders",
    version: env!("CARGO_PKG_VERSION"),
    lock: include_str!("../apitap.lock"),
};
/// What the `sync` command runs.
pub static CLI: rt::SyncCli = rt::SyncCli {
    program: "orders",
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
            0usize => {
                let mut builder = self.list_orders();
                for (name, raw) in params {
                    match name.as_str() {
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        "starting_after" => {
                            builder = builder
                                .starting_after(
                                    rt::param_value::<String>("starting_after", raw)?,
                                );
                        }
                        "created" => {
                            builder = builder
                                .created(
                                    rt::param_value::<
                                        crate::types::ListOrdersCreated,
                                    >("created", raw)?,
                                );
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_orders".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            1usize => {
                let mut builder = self.list_returns();
                for (name, raw) in params {
                    match name.as_str() {
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        "starting_after" => {
                            builder = builder
                                .starting_after(
                                    rt::param_value::<String>("starting_after", raw)?,
                                );
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_returns".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
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
            0usize => {
                rt::load_record::<
                    crate::types::Order,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Order| rt::ToCursor::to_cursor(
                        &record.updated_at,
                    ),
                )
            }
            1usize => {
                rt::load_record::<
                    crate::types::Order,
                >(
                    record,
                    since,
                    rows,
                    |record: &crate::types::Order| rt::ToCursor::to_cursor(
                        &record.updated_at,
                    ),
                )
            }
            other => rt::Loaded::Rejected(format!("stream {other} is not in this build")),
        }
    }
}
