//! A run: every selected stream's partitions, concurrently, with checks at the end of each stream.

use super::*;

/// The saved position of a partition that stopped before its end, or whose children did
/// not all finish.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(super) struct Resume {
    /// The `since` the stopped run asked with (the position is only valid with it).
    pub(super) since: Option<String>,
    /// The page to go on from; `None`: from the first page.
    pub(super) page: Option<PagePosition>,
    /// The page size it was read with (a page number depends on it).
    #[serde(default)]
    pub(super) page_size: Option<u64>,
    /// The largest incremental value loaded so far.
    pub(super) max: Option<String>,
    /// Child partitions that did not finish, to run first next time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) retry: Vec<Retry>,
}

/// A child partition to run again: its stream and parameters.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(super) struct Retry {
    pub(super) stream: String,
    pub(super) params: Vec<(String, String)>,
}

pub(super) const RESUME_SUFFIX: &str = "#resume";

/// A child partition to run: its entry, parameters and root-table cells.
pub(super) type ChildRun = (usize, Vec<(String, String)>, Vec<(usize, Cell)>);

/// Shared by every partition of a run.
pub(super) struct Shared<'a, C: Connector> {
    pub(super) connector: &'a C,
    pub(super) plan: &'a SyncPlan,
    pub(super) sink: Mutex<&'a mut Sink>,
    /// Bounds the requests in flight across partitions (`--concurrency`).
    pub(super) permits: Arc<Semaphore>,
    pub(super) tallies: StdMutex<Vec<Tally>>,
    pub(super) committed_rows: StdMutex<Vec<u64>>,
    pub(super) notes: StdMutex<Vec<String>>,
    pub(super) failures: StdMutex<Vec<SyncError>>,
    /// State keys of the partitions started in this run.
    pub(super) started: StdMutex<std::collections::HashSet<String>>,
    pub(super) abort: AtomicBool,
    pub(super) progress: StdMutex<(Progress, u64, u64)>,
    pub(super) start: Instant,
    /// The table plan as key trees, for the fields beyond it.
    pub(super) shapes: Shapes,
    /// Notes already given in this run (see [`note_once`]).
    pub(super) noted: StdMutex<HashSet<String>>,
    /// This run's id, as every loaded row carries it.
    pub(super) run_id: Cell,
    /// Per entry: the figures of its requests.
    pub(super) stats: Vec<Arc<RequestStats>>,
}

#[derive(Debug, Default, Clone)]
pub(super) struct Tally {
    pub(super) partitions: u64,
    pub(super) resumed: u64,
    pub(super) incomplete: u64,
    pub(super) records: u64,
    pub(super) rejected: u64,
    pub(super) pages: u64,
    pub(super) state: Option<String>,
    pub(super) error: Option<String>,
    /// Per field beyond the spec: the records that had it.
    pub(super) drift: BTreeMap<String, u64>,
    /// Saves no state or position (a `replace` stream reads everything each run).
    pub(super) stateless: bool,
    /// Rows committed per table index.
    pub(super) rows: Vec<u64>,
    /// Per required column of its checks: committed records with a value there.
    pub(super) non_null: Vec<u64>,
    /// The newest cursor value known at the end (loaded now or before).
    pub(super) newest: Option<String>,
    /// The state the partition started from.
    pub(super) state_before: Option<String>,
}

