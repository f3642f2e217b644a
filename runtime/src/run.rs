//! One run of a connector, as its owner sees it: an id, a `running` row in the run log, the
//! streams loaded (every row marked with the run id), the data-quality checks, and the
//! run's row finished with its status, its streams' figures and its exit status.

use crate::connector::{load_streams, Connector, SyncPlan};
use crate::rows::now_iso_millis as now_iso;
use crate::runlog::{new_run_id, RunStatus};
use crate::sink::Sink;
use crate::sync::{SyncError, SyncReport};

/// Runs the plan's streams into `sink` (opened with [`Sink::open_for`] and
/// [`SyncPlan::tables`]) and records the run in the destination's run log. Partitions that
/// fail are reported (the first failure is the error, carrying the report of everything
/// loaded); the others run to their end. The report's [`SyncReport::status`] says whether a
/// data-quality check failed.
///
/// On a multi-threaded tokio runtime, with several root partitions and `--concurrency` above
/// one, the partitions run on up to one thread per core while the calling task waits in
/// [`tokio::task::block_in_place`]: until they end, the future cannot be cancelled (by a
/// `select!` or a timeout around it) and other futures of the same task are not polled.
pub async fn run_streams<C: Connector>(
    connector: &C,
    plan: &SyncPlan,
    sink: &mut Sink,
) -> Result<SyncReport, SyncError> {
    let started = now_iso();
    let mut report = SyncReport {
        run_id: new_run_id(&started),
        identity: connector.identity(),
        started,
        status: RunStatus::Running,
        shard: plan.args().shard,
        ..SyncReport::default()
    };
    tracing::info!(
        event = "run",
        run_id = %report.run_id,
        connector = report.identity.connector,
        version = report.identity.version,
        phase = "start",
        "run started"
    );
    if let Err(source) = sink.begin_run(&report).await {
        return Err(SyncError::Sink {
            stream: String::new(),
            source,
            report: Box::new(report),
        });
    }
    let outcome = load_streams(connector, plan, sink, &report.run_id).await;
    let (loaded, mut error) = match outcome {
        Ok(loaded) => (loaded, None),
        Err(e) => (e.report().clone(), Some(e)),
    };
    let (run_id, identity, started, shard) =
        (report.run_id, report.identity, report.started, report.shard);
    report = SyncReport {
        run_id,
        identity,
        started,
        shard,
        finished: now_iso(),
        error: error.as_ref().map(ToString::to_string),
        ..loaded
    };
    report.status = if error.is_some() {
        RunStatus::Failed
    } else if report.failed_checks().is_empty() {
        RunStatus::Success
    } else {
        RunStatus::ChecksFailed
    };
    for s in &report.streams {
        tracing::info!(
            event = "stream",
            run_id = %report.run_id,
            stream = %s.name,
            status = crate::runlog::stream_status(s),
            records = s.records,
            rejected = s.rejected,
            pages = s.pages,
            requests = s.requests.requests,
            retries = s.requests.retries(),
            "stream finished"
        );
    }
    if let Err(source) = sink.record_run(&report).await {
        tracing::warn!(event = "run", "writing the run log failed: {source}");
        if error.is_none() {
            report.status = RunStatus::Failed;
            report.error = Some(source.to_string());
            error = Some(SyncError::Sink {
                stream: String::new(),
                source,
                report: Box::default(),
            });
        }
    }
    tracing::info!(
        event = "run",
        run_id = %report.run_id,
        phase = "end",
        status = report.status.as_str(),
        exit_code = report.status.exit_code(),
        records = report.records,
        "run finished"
    );
    match error {
        None => Ok(report),
        Some(mut e) => {
            *e.report_mut() = report;
            Err(e)
        }
    }
}
