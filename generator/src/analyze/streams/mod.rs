//! Streams: what a connector's `sync` can load, and how streams relate.
//!
//! Every paginated list operation whose records have tables is a stream, named after the
//! operation's method (what `sync <operation>` always took). A stream whose required path
//! parameters can be filled from another stream's records is that stream's child: it runs
//! once per parent record. Detected where the evidence is clear (the child's path extends the
//! parent's by one `{param}` segment and the parameter names the parent's key or one of its
//! fields), set or changed in `apitap.toml` (`[sync.streams.NAME]`). The incremental cursor
//! (in [`super::cursor`]), the page size, the write mode, the schema contract and the lookback
//! are decided here too, each with its reason, so `sync --list`, `apitap explain` and the
//! README say the same.

use super::checks::{Checks, ChecksConfig};
use super::cursor::Cursor;
use super::flatten::{Column, Plans, Read, SqlType, WriteMode};
use super::pagination::Decision;
use super::{ConfigError, OpNames};
use crate::ir::{Api, ParamLocation, TypeKind, TypeRef};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

mod config;
mod explain;
mod page_size;
mod parents;

pub use config::*;
use explain::describe;
pub use explain::explain_table;
use page_size::page_size;
use parents::*;

/// Where a partition parameter's value comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The parent record's field at this path (spec names).
    Field(Vec<String>),
    /// The parent partition's parameter of this name.
    Inherit(String),
    /// Each value in turn.
    Values(Vec<String>),
}