/// Loads the plan's streams into `sink` as run `run_id` (see [`crate::run_streams`]).
/// Partitions that fail are reported (the first failure is the error, carrying the report
/// of everything loaded); the others run to their end. Each stream's checks are evaluated
/// unless `--no-checks`.
pub(crate) async fn load_streams<C: Connector>(
    connector: &C,
    plan: &SyncPlan,
    sink: &mut Sink,
    run_id: &str,
) -> Result<SyncReport, SyncError> {
    let client = connector.runtime();
    let before = client.metrics();
    let shared = Shared {
        connector,
        plan,
        sink: Mutex::new(sink),
        permits: Arc::new(Semaphore::new(plan.args.concurrency.max(1))),
        tallies: StdMutex::new(vec![Tally::default(); plan.entries.len()]),
        committed_rows: StdMutex::new(Vec::new()),
        notes: StdMutex::new(Vec::new()),
        failures: StdMutex::new(Vec::new()),
        started: StdMutex::new(std::collections::HashSet::new()),
        abort: AtomicBool::new(false),
        progress: StdMutex::new((Progress::new(), 0, 0)),
        start: Instant::now(),
        shapes: Shapes::new(connector.tables()),
        noted: StdMutex::new(HashSet::new()),
        run_id: Cell::Text(run_id.to_string()),
        stats: plan
            .entries
            .iter()
            .map(|_| Arc::new(RequestStats::default()))
            .collect(),
    };
    // `replace` streams load into staging tables, swapped in when they complete.
    let replaced: Vec<usize> = plan
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.load && plan.streams[e.stream].write == WriteMode::Replace)
        .map(|(i, _)| i)
        .collect();
    for &e in &replaced {
        let spec = &plan.streams[plan.entries[e].stream];
        let mut sink = shared.sink.lock().await;
        if let Err(source) = sink.stage(spec.tables).await {
            return Err(SyncError::Sink {
                stream: spec.name.to_string(),
                source,
                report: Box::default(),
            });
        }
    }
    let mut roots = Vec::new();
    for (e, entry) in plan.entries.iter().enumerate() {
        if !entry.root {
            continue;
        }
        let spec = &plan.streams[entry.stream];
        for params in fixed_partitions(spec, &plan.args.params) {
            roots.push((e, params));
        }
    }
    run_roots(&shared, roots).await;
    for &e in &replaced {
        let spec = &plan.streams[plan.entries[e].stream];
        // A child's partitions are only those of the parent records read: the parents too
        // must have been read whole, from their first page, for the copy to be complete.
        let done = shared
            .tallies
            .lock()
            .map(|t| {
                let whole = |i: usize| t[i].incomplete == 0 && t[i].error.is_none();
                whole(e)
                    && ancestors(plan, e)
                        .into_iter()
                        .all(|a| whole(a) && t[a].resumed == 0)
            })
            .unwrap_or(false);
        let mut sink = shared.sink.lock().await;
        let result = if done {
            sink.swap(spec.tables).await
        } else {
            note(&shared, format!("{}: did not complete, so its tables were not replaced: they keep the rows of the last complete run, and this run's {} records of it were not kept", spec.name, shared.tallies.lock().map(|t| t[e].records).unwrap_or(0)));
            if let Ok(mut t) = shared.tallies.lock() {
                if let Ok(mut committed) = shared.committed_rows.lock() {
                    for (c, n) in committed.iter_mut().zip(&t[e].rows) {
                        *c = c.saturating_sub(*n);
                    }
                }
                t[e].records = 0;
                t[e].rows.clear();
                t[e].non_null.clear();
            }
            sink.discard(spec.tables).await
        };
        if let Err(source) = result {
            drop(sink);
            if let Ok(mut f) = shared.failures.lock() {
                f.push(SyncError::Sink {
                    stream: spec.name.to_string(),
                    source,
                    report: Box::default(),
                });
            }
        }
    }
    if let Ok(mut p) = shared.progress.lock() {
        p.0.done();
    }
    let (migrations, sink_notes) = {
        let sink = shared.sink.lock().await;
        (sink.migrations().to_vec(), sink.notes())
    };
    let now = client.metrics();
    let tallies = shared.tallies.into_inner().unwrap_or_default();
    let committed = shared.committed_rows.into_inner().unwrap_or_default();
    let tables = connector.tables();
    let mut streams: Vec<StreamReport> = plan
        .entries
        .iter()
        .zip(&tallies)
        .zip(&shared.stats)
        .map(|((e, t), stats)| {
            let spec = &plan.streams[e.stream];
            let single = t.partitions <= 1;
            StreamReport {
                name: spec.name.to_string(),
                loaded: e.load,
                partitions: t.partitions,
                resumed: t.resumed,
                incomplete: t.incomplete,
                records: t.records,
                rejected: t.rejected,
                pages: t.pages,
                state: t.state.clone(),
                error: t.error.clone(),
                drift: t.drift.iter().map(|(k, n)| (k.clone(), *n)).collect(),
                rows: named_counts(tables, &t.rows),
                requests: stats.figures(),
                state_before: if single { t.state_before.clone() } else { None },
                newest: t.newest.clone(),
                migrations: migrations
                    .iter()
                    .filter(|m| {
                        spec.tables.iter().any(|&i| {
                            tables
                                .get(i)
                                .is_some_and(|tb| m.starts_with(&format!("table `{}`:", tb.name)))
                        })
                    })
                    .cloned()
                    .collect(),
                checks: Vec::new(),
            }
        })
        .collect();
    if !plan.args.no_checks {
        let mut sink = shared.sink.lock().await;
        evaluate_checks(plan, &tallies, &mut streams, &mut sink, run_id).await;
    }
    let single = (streams.len() == 1 && streams[0].partitions <= 1)
        .then(|| streams[0].state.clone())
        .flatten();
    let report = SyncReport {
        records: streams.iter().map(|s| s.records).sum(),
        rows_by_table: named_counts(tables, &committed),
        pages: streams.iter().map(|s| s.pages).sum(),
        requests: now.requests.saturating_sub(before.requests),
        retries: now.retries.saturating_sub(before.retries),
        rejected: streams.iter().map(|s| s.rejected).sum(),
        duration: shared.start.elapsed(),
        state: single,
        streams,
        notes: {
            let mut notes = shared.notes.into_inner().unwrap_or_default();
            notes.extend(sink_notes);
            notes
        },
        migrations,
        run_id: run_id.to_string(),
        ..SyncReport::default()
    };
    let mut failures = shared.failures.into_inner().unwrap_or_default();
    if failures.is_empty() {
        return Ok(report);
    }
    let mut first = failures.remove(0);
    *first.report_mut() = report;
    Err(first)
}

