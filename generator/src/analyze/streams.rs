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
use super::OpNames;
use crate::ir::{Api, ParamLocation, TypeKind, TypeRef};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The default page size never goes above this, whatever the spec's `maximum` (some say
/// `2147483647`): pages that large risk timeouts. `--page-size` can ask for more.
const MAX_DEFAULT_PAGE_SIZE: u64 = 1000;

/// `[sync]` in `apitap.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncConfig {
    /// The streams `sync` runs by default: a list of names, or a table of per-stream
    /// settings (`[sync.streams.NAME]`, `selected = true` to select).
    pub streams: Option<StreamsConfig>,
    /// Records per page for every stream (default: the spec's maximum).
    pub page_size: Option<u64>,
    /// What every stream does with fields the spec does not declare (default `evolve`).
    pub contract: Option<Contract>,
    /// Data-quality checks of every stream (a stream's own keys win).
    #[serde(default)]
    pub checks: ChecksConfig,
}

/// `[notify]` in `apitap.toml`: where `sync` POSTs its alert. The URL is compiled into the
/// crate; `--notify URL` (from a secret store) overrides it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifyConfig {
    /// The webhook (Slack, Teams, any JSON receiver).
    pub url: Option<String>,
    /// After every run, not only failed ones.
    #[serde(default)]
    pub always: bool,
}

/// What a stream does with fields its spec does not declare (`contract` in `apitap.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contract {
    /// Keep them in `_extra` columns and list them in the run summary.
    #[default]
    Evolve,
    /// As `evolve`, and log a warning the first time each one is seen in a run.
    Warn,
    /// Fail the stream before loading a page that has any, naming them.
    Freeze,
}

impl Contract {
    pub fn as_str(self) -> &'static str {
        match self {
            Contract::Evolve => "evolve",
            Contract::Warn => "warn",
            Contract::Freeze => "freeze",
        }
    }

    /// The variant's name in `rt::Contract`.
    pub fn variant(self) -> &'static str {
        match self {
            Contract::Evolve => "Evolve",
            Contract::Warn => "Warn",
            Contract::Freeze => "Freeze",
        }
    }
}

/// How far behind its saved state a stream starts again, for records that arrive late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lookback {
    /// Seconds: for time cursors.
    Seconds(u64),
    /// A count: for integer cursors that are not times (sequence numbers).
    Count(u64),
}

/// `lookback` as written: a duration (`"10m"`) or a count (`50`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LookbackConfig {
    Count(u64),
    Text(String),
}

impl LookbackConfig {
    fn parse(&self, stream: &str) -> Result<Lookback, String> {
        match self {
            LookbackConfig::Count(n) => Ok(Lookback::Count(*n)),
            LookbackConfig::Text(t) => match t.trim().parse::<u64>() {
                Ok(n) => Ok(Lookback::Count(n)),
                Err(_) => super::durations::parse_duration(t)
                    .map(Lookback::Seconds)
                    .map_err(|e| format!("[sync.streams.{stream}] lookback: {e}, or a count")),
            },
        }
    }
}

/// `[sync] streams`: a selection, or settings per stream.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "toml::Value")]
pub enum StreamsConfig {
    Selection(Vec<String>),
    Settings(BTreeMap<String, StreamConfig>),
}

impl TryFrom<toml::Value> for StreamsConfig {
    type Error = String;

    /// By hand rather than `untagged`, so a mistake inside a stream's table is reported as
    /// itself (`unknown field ...`), not as "did not match any variant".
    fn try_from(value: toml::Value) -> Result<Self, String> {
        match value {
            toml::Value::Array(_) => value
                .try_into()
                .map(StreamsConfig::Selection)
                .map_err(|e| format!("[sync] streams: {}", e.message())),
            toml::Value::Table(table) => table
                .into_iter()
                .map(|(name, v)| {
                    v.try_into::<StreamConfig>()
                        .map(|c| (name.clone(), c))
                        .map_err(|e| format!("[sync.streams.{name}]: {}", e.message()))
                })
                .collect::<Result<_, _>>()
                .map(StreamsConfig::Settings),
            other => Err(format!(
                "[sync] streams: expected a list of stream names or tables of settings, found a {}",
                other.type_str()
            )),
        }
    }
}

