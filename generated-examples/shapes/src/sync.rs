//! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
//! CSV, child streams once per parent record, flattened into the tables of
//! `schema.sql`, with incremental state and resumable pages per partition.
use apitap_runtime::codegen as rt;
/// Streams `sync` can load: none.
pub const OPERATIONS: &[&str] = &[];
/// Every stream, with its tables, parent, cursor, pagination and page size (what
/// `sync --list` prints).
pub static STREAMS: &[rt::StreamSpec] = &[];
/// `sync --list`.
pub fn list() -> String {
    rt::list_streams(STREAMS, crate::tables::TABLES)
}
/// Name, version and spec hash, for the run log.
pub const IDENTITY: rt::Identity = rt::Identity {
    connector: "shapes",
    version: env!("CARGO_PKG_VERSION"),
    lock: include_str!("../apitap.lock"),
};
/// What the `sync` command runs.
pub static CLI: rt::SyncCli = rt::SyncCli {
    program: "shapes",
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
        _: usize,
        _: &[(String, String)],
        _: Option<&str>,
        _: rt::PageStart,
    ) -> Result<rt::RawPages, rt::OpenError> {
        Err(rt::OpenError::NoStreams)
    }
    fn load(
        &self,
        _: usize,
        _: &serde_json::Value,
        _: Option<&str>,
        _: &mut rt::Rows,
    ) -> rt::Loaded {
        rt::Loaded::Rejected("this API has no streams".to_string())
    }
}