/// A root partition to run: its entry and parameters.
type RootRun = (usize, Vec<(String, String)>);

/// Runs the root partitions, at most `--concurrency` at once. On a multi-threaded runtime,
/// several of them are spread over up to one thread per core, each thread taking the next
/// partition from one queue as it finishes one: decoding, flattening and loading is CPU
/// work, and one task would run all of it on one core. A partition's children run on its
/// thread. The threads share the sink (behind its lock), the permits, the rate limiter and
/// the connection pool, as the partitions of one task do.
async fn run_roots<C: Connector>(shared: &Shared<'_, C>, roots: Vec<RootRun>) {
    let width = shared.plan.args.concurrency.max(1);
    let threads = root_threads(width, roots.len());
    let queue = StdMutex::new(roots.into_iter());
    let handle = match tokio::runtime::Handle::try_current() {
        Ok(h)
            if threads > 1 && h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread =>
        {
            h
        }
        _ => return run_queue(shared, &queue, width).await,
    };
    // Each thread keeps its share of the width (together `--concurrency`), and no more than
    // its share of the partitions: the first to start must not take them all.
    let partitions = queue.lock().map_or(0, |q| q.len());
    let share = |i: usize| {
        let w = width / threads + usize::from(i < width % threads);
        w.min(partitions.div_ceil(threads)).max(1)
    };
    // The threads drive their partitions with the runtime's I/O and timers (`block_on`),
    // this one among them; a worker hands its other tasks over meanwhile. Should a thread
    // not start, the others take its share from the queue.
    // The caller's subscriber and span reach the other threads (an embedder's scoped
    // `tracing` subscriber is per thread).
    let dispatch = tracing::dispatcher::get_default(Clone::clone);
    let span = tracing::Span::current();
    tokio::task::block_in_place(|| {
        std::thread::scope(|s| {
            let mut started = Vec::new();
            for i in 1..threads {
                let (handle, queue, dispatch, span) = (&handle, &queue, &dispatch, &span);
                let run = move || {
                    tracing::dispatcher::with_default(dispatch, || {
                        span.in_scope(|| handle.block_on(run_queue(shared, queue, share(i))))
                    })
                };
                match std::thread::Builder::new()
                    .name(format!("apitap-sync-{i}"))
                    .spawn_scoped(s, run)
                {
                    Ok(thread) => started.push(thread),
                    Err(e) => {
                        tracing::warn!("could not start a thread for the run's partitions ({e}); running them on fewer");
                        break;
                    }
                }
            }
            handle.block_on(run_queue(shared, &queue, share(0)));
            // A thread's panic goes on with its own message once the others are done (the
            // scope alone would say only that "a scoped thread panicked").
            let panics: Vec<_> = started.into_iter().filter_map(|t| t.join().err()).collect();
            if let Some(panic) = panics.into_iter().next() {
                std::panic::resume_unwind(panic);
            }
        });
    });
}

/// Threads for `partitions` root partitions at `width` at once: one per core at most.
fn root_threads(width: usize, partitions: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    cores.min(width).min(partitions)
}