/// `[sync.streams.NAME]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamConfig {
    /// Run by default.
    #[serde(default)]
    pub selected: bool,
    /// The parent stream, or `"none"` to run this one on its own.
    pub parent: Option<String>,
    /// Parameter values: a dotted field path in the parent's records, or a list of values.
    #[serde(default)]
    pub params: BTreeMap<String, ParamConfig>,
    /// Records per page.
    pub page_size: Option<u64>,
    /// The incremental cursor field (spec name), or `"none"`.
    pub cursor: Option<String>,
    /// `"all"` (default): child streams are pulled for every record of this stream, each
    /// run; `"changed"`: only for records changed since its state (right when its cursor
    /// moves whenever a child changes; far fewer requests).
    pub children: Option<String>,
    /// `merge` (default), `append` or `replace`.
    pub write: Option<WriteMode>,
    /// Fields beyond the spec: `evolve`, `warn` or `freeze` (default: `[sync] contract`).
    pub contract: Option<Contract>,
    /// Re-read a window behind the saved state: a duration (`"10m"`) or a count.
    pub lookback: Option<LookbackConfig>,
    /// Data-quality checks at the end of each run.
    #[serde(default)]
    pub checks: ChecksConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ParamConfig {
    Field(String),
    Values(Vec<String>),
}

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

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `customers` → `customer`, `companies` → `company`, `addresses` → `address`.
fn singular(word: &str) -> String {
    let w = norm(word);
    if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y")
    } else if w.ends_with("sses")
        || w.ends_with("xes")
        || w.ends_with("ches")
        || w.ends_with("shes")
    {
        w[..w.len() - 2].to_string()
    } else if let Some(stem) = w.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        stem.to_string()
    } else {
        w
    }
}

/// A path with its parameters anonymized (`/a/{}/b`) and the parameter names in order.
fn shape(path: &str) -> (Vec<String>, Vec<String>) {
    let mut segments = Vec::new();
    let mut params = Vec::new();
    for seg in path.trim_end_matches('/').split('/') {
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                params.push(name.to_string());
                segments.push("{}".to_string());
            }
            None => segments.push(seg.to_string()),
        }
    }
    (segments, params)
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

