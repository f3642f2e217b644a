//! One partition's pages: read, decode, flatten, load, and commit with the position of the next page.

use super::*;

/// The page loop of [`run_partition`].
pub(super) async fn partition_pages<C: Connector>(
    shared: &Shared<'_, C>,
    part: &Part<'_>,
    tally: &mut Tally,
) -> Result<Outcome, SyncError> {
    let Part {
        entry,
        params,
        columns,
        load,
        state_key,
        resume_key,
    } = *part;
    let plan = shared.plan;
    let args = &plan.args;
    let e = &plan.entries[entry];
    let spec = &plan.streams[e.stream];
    let name = spec.name;
    let sink_error = |source: SinkError| SyncError::Sink {
        stream: name.to_string(),
        source,
        report: Box::default(),
    };
    let replace = spec.write == WriteMode::Replace;
    tally.stateless = replace;
    let (saved, resume) = if args.full_refresh || replace {
        (None, None)
    } else {
        let mut sink = shared.sink.lock().await;
        let saved = sink.load_state(state_key).await.map_err(sink_error)?;
        let resume = sink.load_state(resume_key).await.map_err(sink_error)?;
        (saved, resume)
    };
    // An explicit --since asks for that filter: a position saved under another is no use.
    let resume = resume.filter(|_| args.since.is_none());
    let mut resume: Option<Resume> = match resume.map(|text| serde_json::from_str::<Resume>(&text))
    {
        Some(Ok(r)) => Some(r),
        Some(Err(_)) => {
            note(shared, format!("{state_key}: the saved page position is unreadable; starting from the first page"));
            None
        }
        None => None,
    };
    tally.state_before = saved.clone();
    let mut tracker = StateTracker {
        initial: saved.clone(),
        max: None,
    };
    // The --param values this stream takes (its page size among them), then the
    // partition's own.
    let mut call: Vec<(String, String)> = args
        .params
        .iter()
        .filter(|(k, _)| spec.accepts.contains(&k.as_str()) && !params.iter().any(|(p, _)| p == k))
        .cloned()
        .collect();
    call.extend(params.iter().cloned());
    // Reading a parent for its children: every record, not only those changed since its
    // state (a child can change while its parent does not), unless the connector says its
    // parents change with their children.
    let fan_out_all = !e.children.is_empty() && !spec.children_of_changed;
    let page_size = match (args.page_size, &spec.page_size) {
        (Some(n), Some(size)) => match size.max {
            Some(max) if n > max => {
                note(shared, format!("{name}: --page-size {n} is above the {max} the API allows for `{}`; sending {max}", size.param));
                Some(max)
            }
            _ => Some(n),
        },
        (_, Some(size)) => size.default,
        (_, None) => None,
    };
    let root_table = spec.tables.first().copied();
    let mut page_size = page_size;
    // The page size sent: a `--param` that sets it wins (the paginator keeps it), then the
    // stream's, then the client's configuration.
    let explicit_size = spec
        .page_size
        .as_ref()
        .and_then(|p| call.iter().find(|(k, _)| k == p.param))
        .and_then(|(_, v)| v.trim().parse::<u64>().ok());
    let configured_size = shared.connector.runtime().config().get_page_size();
    // Child partitions left unfinished by the run that saved the position: run them first.
    let mut retry: Vec<Retry> = resume
        .as_mut()
        .map(|r| std::mem::take(&mut r.retry))
        .unwrap_or_default();
    // A page number counts pages of one size: resuming at another would skip records.
    if let Some(r) = resume.as_mut() {
        if matches!(r.page, Some(PagePosition::Number(_))) {
            let now = explicit_size.or(page_size).or(configured_size);
            if r.page_size != now {
                if explicit_size.is_none() && (r.page_size.is_some() || configured_size.is_none()) {
                    page_size = r.page_size;
                } else {
                    note(shared, format!("{state_key}: the page size changed since the saved page number; starting from the first page"));
                    r.page = None;
                }
            }
        }
    }
    let sent_size = explicit_size.or(page_size).or(configured_size);
    if !retry.is_empty() {
        let runs: Vec<ChildRun> = retry
            .iter()
            .filter_map(|r| {
                let c = e
                    .children
                    .iter()
                    .copied()
                    .find(|&c| key_of(plan, c) == r.stream)?;
                let columns = child_columns(plan, c, &r.params);
                Some((c, r.params.clone(), columns))
            })
            .collect();
        retry = run_children(shared, runs).await;
    }
    let mut retried_from_start = false;
    // Records older than this were loaded by an earlier run (a lookback re-reads a window
    // behind it, for records that arrive late). A full refresh reads everything.
    let since = match (&args.since, &saved) {
        _ if replace => None,
        (Some(given), _) => Some(given.clone()),
        (None, Some(saved)) => match spec.lookback {
            Some(lookback) => Some(lookback.apply(saved).unwrap_or_else(|| {
                note(shared, format!("{state_key}: the lookback cannot move the saved state `{saved}`; it is used as it is"));
                saved.clone()
            })),
            None => Some(saved.clone()),
        },
        (None, None) => None,
    };
    let contract = args.contract.unwrap_or(spec.contract);
    let keeps = load && root_table.is_some_and(|t| shared.shapes.keeps(t));
    // A record twice in one batch would leave the children of its first version: the
    // batch is committed before the second comes in (each commit replaces children).
    let dedupe =
        load && spec.write != WriteMode::Append && spec.tables.len() > 1 && root_table.is_some();
    let tables = shared.connector.tables();
    let mut start_rows = vec![0usize; tables.len()];
    // An append stream reads again the records at its saved state (the filter keeps them,
    // so none that shares the value is missed): those the last run stored are not stored a
    // second time. The keys at the newest value are saved beside the state.
    let boundary_key = format!("{state_key}#boundary");
    let edges = load && spec.write == WriteMode::Append && spec.cursor.is_some();
    let stored_edge: HashSet<String> = match (&saved, edges && args.since.is_none()) {
        (Some(_), true) => {
            let mut sink = shared.sink.lock().await;
            let text = sink.load_state(&boundary_key).await.map_err(sink_error)?;
            text.and_then(|t| serde_json::from_str(&t).ok())
                .unwrap_or_default()
        }
        _ => HashSet::new(),
    };
    let mut edge = Edge {
        value: saved.clone(),
        keys: stored_edge.clone(),
    };
    'attempt: loop {
        let position = resume.as_ref().and_then(|r| r.page.clone());
        // What the API is asked for: the filter the saved position was made with.
        let request_since = match &resume {
            Some(r) if position.is_some() => r.since.clone(),
            _ if fan_out_all => None,
            _ => since.clone(),
        };
        if let Some(r) = &resume {
            tracker.see(r.max.clone());
            tally.resumed = u64::from(position.is_some());
        }
        let start = PageStart {
            page_size,
            resume: position.clone(),
        };
        let pages = shared
            .connector
            .open(e.stream, &call, request_since.as_deref(), start)
            .map_err(|e| SyncError::Source {
                stream: name.to_string(),
                message: e.to_string(),
                status: None,
                retryable: false,
                report: Box::default(),
            })?;
        // The next page is fetched and parsed on another task while this one loads the
        // current page. Not under `--max-pages`, which must not request a page it will not
        // load; a stop for another reason (a failed destination, a frozen contract) leaves
        // at most one page read and not loaded. Nothing is read once the run is aborting.
        if shared.abort.load(AtomicOrdering::SeqCst) {
            return Ok(Outcome::Incomplete);
        }
        let ahead = args.max_pages.is_none();
        let mut pages = if ahead {
            read_ahead(pages, shared.permits.clone())
        } else {
            pages
        };
        let mut batch = Batch {
            entry,
            ..Batch::default()
        };
        let mut scratch = Rows::new();
        let mut fetched = 0u64;
        // Where the next page starts (`None`: the first page, or after the last one).
        let mut current: Option<PagePosition> = position;
        // The saved position after the pages read so far, with the children to run again.
        let doc = |page: Option<&PagePosition>, retry: &[Retry], tracker: &StateTracker| {
            serde_json::to_string(&Resume {
                since: request_since.clone(),
                page: page.cloned(),
                page_size: sent_size,
                max: tracker.max.clone(),
                retry: retry.to_vec(),
            })
            .unwrap_or_default()
        };
        loop {
            if shared.abort.load(AtomicOrdering::SeqCst) {
                // Another partition's destination failed: stop here, nothing more is saved.
                return Ok(Outcome::Incomplete);
            }
            let item = if ahead {
                pages.next().await // the read-ahead task holds the permit while it fetches
            } else {
                let _permit = shared.permits.acquire().await;
                pages.next().await
            };
            let page = match item {
                None => break,
                Some(Ok(page)) => page,
                Some(Err(failure)) => {
                    // A saved position the API no longer honours (an expired cursor) must
                    // not wedge every later run: start this partition over, once.
                    let refused = failure.status.is_some_and(|s| {
                        (400..500).contains(&s) && s != 429 && s != 401 && s != 403
                    });
                    if current.is_some() && fetched == 0 && refused && !retried_from_start {
                        note(shared, format!("{state_key}: the API refused the saved page position ({}); started from the first page", failure.message));
                        if let Some(r) = resume.as_mut() {
                            r.page = None;
                        }
                        retried_from_start = true;
                        continue 'attempt;
                    }
                    // A child of a parent record deleted since it was listed: nothing to load.
                    let gone = failure.status.is_some_and(|s| s == 404 || s == 410);
                    if !e.root && gone && fetched == 0 && current.is_none() {
                        note(shared, format!("{state_key}: the API answered {} (its parent is gone?); nothing loaded", failure.status.unwrap_or(404)));
                        commit(shared, &mut batch, tally, name, &[(resume_key, None)]).await?;
                        return Ok(Outcome::Complete);
                    }
                    // What the pages before the failure hold is kept, with their position
                    // and the children to run again.
                    if fetched > 0 || !retry.is_empty() {
                        let saved_doc = doc(current.as_ref(), &retry, &tracker);
                        commit(
                            shared,
                            &mut batch,
                            tally,
                            name,
                            &[(resume_key, Some(&saved_doc))],
                        )
                        .await?;
                    }
                    return Err(SyncError::Source {
                        stream: name.to_string(),
                        message: failure.message,
                        status: failure.status,
                        retryable: failure.retryable,
                        report: Box::default(),
                    });
                }
            };
            fetched += 1;
            tally.pages += 1;
            current = page.next.clone();
            let mut children: Vec<ChildRun> = Vec::new();
            let mut page_records = 0u64;
            for record in &page.records {
                if dedupe {
                    if let Some(key) = root_table.and_then(|t| raw_key(&tables[t], record)) {
                        if batch.keys.contains(&key) {
                            commit(shared, &mut batch, tally, name, &[]).await?;
                        }
                        batch.keys.insert(key);
                    }
                }
                let target = if load { &mut batch.rows } else { &mut scratch };
                let first_row = root_table.map_or(0, |t| target.table(t).len());
                if keeps || edges {
                    for &t in spec.tables {
                        if let Some(slot) = start_rows.get_mut(t) {
                            *slot = target.table(t).len();
                        }
                    }
                }
                let verdict = shared
                    .connector
                    .load(e.stream, record, since.as_deref(), target);
                let fan_out = match &verdict {
                    Loaded::Record(_) | Loaded::Rejected(_) => true,
                    Loaded::Skipped => fan_out_all,
                };
                let verdict = match verdict {
                    Loaded::Record(cursor) if edges => {
                        // A record's version: its key and a hash of all it holds, so a
                        // record changed within one cursor value is stored again.
                        let key = root_table
                            .and_then(|t| raw_key(&tables[t], record))
                            .map(|k| format!("{k}#{:016x}", stable_hash(&record.to_string())));
                        let stored = match (&cursor, &saved, &key) {
                            (Some(c), Some(s), Some(k)) => {
                                compare_state(c, s).is_eq() && stored_edge.contains(k)
                            }
                            _ => false,
                        };
                        if stored {
                            for &t in spec.tables {
                                target.truncate(t, start_rows.get(t).copied().unwrap_or(0));
                            }
                            Loaded::Skipped
                        } else {
                            edge.see(cursor.as_deref(), key);
                            Loaded::Record(cursor)
                        }
                    }
                    other => other,
                };
                match verdict {
                    Loaded::Record(cursor) => {
                        if keeps {
                            let mut found = Drift::new();
                            let t = root_table.unwrap_or(0);
                            if !shared
                                .shapes
                                .fill(t, record, target, &start_rows, &mut found)
                            {
                                note_once(shared, format!("{name}: a record's child rows do not line up with its JSON; its fields beyond the spec were not kept"));
                            }
                            if !found.is_empty() {
                                if contract == Contract::Freeze {
                                    return Err(SyncError::Contract {
                                        stream: name.to_string(),
                                        fields: found.into_iter().collect(),
                                        report: Box::default(),
                                    });
                                }
                                for label in found {
                                    if contract == Contract::Warn {
                                        note_once(shared, format!("schema drift: `{label}` is not in the spec; kept in `_extra`"));
                                    }
                                    *tally.drift.entry(label).or_default() += 1;
                                }
                            }
                        }
                        tracker.see(cursor);
                        if load {
                            if let Some(t) = root_table {
                                for (column, cell) in columns {
                                    batch.rows.fill(t, first_row, *column, cell);
                                }
                            }
                            batch.records += 1;
                            page_records += 1;
                        }
                    }
                    Loaded::Skipped => {}
                    Loaded::Rejected(reason) => {
                        // One older than the state was kept by the run that first read it
                        // (parents with children are read whole every run).
                        let seen = match (since.as_deref(), spec.cursor) {
                            (Some(since), Some(field)) => record
                                .get(field)
                                .and_then(ToCursor::to_cursor)
                                .is_some_and(|c| compare_state(&c, since).is_lt()),
                            _ => false,
                        };
                        if load && !seen {
                            batch.rejects.push((reason, record.to_string()));
                        } else if !load && !e.children.is_empty() {
                            note(shared, format!("a record of `{name}` does not fit its type ({reason}); its children are pulled from its raw JSON"));
                        }
                    }
                }
                scratch.clear();
                if !fan_out {
                    continue;
                }
                // Children are found from the raw record: one its type rejects still has them.
                for &c in &e.children {
                    match child_params(plan, c, record, params) {
                        Ok(partitions) => {
                            for p in partitions {
                                let cols = child_columns(plan, c, &p);
                                children.push((c, p, cols));
                            }
                        }
                        Err(missing) => note(
                            shared,
                            format!(
                                "a record of `{name}` has no `{missing}`: its `{}` were not pulled",
                                key_of(plan, c)
                            ),
                        ),
                    }
                }
            }
            bump_progress(shared, page_records);
            tracing::info!(
                event = "page",
                stream = name,
                partition = %state_key,
                page = fetched,
                records = page_records,
                "page loaded"
            );
            if !children.is_empty() {
                // A child that does not finish (its error or page cap is reported on its
                // own) must not hold up the others, nor the parent: it is saved with the
                // parent's position and run first next time.
                retry.extend(run_children(shared, children).await);
            }
            if let Some(position) = &current {
                if batch.records >= args.batch_size.max(1) as u64 || !e.children.is_empty() {
                    let saved_doc = doc(Some(position), &retry, &tracker);
                    commit(
                        shared,
                        &mut batch,
                        tally,
                        name,
                        &[(resume_key, Some(&saved_doc))],
                    )
                    .await?;
                }
            }
            // `--max-pages` holds also where the client was built without the cap (the
            // library form of `sync`).
            if current.is_some() && args.max_pages.is_some_and(|max| fetched >= max) {
                break;
            }
        }
        if let Some(position) = current {
            // The stream ended with more pages to go: the page cap.
            let saved_doc = doc(Some(&position), &retry, &tracker);
            commit(
                shared,
                &mut batch,
                tally,
                name,
                &[(resume_key, Some(&saved_doc))],
            )
            .await?;
            tally.newest = tracker.complete();
            tally.state = saved;
            note(shared, format!("{state_key}: stopped at the page cap (--max-pages); the next run goes on from there"));
            return Ok(Outcome::Incomplete);
        }
        // Every page is loaded: the state moves. Children that did not finish are kept for
        // the next run, which runs them first.
        let complete = tracker.complete();
        let kept = (!retry.is_empty()).then(|| doc(None, &retry, &tracker));
        let mut updates: Vec<(&str, Option<&str>)> = vec![(resume_key, kept.as_deref())];
        if let Some(value) = complete.as_deref() {
            updates.push((state_key, Some(value)));
        }
        let edge_doc = (edges && edge.value == complete)
            .then(|| edge.document())
            .flatten();
        if edges {
            updates.push((&boundary_key, edge_doc.as_deref()));
        }
        commit(shared, &mut batch, tally, name, &updates).await?;
        tally.newest = complete.clone();
        tally.state = complete;
        if !retry.is_empty() {
            note(
                shared,
                format!("{state_key}: {} child partition(s) did not finish; the next run runs them first", retry.len()),
            );
            return Ok(Outcome::Incomplete);
        }
        return Ok(Outcome::Complete);
    }
}

