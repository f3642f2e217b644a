//! The `sync` command of a generated connector: its command line, logs, run, report,
//! metrics file, alert and exit status, in one place for every connector (the generated
//! binary only names its streams, tables and client).
//!
//! Exit status: 0 success, 1 the run failed (what was loaded stays, the next run resumes), 2
//! a wrong command line, 3 a data-quality check failed (the data is loaded and marked with
//! the run id).

use std::io::Write as _;
use std::path::Path;

use crate::config::Config;
use crate::connector::{list_streams, Connector, StreamSpec, SyncPlan};
use crate::rows::TableSpec;
use crate::runlog::{report_json, status_json, status_table, Identity, EXIT_USAGE};
use crate::sink::{Sink, SinkError};
use crate::spec::ApiSpec;
use crate::sync::{LogFormat, SyncArgs, SyncError, SyncReport};
use crate::Secret;

/// What a connector crate hands the `sync` command.
pub struct SyncCli {
    /// The program's name, for the usage text.
    pub program: &'static str,
    /// The streams (`sync::STREAMS`).
    pub streams: &'static [StreamSpec],
    /// The tables (`tables::TABLES`).
    pub tables: &'static [TableSpec],
    /// The API (credentials and base URL from the environment).
    pub api: &'static ApiSpec,
    /// Name, version, spec hash.
    pub identity: Identity,
    /// `[notify] url` from `apitap.toml`, used when `--notify` is not given.
    pub notify: Option<&'static str>,
    /// `[notify] always`.
    pub notify_always: bool,
}

impl std::fmt::Debug for SyncCli {
    /// Without the webhook URL, which holds a token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncCli")
            .field("program", &self.program)
            .field("streams", &self.streams.len())
            .field("tables", &self.tables.len())
            .field("identity", &self.identity)
            .field("notify", &self.notify.map(|_| "[redacted]"))
            .field("notify_always", &self.notify_always)
            .finish()
    }
}

/// Loads the streams `args` selects with a configured client into `args.destination`
/// (creating only the tables of the streams that load) and records the run in its run log.
/// The error carries the report of what was loaded before it.
pub async fn run_sync<C: Connector>(
    connector: &C,
    args: &SyncArgs,
) -> Result<SyncReport, RunError> {
    let plan = SyncPlan::new(connector.streams(), args).map_err(RunError::Selection)?;
    let (result, finished) = open_and_run(connector, &plan, args)
        .await
        .map_err(RunError::Destination)?;
    let mut report = result.map_err(RunError::Sync)?;
    match finished {
        Ok(()) => Ok(report),
        Err(error) => {
            // As `sync` records it: the rows are loaded, the run did not end cleanly.
            report.status = crate::runlog::RunStatus::Failed;
            report.error = Some(error.to_string());
            Err(RunError::Close {
                report: Box::new(report),
                error,
            })
        }
    }
}

/// Why [`run_sync`] stopped. [`RunError::report`] gives what was loaded before, where
/// anything was read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The streams, parameters or shard asked for do not make a run (nothing was read).
    #[error("{0}")]
    Selection(String),
    /// The destination could not be opened or migrated (nothing was read).
    #[error(transparent)]
    Destination(SinkError),
    /// A stream failed. Shown with the report of what was loaded before it, as `sync`
    /// prints it.
    #[error("{0}\n{report}", report = .0.report())]
    Sync(#[source] SyncError),
    /// Every stream ran, but the destination could not be closed cleanly; the report says
    /// the run failed.
    #[error("the run loaded its streams, but closing the destination failed: {error}")]
    Close {
        /// What the run loaded.
        report: Box<SyncReport>,
        /// Why closing failed.
        #[source]
        error: SinkError,
    },
}

impl RunError {
    /// What was loaded before the run stopped, when anything was read.
    pub fn report(&self) -> Option<&SyncReport> {
        match self {
            RunError::Sync(e) => Some(e.report()),
            RunError::Close { report, .. } => Some(report),
            RunError::Selection(_) | RunError::Destination(_) => None,
        }
    }
}

/// Opens the destination for `plan`'s tables, runs it and closes the destination: the
/// run's outcome, and the close's.
async fn open_and_run<C: Connector>(
    connector: &C,
    plan: &SyncPlan,
    args: &SyncArgs,
) -> Result<(Result<SyncReport, SyncError>, Result<(), SinkError>), SinkError> {
    let mut sink = Sink::open_with(
        &args.destination,
        connector.tables(),
        Some(&plan.tables()),
        args.password_env.as_deref(),
    )
    .await?;
    let result = crate::run_streams(connector, plan, &mut sink).await;
    let finished = sink.finish().await;
    Ok((result, finished))
}

/// Installs the subscriber that prints events on stderr: text lines, or one JSON object per
/// event. Without `--log-format`, nothing is printed but the report.
fn init_logs(format: Option<LogFormat>) {
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::INFO);
    // A subscriber already installed (a program embedding `sync`) is kept.
    let _ = match format {
        None => return,
        Some(LogFormat::Text) => builder.with_ansi(false).try_init(),
        Some(LogFormat::Json) => builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
}