/// Decides every stream; adds the partition columns to the root tables. Errors are
/// `apitap.toml` mistakes.
pub fn plan(
    api: &Api,
    ops: &[OpNames],
    pages: &[Decision],
    tables: &mut Plans,
    config: &SyncConfig,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Result<Vec<Stream>, String> {
    let settings: BTreeMap<String, StreamConfig> = match &config.streams {
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
    };
    let mut streams: Vec<Stream> = Vec::new();
    for (i, op) in api.operations.iter().enumerate() {
        let Some(record) = stream_record(api, pages, tables, i) else {
            continue;
        };
        let Some(plan) = &pages[i].plan else { continue };
        let name = ops[i].method.clone();
        let mut accepts: Vec<String> = op.params.iter().map(|p| p.name.clone()).collect();
        if op.body.as_ref().is_some_and(|b| b.required) {
            accepts.push("body".into());
        }
        let stream_config = settings.get(&name).cloned().unwrap_or_default();
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
        let (cursor, cursor_fallback) =
            (field_name(cursor_field), field_name(cursor_fallback_field));
        let lookback = match &stream_config.lookback {
            Some(_) if cursor.is_none() => {
                return Err(format!(
                    "[sync.streams.{name}] lookback: the stream has no cursor to look back from; set `cursor = \"FIELD\"` too"
                ));
            }
            Some(_) if stream_config.write == Some(WriteMode::Append) => {
                return Err(format!(
                    "[sync.streams.{name}] lookback: an `append` stream would store every record of the window again on each run; use `write = \"merge\"` with a lookback, or drop it"
                ));
            }
            Some(l) => Some(l.parse(&name)?),
            None => None,
        };
        let (write, write_reason) = match stream_config.write {
            Some(w) => (w, "set in apitap.toml".to_string()),
            None => (
                WriteMode::Merge,
                format!(
                    "default: upsert by `{}`",
                    tables.tables[tables.records[record].tables[0]]
                        .primary_key
                        .join(", ")
                ),
            ),
        };
        let contract = stream_config
            .contract
            .or(config.contract)
            .unwrap_or_default();
        let checks = super::checks::plan(
            &stream_config.checks.over(&config.checks),
            &name,
            &tables.tables[tables.records[record].tables[0]],
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
        let children_of_changed = match stream_config.children.as_deref() {
            None | Some("all") => false,
            Some("changed") => true,
            Some(other) => {
                return Err(format!(
                    "[sync.streams.{name}] children: expected `all` or `changed`, found `{other}`"
                ))
            }
        };
        streams.push(Stream {
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
        });
    }
    for name in settings.keys() {
        if !streams.iter().any(|s| &s.name == name) {
            let names: Vec<&str> = streams.iter().map(|s| s.name.as_str()).collect();
            return Err(format!(
                "[sync] streams: `{name}` is not a stream of this API; streams: {}",
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            ));
        }
    }
    // Streams by the shape of their path (`/a/{}/b`), for parent detection.
    let by_shape: HashMap<Vec<String>, usize> = streams
        .iter()
        .enumerate()
        .map(|(i, x)| (shape(&api.operations[x.op].path).0, i))
        .rev()
        .collect();
    // Parents: from the config, else detected; then what stays needs --param.
    for s in 0..streams.len() {
        let op = &api.operations[streams[s].op];
        let stream_config = settings.get(&streams[s].name).cloned().unwrap_or_default();
        let required: Vec<&str> = op
            .params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.name.as_str())
            .collect();
        let (parent, mut partition, reason) = match stream_config.parent.as_deref() {
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
                        format!(
                            "[sync.streams.{}] parent: `{parent}` is not a stream",
                            streams[s].name
                        )
                    })?;
                if p == s {
                    return Err(format!(
                        "[sync.streams.{parent}] parent: a stream cannot be its own parent"
                    ));
                }
                (
                    Some(p),
                    Vec::new(),
                    format!("`parent = \"{parent}\"` in apitap.toml"),
                )
            }
            None => match detect_parent(api, tables, &streams, &by_shape, s) {
                Some(d) => (Some(d.parent), d.partition, d.reason),
                None => (None, Vec::new(), String::new()),
            },
        };
        // Parameters set in the config, over what detection found.
        for (param, value) in &stream_config.params {
            let source = configured_source(api, tables, &streams, s, parent, param, value)?;
            match partition.iter_mut().find(|(n, _)| n == param) {
                Some(slot) => slot.1 = source,
                None => partition.push((param.clone(), source)),
            }
        }
        // Required parameters the parent's partition has are inherited.
        if let Some(p) = parent {
            let parent_params: Vec<String> = parent_partition_names(&streams, p, api);
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
        stream.partition = partition
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
            .collect();
    }
    // Tables are shared by the streams of one record type: they must agree on how.
    for s in &streams {
        for &t in &s.tables {
            tables.tables[t].write = s.write;
        }
    }
    for (i, a) in streams.iter().enumerate() {
        if let Some(b) = streams[..i]
            .iter()
            .find(|b| b.record == a.record && b.write != a.write)
        {
            return Err(format!(
                "[sync.streams.{}] write: `{}` and stream `{}` (`{}`) load the same tables (`{}`), which can be written only one way; set the same `write` on both",
                a.name,
                a.write.as_str(),
                b.name,
                b.write.as_str(),
                tables.tables[a.tables[0]].name
            ));
        }
    }
    // A cycle of configured parents would never start.
    for s in 0..streams.len() {
        let mut at = s;
        for _ in 0..=streams.len() {
            match streams[at].parent.as_deref().and_then(|p| streams.iter().position(|x| x.name == p)) {
                Some(p) if p == s => {
                    return Err(format!(
                        "[sync.streams.{}] parent: the parents form a cycle back to `{}`; set one to \"none\"",
                        streams[s].name, streams[s].name
                    ))
                }
                Some(p) => at = p,
                None => break,
            }
        }
    }
    Ok(streams)
}