/// Reads `pages` on a task of its own, one page ahead of the consumer, each fetch
/// holding one of `permits` as the page loop's own fetches do. An error ends it after being
/// passed on; dropping the returned stream stops the task. The task counts its requests in
/// the stats of the stream it reads for.
fn read_ahead(mut pages: RawPages, permits: Arc<Semaphore>) -> RawPages {
    let (tx, rx) = tokio::sync::mpsc::channel(1);
    let read = async move {
        loop {
            // A fetch starts once the consumer has taken the page before: one page ahead.
            let Ok(slot) = tx.reserve().await else { break };
            let item = {
                let Ok(_permit) = permits.acquire().await else {
                    break;
                };
                pages.next().await
            };
            let Some(item) = item else { break };
            let failed = item.is_err();
            slot.send(item);
            if failed {
                break;
            }
        }
    };
    // The requests count for the stream that reads them.
    let task = match crate::stats::current() {
        Some(stats) => tokio::spawn(crate::stats::scope(stats, read)),
        None => tokio::spawn(read),
    };
    Box::pin(stream::unfold(
        (rx, Task(Some(task))),
        |(mut rx, mut task)| async move {
            match rx.recv().await {
                Some(item) => Some((item, (rx, task))),
                None => {
                    // The task ended: the pages did, or it panicked, which must not pass
                    // for their end (the partition would count as complete).
                    if let Some(handle) = task.0.take() {
                        if let Err(e) = handle.await {
                            if e.is_panic() {
                                std::panic::resume_unwind(e.into_panic());
                            }
                        }
                    }
                    None
                }
            }
        },
    ))
}