/// Writes `text` to `path` through a temporary file renamed over it, so a reader (a metrics
/// collector) never sees half a file.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let temp = path.with_file_name(format!(".{name}.tmp"));
    let mut file = std::fs::File::create(&temp)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&temp, path)
}

/// `sync --status`: the last runs per stream from the destination's run log.
async fn status(cli: &SyncCli, args: &SyncArgs) -> i32 {
    let rows = async {
        let mut sink = Sink::open_with(
            &args.destination,
            cli.tables,
            Some(&[]),
            args.password_env.as_deref(),
        )
        .await
        .map_err(|e| e.to_string())?;
        let rows = sink.run_history(5000).await.map_err(|e| e.to_string());
        let _ = sink.finish().await;
        rows
    }
    .await;
    match rows {
        Ok(rows) if args.json => {
            println!("{:#}", status_json(&rows, 10));
            0
        }
        Ok(rows) => {
            print!("{}", status_table(&rows, 10, crate::rows::now_secs()));
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Runs a connector's command (`main`, the generated `sync::main_with_args`) to its exit
/// status on a multi-threaded runtime of [`cli_worker_threads`] workers.
pub fn block_on_cli(main: impl std::future::Future<Output = i32>) -> std::process::ExitCode {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    if std::env::var_os("TOKIO_WORKER_THREADS").is_none() {
        builder.worker_threads(cli_worker_threads());
    }
    let code = match builder.enable_all().build() {
        Ok(runtime) => runtime.block_on(main),
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            1
        }
    };
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// Workers for the command's runtime: half the cores, at least one (`TOKIO_WORKER_THREADS`
/// overrides). `sync` runs its root partitions on threads of its own, one per core
/// (`run_roots`), so the workers carry only what goes on beside them: each partition's
/// read-ahead of its next page, and the connections. A worker per core gave no more
/// records/s on two cores, and each worker that allocates costs a malloc arena of a few
/// MiB (21 against 18 MiB peak for one stream, 31 against 25 for two; BENCHMARKS.md).
pub fn cli_worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1))
}

/// The `sync` command: parses `args` (after the program name), runs, prints the report,
/// writes `--report` and `--metrics`, sends the alert, and returns the exit status.
pub async fn sync_main<C, F>(args: Vec<String>, cli: &SyncCli, client: F) -> i32
where
    C: Connector,
    F: FnOnce(Config) -> Result<C, String>,
{
    let mut args = args;
    if args.first().is_some_and(|a| a == "sync") {
        args.remove(0);
    }
    let names: Vec<&str> = cli.streams.iter().map(|s| s.name).collect();
    let usage = || SyncArgs::usage(cli.program, &names);
    if args.is_empty() {
        println!("{}", usage());
        return 0;
    }
    let args = match SyncArgs::parse(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}\n\n{}", usage());
            return EXIT_USAGE;
        }
    };
    if args.help {
        println!("{}", usage());
        return 0;
    }
    if args.list {
        print!("{}", list_streams(cli.streams, cli.tables));
        return 0;
    }
    init_logs(args.log_format);
    if args.status {
        return status(cli, &args).await;
    }
    let mut config = match Config::from_env(cli.api) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if let Some(n) = args.max_pages {
        config = config.max_pages(n);
    }
    let connector = match client(config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let plan = match SyncPlan::new(connector.streams(), &args) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_USAGE;
        }
    };
    let (result, finished) = match open_and_run(&connector, &plan, &args).await {
        Ok(outcome) => outcome,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let (mut report, error) = match result {
        Ok(report) => (report, None),
        Err(e) => (e.report().clone(), Some(e)),
    };
    if let (Err(e), None) = (&finished, &error) {
        report.status = crate::runlog::RunStatus::Failed;
        report.error = Some(e.to_string());
    }
    match (&error, &finished) {
        (Some(e), _) => eprintln!("error: {e}"),
        (None, Err(e)) => eprintln!("error: {e}"),
        _ => {}
    }
    println!("{report}");
    outputs(cli, &args, &report).await;
    report.status.exit_code()
}

/// `--report`, `--metrics` and the alert: each failure is said on stderr and changes nothing
/// else.
async fn outputs(cli: &SyncCli, args: &SyncArgs, report: &SyncReport) {
    if let Some(path) = &args.report {
        let text = format!("{:#}\n", report_json(report));
        if let Err(e) = write_atomically(path, &text) {
            eprintln!(
                "warning: writing the report to {} failed: {e}",
                path.display()
            );
        }
    }
    if let Some(path) = &args.metrics {
        let text = crate::prometheus::render(report, crate::rows::now_secs());
        if let Err(e) = write_atomically(path, &text) {
            eprintln!(
                "warning: writing the metrics to {} failed: {e}",
                path.display()
            );
        }
    }
    let url = args.notify.clone().or_else(|| cli.notify.map(Secret::new));
    let always = args.notify_always || cli.notify_always;
    if let Some(url) = url {
        if always || report.status != crate::runlog::RunStatus::Success {
            let body = crate::notify::alert_body(report);
            match crate::notify::deliver(&url, &body).await {
                Ok(()) => tracing::info!(event = "notify", "alert delivered"),
                Err(e) => {
                    tracing::warn!(event = "notify", "{e}");
                    eprintln!("warning: {e}");
                }
            }
        }
    }
}