/// Where `[sync.streams.NAME] params.PARAM` takes its value from: a list of values, or a
/// field path in the records of `parent` (checked against their type).
fn configured_source(
    api: &Api,
    tables: &Plans,
    streams: &[Stream],
    s: usize,
    parent: Option<usize>,
    param: &str,
    value: &ParamConfig,
) -> Result<Source, String> {
    let name = &streams[s].name;
    if !streams[s].accepts.iter().any(|a| a == param) {
        return Err(format!(
            "[sync.streams.{name}] params: `{param}` is not a parameter of `{}`",
            streams[s].operation_id
        ));
    }
    let path = match value {
        ParamConfig::Values(v) => return Ok(Source::Values(v.clone())),
        ParamConfig::Field(path) => path,
    };
    let Some(p) = parent else {
        return Err(format!(
            "[sync.streams.{name}] params.{param}: a field path needs a `parent`; give a list of values instead"
        ));
    };
    let path: Vec<String> = path.split('.').map(String::from).collect();
    let record = &tables.records[streams[p].record];
    let ty = TypeRef::Named(record.record);
    if super::pagination::type_at(&api.types, &ty, &path).is_none() {
        return Err(format!(
            "[sync.streams.{name}] params.{param}: `{}` is not a field of `{}` records ({})",
            path.join("."),
            streams[p].name,
            record.type_name
        ));
    }
    Ok(Source::Field(path))
}

/// Names of the parameters a stream's partitions carry (its own required path parameters,
/// which its parent or `--param` fills).
fn parent_partition_names(streams: &[Stream], p: usize, api: &Api) -> Vec<String> {
    let op = &api.operations[streams[p].op];
    op.params
        .iter()
        .filter(|x| x.required && x.location == ParamLocation::Path)
        .map(|x| x.name.clone())
        .collect()
}

/// The parent of stream `s` where the evidence is clear: a stream whose path is this one's
/// up to its last `{param}`, whose records have a field that parameter names (or the key).
fn detect_parent(
    api: &Api,
    tables: &Plans,
    streams: &[Stream],
    by_shape: &HashMap<Vec<String>, usize>,
    s: usize,
) -> Option<Detected> {
    let op = &api.operations[streams[s].op];
    let (segments, names) = shape(&op.path);
    let last = segments.iter().rposition(|seg| seg == "{}")?;
    let param = names.last()?.clone();
    let prefix = &segments[..last];
    let parent = *by_shape.get(prefix)?;
    if parent == s {
        return None;
    }
    let (_, parent_names) = shape(&api.operations[streams[parent].op].path);
    let resource = prefix
        .iter()
        .rev()
        .find(|seg| *seg != "{}" && !seg.is_empty())?;
    let singular = singular(resource);
    let record = &tables.records[streams[parent].record];
    let type_name = norm(&record.type_name);
    let (_, fields) = api.types.struct_of(&TypeRef::Named(record.record))?;
    let scalar_field = |wanted: &str| {
        fields.iter().find(|f| {
            norm(&f.name) == wanted
                && (api.types.resolve(&f.ty).is_scalar()
                    || matches!(api.types.resolve(&f.ty), TypeRef::Named(id) if matches!(api.types.get(*id).kind, TypeKind::StringEnum { .. })))
        })
    };
    let n = norm(&param);
    let rest = [singular.as_str(), type_name.as_str()]
        .iter()
        .find_map(|p| n.strip_prefix(*p))
        .unwrap_or(&n)
        .to_string();
    let (field, why) = if let Some(f) =
        scalar_field(&n).filter(|f| f.name != record.key || n == norm(&record.key))
    {
        (
            f.name.clone(),
            format!("`{{{param}}}` is the `{}` field of each record", f.name),
        )
    } else if rest.is_empty() || rest == "id" || n == "id" {
        (
            record.key.clone(),
            format!(
                "`{{{param}}}` names the {singular} and takes the key `{}` of each record",
                record.key
            ),
        )
    } else if let Some(f) = scalar_field(&rest) {
        (
            f.name.clone(),
            format!("`{{{param}}}` is the `{}` field of each {singular}", f.name),
        )
    } else {
        return None;
    };
    let mut partition = vec![(param.clone(), Source::Field(vec![field]))];
    // The parent's own path parameters carry over by position.
    for (child_name, parent_name) in names.iter().zip(&parent_names) {
        if child_name != &param {
            partition.push((child_name.clone(), Source::Inherit(parent_name.clone())));
        }
    }
    let reason = format!(
        "`{}` extends `{}` by one segment; {why} of `{}`",
        op.path, api.operations[streams[parent].op].path, streams[parent].name
    );
    Some(Detected {
        parent,
        partition,
        reason,
    })
}

