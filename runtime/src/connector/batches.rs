//! Committing batches, the append edge, child partitions' parameters, and the run's notes.

use super::*;

/// Runs child partitions, at most `--concurrency` at once; those that did not finish.
pub(super) async fn run_children<C: Connector>(
    shared: &Shared<'_, C>,
    runs: Vec<ChildRun>,
) -> Vec<Retry> {
    let plan = shared.plan;
    let width = plan.args.concurrency.max(1);
    stream::iter(runs)
        .map(|(c, params, columns)| async move {
            let done = run_partition(shared, c, params.clone(), columns).await;
            (!done).then(|| Retry {
                stream: key_of(plan, c).to_string(),
                params,
            })
        })
        .buffer_unordered(width)
        .filter_map(futures::future::ready)
        .collect()
        .await
}

/// The records flattened since the last commit, and the rejections beside them.
#[derive(Default)]
pub(super) struct Batch {
    /// The plan entry whose partition fills it.
    pub(super) entry: usize,
    pub(super) rows: Rows,
    pub(super) rejects: Vec<(String, String)>,
    /// Records in `rows`.
    pub(super) records: u64,
    /// Root keys of the records in `rows` (for streams with child tables).
    pub(super) keys: HashSet<String>,
}

/// Commits `batch` (rows and rejections) and `updates` in one transaction.
pub(super) async fn commit<C: Connector>(
    shared: &Shared<'_, C>,
    batch: &mut Batch,
    tally: &mut Tally,
    stream: &str,
    updates: &[(&str, Option<&str>)],
) -> Result<(), SyncError> {
    let sink_error = |source: SinkError| SyncError::Sink {
        stream: stream.to_string(),
        source,
        report: Box::default(),
    };
    // A `replace` stream saves no state nor position: each run reads it whole.
    let updates = if tally.stateless { &[][..] } else { updates };
    let rejected: Vec<(&str, &str, &str)> = batch
        .rejects
        .iter()
        .map(|(reason, raw)| (stream, reason.as_str(), raw.as_str()))
        .collect();
    if batch.rows.is_empty() && rejected.is_empty() && updates.is_empty() {
        return Ok(());
    }
    let tables = shared.connector.tables();
    for t in 0..batch.rows.table_count() {
        if let Some(c) = tables.get(t).and_then(TableSpec::run_id_column) {
            batch.rows.fill_column(t, c, &shared.run_id);
        }
    }
    let spec = &shared.plan.streams[shared.plan.entries[batch.entry].stream];
    let non_null = count_set(tables, spec, &batch.rows);
    let mut sink = shared.sink.lock().await;
    sink.commit(&batch.rows, &rejected, updates)
        .await
        .map_err(sink_error)?;
    add_counts(&mut tally.non_null, &non_null);
    tally.rejected += rejected.len() as u64;
    drop(sink);
    batch.rejects.clear();
    let counts: Vec<u64> = batch
        .rows
        .count_by_table()
        .into_iter()
        .map(|n| n as u64)
        .collect();
    add_counts(&mut tally.rows, &counts);
    if let Ok(mut committed) = shared.committed_rows.lock() {
        for (i, n) in batch.rows.count_by_table().into_iter().enumerate() {
            if committed.len() <= i {
                committed.resize(i + 1, 0);
            }
            committed[i] += n as u64;
        }
    }
    tally.records += batch.records;
    batch.records = 0;
    batch.rows.clear();
    batch.keys.clear();
    Ok(())
}

/// The versions (key and content hash) of an append stream's records at its newest cursor
/// value.
pub(super) struct Edge {
    pub(super) value: Option<String>,
    pub(super) keys: HashSet<String>,
}

impl Edge {
    /// Keys kept at most: past this, the next run may store some of them again.
    const MAX_KEYS: usize = 10_000;

    pub(super) fn see(&mut self, cursor: Option<&str>, key: Option<String>) {
        let (Some(c), Some(k)) = (cursor, key) else {
            return;
        };
        let order = self
            .value
            .as_deref()
            .map_or(std::cmp::Ordering::Greater, |v| compare_state(c, v));
        match order {
            std::cmp::Ordering::Greater => {
                self.value = Some(c.to_string());
                self.keys.clear();
                self.keys.insert(k);
            }
            std::cmp::Ordering::Equal => {
                self.keys.insert(k);
            }
            std::cmp::Ordering::Less => {}
        }
    }

    /// The keys as JSON, when there are few enough to keep.
    pub(super) fn document(&self) -> Option<String> {
        if self.keys.is_empty() || self.keys.len() > Self::MAX_KEYS {
            return None;
        }
        let mut keys: Vec<&String> = self.keys.iter().collect();
        keys.sort();
        serde_json::to_string(&keys).ok()
    }
}

