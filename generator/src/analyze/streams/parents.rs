//! Parents: which stream fills a child's path parameters, detected from path shapes and
//! record fields, or set in `apitap.toml`.

use super::*;

pub(super) fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `customers` → `customer`, `companies` → `company`, `addresses` → `address`.
pub(super) fn singular(word: &str) -> String {
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
pub(super) fn shape(path: &str) -> (Vec<String>, Vec<String>) {
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

/// Where `[sync.streams.NAME] params.PARAM` takes its value from: a list of values, or a
/// field path in the records of `parent` (checked against their type).
pub(super) fn configured_source(
    api: &Api,
    tables: &Plans,
    streams: &[Stream],
    s: usize,
    parent: Option<usize>,
    param: &str,
    value: &ParamConfig,
) -> Result<Source, ConfigError> {
    let name = &streams[s].name;
    if !streams[s].accepts.iter().any(|a| a == param) {
        return Err(ConfigError::new(
            format!("[sync.streams.{name}] params"),
            format!(
                "`{param}` is not a parameter of `{}`",
                streams[s].operation_id
            ),
        ));
    }
    let path = match value {
        ParamConfig::Values(v) => return Ok(Source::Values(v.clone())),
        ParamConfig::Field(path) => path,
    };
    let Some(p) = parent else {
        return Err(ConfigError::new(
            format!("[sync.streams.{name}] params.{param}"),
            "a field path needs a `parent`; give a list of values instead",
        ));
    };
    let path: Vec<String> = path.split('.').map(String::from).collect();
    let record = &tables.records[streams[p].record];
    let ty = TypeRef::Named(record.record);
    if crate::analyze::pagination::type_at(&api.types, &ty, &path).is_none() {
        return Err(ConfigError::new(
            format!("[sync.streams.{name}] params.{param}"),
            format!(
                "`{}` is not a field of `{}` records ({})",
                path.join("."),
                streams[p].name,
                record.type_name
            ),
        ));
    }
    Ok(Source::Field(path))
}

/// Names of the parameters a stream's partitions carry (its own required path parameters,
/// which its parent or `--param` fills).
pub(super) fn parent_partition_names(streams: &[Stream], p: usize, api: &Api) -> Vec<String> {
    let op = &api.operations[streams[p].op];
    op.params
        .iter()
        .filter(|x| x.required && x.location == ParamLocation::Path)
        .map(|x| x.name.clone())
        .collect()
}

/// The parent of stream `s` where the evidence is clear: a stream whose path is this one's
/// up to its last `{param}`, whose records have a field that parameter names (or the key).
pub(super) fn detect_parent(
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
pub(super) struct Detected {
    pub(super) parent: usize,
    /// Each parameter of the child and where its value comes from.
    pub(super) partition: Vec<(String, Source)>,
    pub(super) reason: String,
}