/// A parent found by [`detect_parent`].
struct Detected {
    parent: usize,
    /// Each parameter of the child and where its value comes from.
    partition: Vec<(String, Source)>,
    reason: String,
}

/// The page size a stream sends by default.
fn page_size(
    op: &crate::ir::Operation,
    plan: &super::pagination::Plan,
    configured: Option<u64>,
    stream: &str,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Option<PageSize> {
    let size = plan.size_param.as_ref()?;
    let param = op
        .params
        .iter()
        .find(|p| p.name == size.name && p.location == ParamLocation::Query);
    let schema_max = param
        .and_then(|p| p.constraints.as_ref()?.maximum.as_ref())
        .and_then(|b| {
            let v = if b.exclusive { b.value - 1.0 } else { b.value };
            (v >= 1.0 && v.is_finite()).then_some(v.floor() as u64)
        });
    // Many specs say the limit only in words ("can range between 1 and 100", "max 100").
    let described_max = || param.and_then(|p| described_maximum(p.doc.as_deref()?));
    let (max, from_words) = match schema_max {
        Some(m) => (Some(m), false),
        None => match described_max() {
            Some(m) => (Some(m), true),
            None => (None, false),
        },
    };
    let (default, mut reason) = match (configured, max) {
        (Some(n), Some(m)) if n > m => {
            warnings.push(crate::diag::Warning {
                code: crate::diag::WarningCode::Sync,
                location: format!("apitap.toml: [sync] page_size ({stream})"),
                message: format!("{n} is above the maximum {m} of `{}`; using {m}", size.name),
            });
            (
                Some(m),
                format!("apitap.toml asks for {n}, the spec's maximum is {m}"),
            )
        }
        (Some(n), _) => (Some(n), "set in apitap.toml".to_string()),
        (None, Some(m)) if m > MAX_DEFAULT_PAGE_SIZE => (
            Some(MAX_DEFAULT_PAGE_SIZE),
            format!(
                "the spec allows up to {m}; {MAX_DEFAULT_PAGE_SIZE} keeps pages from timing out"
            ),
        ),
        (None, Some(m)) => (Some(m), "the largest the spec allows".to_string()),
        (None, None) => (
            None,
            "the spec gives no maximum: the API's default".to_string(),
        ),
    };
    if from_words && configured.is_none() {
        reason.push_str(" (the maximum is in the parameter's description, not its schema)");
    }
    Some(PageSize {
        param: size.name.clone(),
        default,
        max,
        reason,
    })
}

/// A maximum stated in a page size parameter's description: "between 1 and 100", "max
/// 100", "maximum of 100", "up to 100", "at most 100", "no more than 100", "cannot exceed 100".
fn described_maximum(doc: &str) -> Option<u64> {
    static WORDS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = WORDS.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:between\s+\d+\s+and|max(?:imum)?(?:\s+(?:of|is|value\s+is))?:?|up\s+to(?:\s+a\s+maximum\s+of)?|at\s+most|no\s+more\s+than|(?:cannot|can't|may\s+not)\s+exceed|less\s+than\s+or\s+equal\s+to)\s*\(?\s*([0-9][0-9,]*)\b",
        )
        .expect("a valid regex")
    });
    re.captures_iter(doc)
        .filter_map(|c| c[1].replace(',', "").parse::<u64>().ok())
        .filter(|n| *n >= 1)
        .max()
}