/// Per required column of `spec`'s checks: the rows of its root table in `rows` with a value.
pub(super) fn count_set(tables: &[TableSpec], spec: &StreamSpec, rows: &Rows) -> Vec<u64> {
    let Some((&root, table)) = spec.tables.first().and_then(|t| Some((t, tables.get(*t)?))) else {
        return Vec::new();
    };
    spec.checks
        .required
        .iter()
        .map(|(name, _)| match table.column_index(name) {
            Some(c) => rows
                .table(root)
                .iter()
                .filter(|row| row.get(c).is_some_and(|cell| *cell != Cell::Null))
                .count() as u64,
            None => 0,
        })
        .collect()
}

/// A record's root key from its raw JSON (the primary key columns' fields), as one string.
pub(super) fn raw_key(table: &TableSpec, record: &Value) -> Option<String> {
    if table.primary_key.is_empty() {
        return None;
    }
    let mut key = String::new();
    for name in table.primary_key {
        let column = &table.columns[table.column_index(name)?];
        let ColumnSource::Field(path) = column.source else {
            return None;
        };
        let value = path.iter().try_fold(record, |v, p| v.get(p))?;
        if value.is_null() {
            return None;
        }
        key.push_str(&value.to_string());
        key.push('\u{1f}');
    }
    Some(key)
}

/// [`note`], once per text in a run.
pub(super) fn note_once<C: Connector>(shared: &Shared<'_, C>, text: String) {
    let first = shared
        .noted
        .lock()
        .map(|mut seen| seen.insert(text.clone()))
        .unwrap_or(false);
    if first {
        note(shared, text);
    }
}

pub(super) fn note<C: Connector>(shared: &Shared<'_, C>, text: String) {
    tracing::warn!("{text}");
    if let Ok(mut notes) = shared.notes.lock() {
        if notes.len() < 100 {
            notes.push(text);
        } else if notes.len() == 100 {
            notes.push("(more notes left out)".into());
        }
    }
}

pub(super) fn bump_progress<C: Connector>(shared: &Shared<'_, C>, records: u64) {
    if let Ok(mut p) = shared.progress.lock() {
        p.1 += records;
        p.2 += 1;
        let (records, pages) = (p.1, p.2);
        p.0.tick(records, pages, shared.start);
    }
}

pub(super) fn key_of(plan: &SyncPlan, entry: usize) -> &'static str {
    plan.streams[plan.entries[entry].stream].name
}

/// The partitions of child entry `child` for one parent record (one, or one per fixed value
/// of its value lists), or the name of the field the record lacks.
pub(super) fn child_params(
    plan: &SyncPlan,
    child: usize,
    record: &Value,
    parent_params: &[(String, String)],
) -> Result<Vec<Vec<(String, String)>>, String> {
    let spec = &plan.streams[plan.entries[child].stream];
    let mut base = Vec::new();
    for p in spec.partition {
        if let Some((_, v)) = plan.args.params.iter().find(|(k, _)| k == p.name) {
            base.push((p.name.to_string(), v.clone()));
            continue;
        }
        let value = match &p.source {
            ParamSource::Field(path) => {
                let mut at = record;
                for step in *path {
                    at = at.get(step).unwrap_or(&Value::Null);
                }
                // An expanded object (Stripe's expandable fields) stands for its id.
                if at.is_object() {
                    at = at.get("id").unwrap_or(&Value::Null);
                }
                at.to_cursor().ok_or_else(|| path.join("."))?
            }
            ParamSource::Inherit(name) => parent_params
                .iter()
                .chain(&plan.args.params)
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| (*name).to_string())?,
            ParamSource::Values(_) => continue,
        };
        base.push((p.name.to_string(), value));
    }
    // The --param values it takes are part of each partition too.
    let given = given_params(spec, &plan.args.params, &base);
    base.extend(given);
    // Fixed value lists multiply the partitions, as for a root stream.
    let mut out = vec![base];
    for p in spec.partition {
        if let ParamSource::Values(values) = p.source {
            if out[0].iter().any(|(k, _)| k == p.name) {
                continue;
            }
            out = out
                .into_iter()
                .flat_map(|partial| {
                    values.iter().map(move |v| {
                        let mut next = partial.clone();
                        next.push((p.name.to_string(), v.to_string()));
                        next
                    })
                })
                .collect();
        }
    }
    Ok(out)
}

/// The root-table cells a child partition's rows carry: its partition parameters.
pub(super) fn child_columns(
    plan: &SyncPlan,
    child: usize,
    params: &[(String, String)],
) -> Vec<(usize, Cell)> {
    let spec = &plan.streams[plan.entries[child].stream];
    spec.partition
        .iter()
        .filter_map(|p| {
            let column = p.column?;
            let value = params.iter().find(|(k, _)| k == p.name)?;
            Some((column, Cell::Text(value.1.clone())))
        })
        .collect()
}