#[derive(Debug, Clone, Serialize)]
pub struct PartitionParam {
    /// The parameter's wire name.
    pub name: String,
    pub source: Source,
    /// Column of the stream's root table holding the value.
    pub column: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageSize {
    pub param: String,
    /// Sent when `--page-size` is not given; `None`: the API's default.
    pub default: Option<u64>,
    /// The spec's `maximum`.
    pub max: Option<u64>,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stream {
    pub name: String,
    /// Operation index.
    #[serde(skip)]
    pub op: usize,
    pub operation_id: String,
    /// Index into the record plans.
    #[serde(skip)]
    pub record: usize,
    /// The record's table indices, root first.
    pub tables: Vec<usize>,
    /// Parent stream's name.
    pub parent: Option<String>,
    pub partition: Vec<PartitionParam>,
    /// Parameters only `--param` can give.
    pub needs: Vec<String>,
    /// Every parameter `--param` can set.
    pub accepts: Vec<String>,
    /// The cursor field (spec name) and its index among the record's fields.
    pub cursor: Option<String>,
    #[serde(skip)]
    pub cursor_field: Option<usize>,
    /// The field read where the cursor field is missing (spec name) and its index.
    pub cursor_fallback: Option<String>,
    #[serde(skip)]
    pub cursor_fallback_field: Option<usize>,
    /// Query parameter sent with the state (`created[gte]`).
    pub since_param: Option<String>,
    pub cursor_reason: String,
    pub pagination: String,
    pub page_size: Option<PageSize>,
    pub selected: bool,
    /// Why this parent (or none).
    pub reason: String,
    /// Children only of records changed since the state (`children = "changed"`).
    pub children_of_changed: bool,
    /// How its records are written.
    pub write: WriteMode,
    pub write_reason: String,
    /// Fields beyond the spec.
    pub contract: Contract,
    pub lookback: Option<Lookback>,
    /// Data-quality checks at the end of each run.
    pub checks: Checks,
}

/// The record type of operation `index` when it is a stream: the item of a paginated list
/// whose records have tables (and are not nullable: a null has no row).
fn stream_record(api: &Api, pages: &[Decision], tables: &Plans, index: usize) -> Option<usize> {
    let plan = pages[index].plan.as_ref()?;
    let resp = api.operations[index].success()?.ty.as_ref()?;
    let TypeRef::Array(item) =
        api.types
            .resolve(super::pagination::type_at(&api.types, resp, &plan.records)?)
    else {
        return None;
    };
    if item.strip_nullable().1 {
        return None;
    }
    let (item_id, _) = api.types.struct_of(item)?;
    tables.records.iter().position(|r| r.record == item_id)
}

/// The record type of a stream.
pub fn item_type(tables: &Plans, stream: &Stream) -> TypeRef {
    TypeRef::Named(tables.records[stream.record].record)
}

/// `[sync] streams` as settings per stream name (a plain list selects those streams).
fn settings(config: &SyncConfig) -> BTreeMap<String, StreamConfig> {
    match &config.streams {
        Some(StreamsConfig::Settings(map)) => map.clone(),
        Some(StreamsConfig::Selection(names)) => names
            .iter()
            .map(|n| {
                (
                    n.clone(),
                    StreamConfig {
                        selected: true,
                        ..StreamConfig::default()
                    },
                )
            })
            .collect(),
        None => BTreeMap::new(),
    }
}

/// What deciding a stream reads: the API, its names, pagination and tables, and the config.
struct Inputs<'a> {
    api: &'a Api,
    ops: &'a [OpNames],
    pages: &'a [Decision],
    config: &'a SyncConfig,
    settings: &'a BTreeMap<String, StreamConfig>,
}

/// Decides every stream; adds the partition columns to the root tables. Errors are
/// `apitap.toml` mistakes.
pub fn plan(
    api: &Api,
    ops: &[OpNames],
    pages: &[Decision],
    tables: &mut Plans,
    config: &SyncConfig,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Result<Vec<Stream>, ConfigError> {
    let settings = settings(config);
    let inputs = Inputs {
        api,
        ops,
        pages,
        config,
        settings: &settings,
    };
    let mut streams: Vec<Stream> = Vec::new();
    for i in 0..api.operations.len() {
        if let Some(stream) = stream_of(&inputs, tables, i, warnings)? {
            streams.push(stream);
        }
    }
    for name in settings.keys() {
        if !streams.iter().any(|s| &s.name == name) {
            let names: Vec<&str> = streams.iter().map(|s| s.name.as_str()).collect();
            return Err(ConfigError::new(
                "[sync] streams",
                format!(
                    "`{name}` is not a stream of this API; streams: {}",
                    if names.is_empty() {
                        "none".to_string()
                    } else {
                        names.join(", ")
                    }
                ),
            ));
        }
    }
    link_parents(&inputs, tables, &mut streams)?;
    agree_on_write(tables, &streams)?;
    no_parent_cycle(&streams)?;
    Ok(streams)
}

/// The stream of operation `i`, with everything but its parent: `None` when the operation
/// is not a stream.
fn stream_of(
    inputs: &Inputs,
    tables: &Plans,
    i: usize,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Result<Option<Stream>, ConfigError> {
    let (api, config) = (inputs.api, inputs.config);
    let op = &api.operations[i];
    let Some(record) = stream_record(api, inputs.pages, tables, i) else {
        return Ok(None);
    };
    let Some(plan) = &inputs.pages[i].plan else {
        return Ok(None);
    };
    let name = inputs.ops[i].method.clone();
    let mut accepts: Vec<String> = op.params.iter().map(|p| p.name.clone()).collect();
    if op.body.as_ref().is_some_and(|b| b.required) {
        accepts.push("body".into());
    }
    let stream_config = inputs.settings.get(&name).cloned().unwrap_or_default();
    let record_fields = api
        .types
        .struct_of(&TypeRef::Named(tables.records[record].record))
        .map(|(_, f)| f)
        .unwrap_or(&[]);
    let Cursor {
        field: cursor_field,
        fallback: cursor_fallback_field,
        since_param,
        timed,
        reason: cursor_reason,
    } = super::cursor::choose(
        api,
        record_fields,
        op,
        stream_config.cursor.as_deref(),
        &name,
    )?;
    let field_name = |fi: Option<usize>| fi.map(|fi| record_fields[fi].name.clone());
    let (cursor, cursor_fallback) = (field_name(cursor_field), field_name(cursor_fallback_field));
    let lookback = stream_config.lookback_of(&name, cursor.is_some())?;
    let root_table = &tables.tables[tables.records[record].tables[0]];
    let (write, write_reason) = match stream_config.write {
        Some(w) => (w, "set in apitap.toml".to_string()),
        None => (
            WriteMode::Merge,
            format!("default: upsert by `{}`", root_table.primary_key.join(", ")),
        ),
    };
    let contract = stream_config
        .contract
        .or(config.contract)
        .unwrap_or_default();
    let checks = super::checks::plan(
        &stream_config.checks.over(&config.checks),
        &name,
        root_table,
        cursor.as_deref(),
        timed,
    )?;
    let page_size = page_size(
        op,
        plan,
        stream_config.page_size.or(config.page_size),
        &name,
        warnings,
    );
    let children_of_changed = stream_config.children_of_changed(&name)?;
    Ok(Some(Stream {
        name,
        op: i,
        operation_id: op.id.clone(),
        record,
        tables: tables.records[record].tables.clone(),
        parent: None,
        partition: Vec::new(),
        needs: Vec::new(),
        accepts,
        cursor,
        cursor_field,
        cursor_fallback,
        cursor_fallback_field,
        since_param,
        cursor_reason,
        pagination: describe(plan),
        page_size,
        selected: stream_config.selected,
        reason: String::new(),
        children_of_changed,
        write,
        write_reason,
        contract,
        lookback,
        checks,
    }))
}

/// Each stream's parent (from the config, else detected), its partition parameters (with a
/// column on its root table each) and what stays to `--param`.
fn link_parents(
    inputs: &Inputs,
    tables: &mut Plans,
    streams: &mut [Stream],
) -> Result<(), ConfigError> {
    let api = inputs.api;
    // Streams by the shape of their path (`/a/{}/b`), for parent detection.
    let by_shape: HashMap<Vec<String>, usize> = streams
        .iter()
        .enumerate()
        .map(|(i, x)| (shape(&api.operations[x.op].path).0, i))
        .rev()
        .collect();
    for s in 0..streams.len() {
        let op = &api.operations[streams[s].op];
        let stream_config = inputs
            .settings
            .get(&streams[s].name)
            .cloned()
            .unwrap_or_default();
        let required: Vec<&str> = op
            .params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name.as_str())
            .collect();
        let (parent, mut partition, reason) =
            parent_of(api, tables, streams, &by_shape, s, &stream_config)?;
        // Parameters set in the config, over what detection found.
        for (param, value) in &stream_config.params {
            let source = configured_source(api, tables, streams, s, parent, param, value)?;
            match partition.iter_mut().find(|(n, _)| n == param) {
                Some(slot) => slot.1 = source,
                None => partition.push((param.clone(), source)),
            }
        }
        // Required parameters the parent's partition has are inherited.
        if let Some(p) = parent {
            let parent_params: Vec<String> = parent_partition_names(streams, p, api);
            for r in &required {
                if !partition.iter().any(|(n, _)| n == r) && parent_params.iter().any(|n| n == r) {
                    partition.push((r.to_string(), Source::Inherit(r.to_string())));
                }
            }
        }
        let needs: Vec<String> = required
            .iter()
            .filter(|r| !partition.iter().any(|(n, _)| n == *r))
            .map(|r| r.to_string())
            .chain(streams[s].accepts.iter().filter(|a| *a == "body").cloned())
            .collect();
        let parent_name = parent.map(|p| streams[p].name.clone());
        let stream = &mut streams[s];
        stream.parent = parent_name;
        stream.reason = reason;
        stream.needs = needs;
        let root_table = tables.records[stream.record].tables[0];
        stream.partition = partition_params(tables, root_table, partition);
    }
    Ok(())
}

/// The parent of stream `s`, its partition so far and why: `parent` in the config, else
/// detected.
#[allow(clippy::type_complexity)]
fn parent_of(
    api: &Api,
    tables: &Plans,
    streams: &[Stream],
    by_shape: &HashMap<Vec<String>, usize>,
    s: usize,
    stream_config: &StreamConfig,
) -> Result<(Option<usize>, Vec<(String, Source)>, String), ConfigError> {
    Ok(match stream_config.parent.as_deref() {
        Some("none") => (
            None,
            Vec::new(),
            "`parent = \"none\"` in apitap.toml".to_string(),
        ),
        Some(parent) => {
            let p = streams
                .iter()
                .position(|x| x.name == parent)
                .ok_or_else(|| {
                    ConfigError::new(
                        format!("[sync.streams.{}] parent", streams[s].name),
                        format!("`{parent}` is not a stream"),
                    )
                })?;
            if p == s {
                return Err(ConfigError::new(
                    format!("[sync.streams.{parent}] parent"),
                    "a stream cannot be its own parent",
                ));
            }
            (
                Some(p),
                Vec::new(),
                format!("`parent = \"{parent}\"` in apitap.toml"),
            )
        }
        None => match detect_parent(api, tables, streams, by_shape, s) {
            Some(d) => (Some(d.parent), d.partition, d.reason),
            None => (None, Vec::new(), String::new()),
        },
    })
}

/// The partition parameters, each with the column of the root table that holds its value
/// (`_parent_<name>`, or `_param_<name>` for a list of values), added when missing.
fn partition_params(
    tables: &mut Plans,
    root_table: usize,
    partition: Vec<(String, Source)>,
) -> Vec<PartitionParam> {
    partition
        .into_iter()
        .map(|(name, source)| {
            let prefix = if matches!(source, Source::Values(_)) {
                "_param_"
            } else {
                "_parent_"
            };
            let column = format!("{prefix}{}", super::naming::snake(&name));
            let table = &mut tables.tables[root_table];
            if !table.columns.iter().any(|c| c.name == column) {
                table.columns.push(Column {
                    name: column.clone(),
                    path: Vec::new(),
                    sql_type: SqlType::Text,
                    read: Read::Loader,
                    nullable: true,
                });
            }
            PartitionParam {
                name,
                source,
                column,
            }
        })
        .collect()
}

/// Tables are shared by the streams of one record type: they must agree on how they are
/// written.
fn agree_on_write(tables: &mut Plans, streams: &[Stream]) -> Result<(), ConfigError> {
    for s in streams {
        for &t in &s.tables {
            tables.tables[t].write = s.write;
        }
    }
    for (i, a) in streams.iter().enumerate() {
        if let Some(b) = streams[..i]
            .iter()
            .find(|b| b.record == a.record && b.write != a.write)
        {
            return Err(ConfigError::new(
                format!("[sync.streams.{}] write", a.name),
                format!(
                    "`{}` and stream `{}` (`{}`) load the same tables (`{}`), which can be written only one way; set the same `write` on both",
                    a.write.as_str(),
                    b.name,
                    b.write.as_str(),
                    tables.tables[a.tables[0]].name
                ),
            ));
        }
    }
    Ok(())
}

/// A cycle of configured parents would never start.
fn no_parent_cycle(streams: &[Stream]) -> Result<(), ConfigError> {
    for s in 0..streams.len() {
        let mut at = s;
        for _ in 0..=streams.len() {
            match streams[at]
                .parent
                .as_deref()
                .and_then(|p| streams.iter().position(|x| x.name == p))
            {
                Some(p) if p == s => {
                    return Err(ConfigError::new(
                        format!("[sync.streams.{}] parent", streams[s].name),
                        format!(
                            "the parents form a cycle back to `{}`; set one to \"none\"",
                            streams[s].name
                        ),
                    ))
                }
                Some(p) => at = p,
                None => break,
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::page_size::described_maximum;
    use super::parents::{shape, singular};

    #[test]
    fn singular_words() {
        assert_eq!(singular("customers"), "customer");
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("class"), "class");
        assert_eq!(shape("/a/{x}/b/").0, vec!["", "a", "{}", "b"]);
    }

    #[test]
    fn maximums_in_words() {
        let max = described_maximum;
        assert_eq!(max("A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10."), Some(100));
        assert_eq!(max("The number of results per page (max 100)."), Some(100));
        assert_eq!(max("Maximum: 1,000 records."), Some(1000));
        assert_eq!(max("Page size, up to 500"), Some(500));
        assert_eq!(max("How many to return; cannot exceed 200."), Some(200));
        assert_eq!(max("How many to return. Defaults to 20."), None);
        assert_eq!(max("The page number (starting at 1)."), None);
    }
}