/// Runs partitions taken from `queue`, `width` at once, until it is empty.
async fn run_queue<C: Connector>(
    shared: &Shared<'_, C>,
    queue: &StdMutex<std::vec::IntoIter<RootRun>>,
    width: usize,
) {
    let next = std::iter::from_fn(|| queue.lock().ok()?.next());
    stream::iter(next)
        .map(|(e, params)| {
            let columns = child_columns(shared.plan, e, &params);
            run_partition(shared, e, params, columns)
        })
        .buffer_unordered(width)
        .collect::<Vec<bool>>()
        .await;
}

/// The entries whose partitions run entry `e`'s (its parent, its parent's parent...).
pub(super) fn ancestors(plan: &SyncPlan, e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = e;
    while let Some(p) = plan.entries.iter().position(|x| x.children.contains(&at)) {
        if out.contains(&p) {
            break;
        }
        out.push(p);
        at = p;
    }
    out
}

/// `(table name, n)` for the tables with rows.
pub(super) fn named_counts(tables: &[TableSpec], counts: &[u64]) -> Vec<(String, u64)> {
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| {
            let name = tables
                .get(i)
                .map_or_else(|| format!("table {i}"), |t| t.name.to_string());
            (name, *n)
        })
        .collect()
}

/// Each loaded stream's checks, on its figures and the run log's history.
pub(super) async fn evaluate_checks(
    plan: &SyncPlan,
    tallies: &[Tally],
    streams: &mut [StreamReport],
    sink: &mut Sink,
    run_id: &str,
) {
    let now = crate::rows::now_secs();
    // Enough of the log for every stream's runs, whatever else ran between them.
    let runs = plan
        .entries
        .iter()
        .filter_map(|e| plan.streams[e.stream].checks.volume_change)
        .map(|v| v.runs as usize)
        .max();
    let history = if let Some(runs) = runs {
        match sink
            .run_history(500.max(runs * plan.entries.len() * 4))
            .await
        {
            Ok(rows) => rows,
            Err(e) => {
                tracing::warn!("reading the run log for the volume check failed: {e}");
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    for ((entry, tally), report) in plan.entries.iter().zip(tallies).zip(streams.iter_mut()) {
        let checks = &plan.streams[entry.stream].checks;
        if !entry.load || checks.is_empty() {
            continue;
        }
        let runs = checks.volume_change.map_or(0, |v| v.runs as usize);
        let past = crate::runlog::history(&history, &report.name, run_id, runs);
        report.checks = crate::checks::evaluate(
            checks,
            &Measured {
                records: report.records,
                rejected: report.rejected,
                requests: &report.requests,
                newest: report.newest.as_deref(),
                now,
                non_null: &tally.non_null,
                history: &past,
            },
        );
        for c in &report.checks {
            if c.passed {
                tracing::info!(event = "check", stream = %report.name, check = %c.check, passed = true, figure = %c.figure, limit = %c.limit, "check passed");
            } else {
                tracing::warn!(event = "check", stream = %report.name, check = %c.check, passed = false, figure = %c.figure, limit = %c.limit, "check failed");
            }
        }
    }
}

/// The partitions of a root entry: the product of its fixed values, with the `--param`
/// values it takes (they are part of the partition, and of its state key: runs with other
/// values keep other states).
pub(super) fn fixed_partitions(
    spec: &StreamSpec,
    given: &[(String, String)],
) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<Vec<(String, String)>> = vec![given_params(spec, given, &[])];
    for p in spec.partition {
        if given.iter().any(|(k, _)| k == p.name) {
            continue;
        }
        if let ParamSource::Values(values) = p.source {
            out = out
                .into_iter()
                .flat_map(|base| {
                    values.iter().map(move |v| {
                        let mut next = base.clone();
                        next.push((p.name.to_string(), v.to_string()));
                        next
                    })
                })
                .collect();
        }
    }
    out
}

/// The `--param` values stream `spec` takes, but those in `skip` and the page size (which
/// changes no record): they belong to its partitions and their state keys.
pub(super) fn given_params(
    spec: &StreamSpec,
    given: &[(String, String)],
    skip: &[(String, String)],
) -> Vec<(String, String)> {
    let size = spec.page_size.as_ref().map(|p| p.param);
    given
        .iter()
        .filter(|(k, _)| {
            spec.accepts.contains(&k.as_str())
                && Some(k.as_str()) != size
                && !skip.iter().any(|(s, _)| s == k)
        })
        .cloned()
        .collect()
}

/// How a partition ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// Every page read and loaded, the state saved.
    Complete,
    /// Stopped before the end (page cap, a child not complete, the run aborted); its
    /// position is saved and the next run goes on.
    Incomplete,
}

/// One partition: its pages, its records' child partitions, its state; whether it is
/// complete. What goes wrong is recorded in `shared` and stops this partition only.
pub(super) fn run_partition<'s, 'a: 's, C: Connector>(
    shared: &'s Shared<'a, C>,
    entry: usize,
    params: Vec<(String, String)>,
    columns: Vec<(usize, Cell)>,
) -> futures::future::BoxFuture<'s, bool> {
    Box::pin(async move {
        let plan = shared.plan;
        let e = &plan.entries[entry];
        let spec = &plan.streams[e.stream];
        let key = partition_key(spec.name, &params);
        let args = &plan.args;
        let owned = shard_owns(args.shard, &key);
        if !owned && e.children.is_empty() {
            return true;
        }
        let load = e.load && owned;
        // State of this way of reading the partition: reading a parent for its children
        // must not move the state of loading it, nor of other sets of children or shards.
        let mut state_key = key.clone();
        if !e.children.is_empty() {
            let mut names: Vec<&str> = e
                .children
                .iter()
                .map(|&c| plan.streams[plan.entries[c].stream].name)
                .collect();
            names.sort_unstable();
            state_key.push_str(&format!("#children={}", names.join(",")));
            if !load {
                state_key.push_str("#parent-only");
            }
            if let Some((k, n)) = args.shard.filter(|(_, n)| *n > 1) {
                state_key.push_str(&format!("#shard={k}/{n}"));
            }
        }
        let resume_key = format!("{state_key}{RESUME_SUFFIX}");
        // The same partition from two parent records (or pages): one run is enough.
        let first = shared
            .started
            .lock()
            .map(|mut started| started.insert(state_key.clone()))
            .unwrap_or(true);
        if !first {
            return true;
        }
        let mut tally = Tally {
            partitions: 1,
            ..Tally::default()
        };
        let part = Part {
            entry,
            params: &params,
            columns: &columns,
            load,
            state_key: &state_key,
            resume_key: &resume_key,
        };
        let pages = partition_pages(shared, &part, &mut tally);
        let complete = match crate::stats::scope(shared.stats[entry].clone(), pages).await {
            Ok(Outcome::Complete) => true,
            Ok(Outcome::Incomplete) => {
                tally.incomplete = 1;
                false
            }
            Err(error) => {
                tally.error.get_or_insert_with(|| error.to_string());
                tally.incomplete = 1;
                if matches!(error, SyncError::Sink { .. }) {
                    shared.abort.store(true, AtomicOrdering::SeqCst);
                }
                if let Ok(mut f) = shared.failures.lock() {
                    f.push(error);
                }
                false
            }
        };
        if let Ok(mut t) = shared.tallies.lock() {
            let sum = &mut t[entry];
            sum.partitions += tally.partitions;
            sum.resumed += tally.resumed;
            sum.incomplete += tally.incomplete;
            sum.records += tally.records;
            sum.rejected += tally.rejected;
            sum.pages += tally.pages;
            for (label, n) in tally.drift {
                *sum.drift.entry(label).or_default() += n;
            }
            add_counts(&mut sum.rows, &tally.rows);
            add_counts(&mut sum.non_null, &tally.non_null);
            if let Some(n) = tally.newest {
                let newer = sum
                    .newest
                    .as_deref()
                    .is_none_or(|m| compare_state(&n, m) == std::cmp::Ordering::Greater);
                if newer {
                    sum.newest = Some(n);
                }
            }
            if sum.partitions == 1 {
                sum.state_before = tally.state_before;
            }
            if sum.partitions == 1 {
                sum.state = tally.state;
            }
            if sum.error.is_none() {
                sum.error = tally.error;
            }
        }
        complete
    })
}

pub(super) fn add_counts(sum: &mut Vec<u64>, more: &[u64]) {
    if sum.len() < more.len() {
        sum.resize(more.len(), 0);
    }
    for (s, m) in sum.iter_mut().zip(more) {
        *s += m;
    }
}

/// One partition as [`run_partition`] resolved it.
pub(super) struct Part<'p> {
    pub(super) entry: usize,
    pub(super) params: &'p [(String, String)],
    /// Root-table cells its rows carry.
    pub(super) columns: &'p [(usize, Cell)],
    /// Load its records (else read them for its children only).
    pub(super) load: bool,
    /// Key of its incremental state, and of its saved page position.
    pub(super) state_key: &'p str,
    pub(super) resume_key: &'p str,
}