/// How pages follow each other, in a few words.
fn describe(plan: &super::pagination::Plan) -> String {
    let param = plan
        .param
        .as_ref()
        .map(|p| format!(" via `{}`", p.name))
        .unwrap_or_default();
    format!("{}{param}", plan.kind.as_str())
}

/// `apitap explain`'s stream table (Markdown, as in the README).
pub fn explain_table(streams: &[Stream], tables: &Plans) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from(
        "| stream | tables | parent and parameters | cursor | write | page size | why |\n|---|---|---|---|---|---|---|\n",
    );
    for s in streams {
        let table_names: Vec<String> = s
            .tables
            .iter()
            .map(|&t| format!("`{}`", tables.tables[t].name))
            .collect();
        let mut parent: Vec<String> = Vec::new();
        if let Some(p) = &s.parent {
            parent.push(format!("`{p}`"));
        }
        for p in &s.partition {
            parent.push(match &p.source {
                Source::Field(path) => format!("`{}` = `{}`", p.name, path.join(".")),
                Source::Inherit(n) => format!("`{}` = parent's `{n}`", p.name),
                Source::Values(v) => format!("`{}` in {}", p.name, v.join(", ")),
            });
        }
        for n in &s.needs {
            parent.push(format!("needs `--param {n}=...`"));
        }
        let mut cursor = match (&s.cursor, &s.since_param) {
            (Some(c), Some(p)) => format!("`{c}` (`{p}`)"),
            (Some(c), None) => format!("`{c}`"),
            _ => "none".into(),
        };
        if let Some(fb) = &s.cursor_fallback {
            cursor.push_str(&format!(", else `{fb}`"));
        }
        match s.lookback {
            Some(Lookback::Seconds(n)) => cursor.push_str(&format!(
                ", lookback {}",
                super::durations::format_duration(n)
            )),
            Some(Lookback::Count(n)) => cursor.push_str(&format!(", lookback {n}")),
            None => {}
        }
        let mut write = s.write.as_str().to_string();
        if s.contract != Contract::Evolve {
            write.push_str(&format!(", contract `{}`", s.contract.as_str()));
        }
        let size = match &s.page_size {
            Some(p) => match p.default {
                Some(n) => format!("`{}` = {n}", p.param),
                None => format!("`{}`: API default", p.param),
            },
            None => "-".into(),
        };
        let mut why = Vec::new();
        if !s.reason.is_empty() {
            why.push(s.reason.clone());
        }
        why.push(format!("cursor: {}", s.cursor_reason));
        why.push(format!("write: {}", s.write_reason));
        if let Some(p) = &s.page_size {
            why.push(format!("page size: {}", p.reason));
        }
        if !s.checks.is_empty() {
            why.push(format!("checks: {}", super::checks::describe(&s.checks)));
        }
        out.push_str(&format!(
            "| `{}`{} | {} | {} | {} | {} | {} | {} |\n",
            s.name,
            if s.selected { " (selected)" } else { "" },
            table_names.join(", "),
            if parent.is_empty() {
                "root".to_string()
            } else {
                cell(&parent.join(", "))
            },
            cell(&cursor),
            write,
            cell(&size),
            cell(&why.join("; ")),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