/// The read-ahead task, aborted when its stream is dropped before the end.
struct Task(Option<tokio::task::JoinHandle<()>>);

impl Drop for Task {
    fn drop(&mut self) {
        if let Some(handle) = self.0.take() {
            handle.abort();
        }
    }
}

#[cfg(test)]
mod read_ahead_tests {
    use super::*;
    use futures::FutureExt;

    fn page(n: u64) -> Result<RawPage, SourceFailure> {
        Ok(RawPage {
            records: vec![serde_json::json!({ "id": n })],
            next: None,
        })
    }

    #[tokio::test]
    async fn pages_and_an_error_arrive_in_order_and_end_the_stream() {
        let failure = SourceFailure {
            message: "500".into(),
            status: Some(500),
            retryable: true,
        };
        let pages: RawPages = Box::pin(stream::iter(vec![page(1), page(2), Err(failure), page(3)]));
        let got: Vec<_> = read_ahead(pages, Arc::new(Semaphore::new(1)))
            .collect()
            .await;
        assert_eq!(got.len(), 3, "nothing after the error");
        assert_eq!(got[1].as_ref().unwrap().records[0]["id"], 2);
        assert_eq!(got[2].as_ref().err().and_then(|f| f.status), Some(500));
    }

    #[tokio::test]
    async fn a_panic_while_reading_ahead_is_not_the_end_of_the_pages() {
        let pages: RawPages = Box::pin(stream::iter(0..3).map(|i| {
            assert!(i < 1, "the paginator broke");
            page(i)
        }));
        let mut ahead = read_ahead(pages, Arc::new(Semaphore::new(1)));
        assert!(ahead.next().await.is_some());
        let next = std::panic::AssertUnwindSafe(ahead.next())
            .catch_unwind()
            .await;
        assert!(
            next.is_err(),
            "the panic reaches the reader: {:?}",
            next.ok()
        );
    }
}
