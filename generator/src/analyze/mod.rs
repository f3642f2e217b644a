//! Analysis: decisions about the IR, each with its reason, joined to the IR item by item in
//! `plan::CratePlan`, which is what the emitters read.
//!
//! Names for every type, member, operation and module ([`naming`]), where recursion needs
//! boxes ([`cycles`]), and environment variable names for credentials.

pub mod checks;
pub mod cursor;
pub mod cycles;
pub mod durations;
pub mod features;
pub mod flatten;
pub mod naming;
pub mod pagination;
pub mod pattern;
pub mod samples;
pub mod streams;

use crate::ir::{Api, SchemeKind, TypeKind};
use naming::{pascal, screaming, snake, variant, Scope};
use std::collections::{BTreeSet, HashMap};

/// Names of one defined type.
#[derive(Debug, Clone)]
pub struct TypeNames {
    pub name: String,
    /// File under `src/types/` (without `.rs`).
    pub module: String,
    /// Field identifiers (structs) or variant identifiers (enums, unions), in IR order.
    pub members: Vec<String>,
    /// Identifier of the `additionalProperties` map field of a struct.
    pub additional: Option<String>,
}

/// Names of one operation.
#[derive(Debug, Clone)]
pub struct OpNames {
    /// Method on `Client`.
    pub method: String,
    /// Builder struct.
    pub builder: String,
    /// Error enum.
    pub error: String,
    /// File under `src/operations/` (without `.rs`).
    pub module: String,
    /// Builder field (and setter) per parameter, in IR order.
    pub params: Vec<String>,
}

/// Environment variables a scheme reads, in the order the runtime expects them.
#[derive(Debug, Clone)]
pub struct SchemeEnv {
    pub vars: Vec<(&'static str, String)>,
}

pub struct Analysis {
    pub crate_name: String,
    pub base_url_env: String,
    pub types: Vec<TypeNames>,
    pub ops: Vec<OpNames>,
    pub schemes: Vec<SchemeEnv>,
    pub indirection: cycles::Indirection,
    /// Pagination decision per operation, in IR order.
    pub pagination: Vec<pagination::Decision>,
    /// Analytics tables of the record types.
    pub tables: flatten::Plans,
    /// What `sync` can load, with parents, cursors and page sizes.
    pub streams: Vec<streams::Stream>,
    /// Cargo features per operation group, and which type modules each needs.
    pub features: features::Features,
    /// Types users build for requests (reachable from parameters and bodies). The others are
    /// only ever decoded, so they are `#[non_exhaustive]` and can gain fields compatibly.
    pub request_types: BTreeSet<usize>,
    /// Where `sync` sends its alerts (`[notify]`).
    pub notify: streams::NotifyConfig,
    /// The code is included into another crate by its build script: no cargo features of its
    /// own (every group is compiled), no hand-written module, lints allowed per module.
    pub embedded: bool,
}

const RESERVED_MODULES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "serde",
    "serde_json",
    "apitap_runtime",
    "rt",
    "types",
    "mod",
    "futures",
];
const RESERVED_BUILDER_FIELDS: &[&str] = &[
    "client", "send", "body", "pages", "items", "clone", "fmt", "new",
];
const RESERVED_CLIENT_METHODS: &[&str] = &[
    "new",
    "from_env",
    "runtime",
    "clone",
    "fmt",
    "metrics",
    "config",
    "with_runtime",
];

/// A mistake in `apitap.toml` that analysis found: where, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: {problem}")]
pub struct ConfigError {
    /// Where in `apitap.toml`: `[sync.streams.list_charges] cursor`, `[pagination.listThings]`.
    pub key: String,
    /// What is wrong, and what would work.
    pub problem: String,
}

impl ConfigError {
    /// The mistake `problem` at `key`.
    pub fn new(key: impl Into<String>, problem: impl Into<String>) -> ConfigError {
        ConfigError {
            key: key.into(),
            problem: problem.into(),
        }
    }
}

/// Analyze the API. `declared` holds pagination plans from the config file; warnings about
/// ambiguous pagination are appended to `warnings`. Errors are config mistakes.
pub fn analyze(
    api: &Api,
    crate_name: &str,
    declared: &std::collections::BTreeMap<String, pagination::Declared>,
    tables_config: &flatten::TablesConfig,
    sync_config: &streams::SyncConfig,
    pins: &naming::Pins,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Result<Analysis, ConfigError> {
    // Pagination, cycles and naming are independent: decide them side by side.
    let (pagination, (indirection, (types, ops))) = rayon::join(
        || {
            let mut own = Vec::new();
            pagination::detect(api, declared, &mut own).map(|d| (d, own))
        },
        || rayon::join(|| cycles::analyze(&api.types), || name_all(api, pins)),
    );
    let (pagination, pagination_warnings) = pagination?;
    warnings.extend(pagination_warnings);
    let env_prefix = screaming(crate_name);
    let schemes = scheme_env(api, &env_prefix);
    flatten::check_config(api, &types, tables_config)?;
    let request_types = api.types.reachable(api.operations.iter().flat_map(|op| {
        op.params
            .iter()
            .map(|p| &p.ty)
            .chain(op.body.iter().map(|b| &b.ty))
    }));
    // Tables store the fields `features` defers as JSON: plan them after.
    let features = features::plan(api, &types, &ops, &request_types);
    let mut tables = flatten::plan(api, &types, &pagination, tables_config, &features.deferred);
    let streams = streams::plan(api, &ops, &pagination, &mut tables, sync_config, warnings)?;
    Ok(Analysis {
        features,
        request_types,
        crate_name: crate_name.to_string(),
        base_url_env: format!("{env_prefix}_BASE_URL"),
        tables,
        streams,
        types,
        ops,
        schemes,
        indirection,
        pagination,
        notify: streams::NotifyConfig::default(),
        embedded: false,
    })
}

/// Names of every type (with its module and members) and every operation, in one scope each:
/// pinned names first, then top-level schemas before inline ones.
fn name_all(api: &Api, pins: &naming::Pins) -> (Vec<TypeNames>, Vec<OpNames>) {
    // Types and operations are named in scopes of their own: side by side.
    rayon::join(|| name_types(api, pins), || name_operations(api, pins))
}

/// Type, module and member names: pinned names first, then top-level schemas before the
/// inline types they own.
fn name_types(api: &Api, pins: &naming::Pins) -> Vec<TypeNames> {
    use rayon::prelude::*;
    // Members live in each type's own scope, and the candidate names are pure functions of
    // the spec: work them out on all cores; only claiming type and module names is ordered.
    let prepared: Vec<(String, String, Vec<String>, Option<String>)> = api
        .types
        .defs
        .par_iter()
        .map(|def| {
            let (members, additional) = member_names(&def.kind);
            let root = snake(def.hint.first().map(String::as_str).unwrap_or("types"));
            (pascal(&def.hint), root, members, additional)
        })
        .collect();
    let mut type_scope = Scope::new();
    let mut types: Vec<Option<TypeNames>> = vec![None; api.types.defs.len()];
    // Top-level schemas pick names first, so inline types never take a component's name.
    let mut order: Vec<usize> = (0..api.types.defs.len()).collect();
    order.sort_by_key(|i| api.types.defs[*i].hint.len());
    let mut module_of: HashMap<String, String> = HashMap::new();
    let mut module_scope = Scope::with_reserved(RESERVED_MODULES);
    // Names pinned by the previous generation go first.
    let mut pinned: Vec<Option<String>> = api
        .types
        .defs
        .iter()
        .zip(&prepared)
        .map(|(def, (wanted, ..))| {
            let name = pins.types.get(&def.location)?;
            type_scope.claim_pinned(wanted, name)
        })
        .collect();
    // A type kept for copies of it elsewhere in the spec (`ir::identical`) gets a module of
    // its own when a copy was in another module: in the module of the spec name it was
    // found under, it would tie that module to every group that uses a copy.
    let mut shared = vec![false; api.types.defs.len()];
    for (copy, kept) in &api.types.merged {
        shared[kept.0] |= prepared[copy.0].1 != prepared[kept.0].1;
    }
    let mut prepared: Vec<Option<_>> = prepared.into_iter().map(Some).collect();
    for i in order {
        let (wanted, root, members, additional) =
            prepared[i].take().expect("`order` names each type once");
        let name = match pinned[i].take() {
            Some(name) => name,
            None => type_scope.claim(&wanted),
        };
        let root = if shared[i] { snake(&name) } else { root };
        let module = module_of
            .entry(root.clone())
            .or_insert_with(|| module_scope.claim(&root))
            .clone();
        types[i] = Some(TypeNames {
            name,
            module,
            members,
            additional,
        });
    }
    types
        .into_iter()
        .map(|t| t.expect("every type is named"))
        .collect()
}

/// Method, builder, error, module and parameter field names of every operation.
fn name_operations(api: &Api, pins: &naming::Pins) -> Vec<OpNames> {
    let mut op_scope = Scope::new();
    let mut method_scope = Scope::with_reserved(RESERVED_CLIENT_METHODS);
    // Operation modules are also cargo features: keep clear of the crate's other features.
    let mut op_module_scope = Scope::with_reserved(
        &[
            RESERVED_MODULES,
            &["cli", "postgres", "parquet", "default", features::FULL],
        ]
        .concat(),
    );
    let mut op_modules: HashMap<String, String> = HashMap::new();
    let mut pinned_methods: Vec<Option<String>> = api
        .operations
        .iter()
        .map(|op| {
            let name = pins.methods.get(&op.id)?;
            method_scope.claim_pinned(&snake(&op.id), name)
        })
        .collect();
    api.operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let tag_snake = match op.tags.first() {
                Some(tag) => snake(tag),
                None => snake(&path_group(&op.path)),
            };
            let module = op_modules
                .entry(tag_snake.clone())
                .or_insert_with(|| op_module_scope.claim(&tag_snake))
                .clone();
            let builder = op_scope.claim(&pascal(&[&op.id]));
            let error = op_scope.claim(&format!("{builder}Error"));
            let method = match pinned_methods[i].take() {
                Some(name) => name,
                None => method_scope.claim(&snake(&op.id)),
            };
            let mut field_scope = Scope::with_reserved(RESERVED_BUILDER_FIELDS);
            let params = op
                .params
                .iter()
                .map(|p| field_scope.claim(&snake(&p.name)))
                .collect();
            OpNames {
                method,
                builder,
                error,
                module,
                params,
            }
        })
        .collect()
}

/// Names of a type's members (fields or variants), each unique within the type, and the
/// name of a struct's field for undeclared properties.
fn member_names(kind: &TypeKind) -> (Vec<String>, Option<String>) {
    match kind {
        TypeKind::Struct { fields, additional } => {
            let mut scope = Scope::new();
            let names = fields
                .iter()
                .map(|f| scope.claim(&snake(&f.name)))
                .collect();
            let additional = additional
                .is_some()
                .then(|| scope.claim("additional_properties"));
            (names, additional)
        }
        TypeKind::StringEnum { values } => {
            let mut scope = Scope::with_reserved(&["Unknown"]);
            let names = values
                .iter()
                .map(|v| scope.claim(&variant(if v.is_empty() { "Empty" } else { v.as_str() })))
                .collect();
            (names, None)
        }
        TypeKind::Union { variants, .. } => {
            let mut scope = Scope::with_reserved(&["Unknown"]);
            let names = variants
                .iter()
                .map(|v| scope.claim(&variant(&v.hint)))
                .collect();
            (names, None)
        }
        _ => (Vec::new(), None),
    }
}

/// The group of an untagged operation: the first path segment that names a resource
/// (`/v1/customers/{id}/sources` → `customers`), skipping versions and parameters.
fn path_group(path: &str) -> String {
    let version = |s: &str| {
        let s = s.strip_prefix('v').unwrap_or(s);
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    };
    path.split('/')
        .map(|s| s.split('.').next().unwrap_or(s))
        .find(|s| !s.is_empty() && !s.starts_with('{') && !version(s) && *s != "api")
        .unwrap_or("root")
        .to_string()
}

/// Variable suffixes per scheme kind, in the runtime's order.
fn suffixes(kind: &SchemeKind) -> Vec<(&'static str, &'static str)> {
    match kind {
        SchemeKind::ApiKey { .. } => vec![("env", "API_KEY")],
        SchemeKind::Basic => vec![("username_env", "USERNAME"), ("password_env", "PASSWORD")],
        SchemeKind::Bearer => vec![("env", "TOKEN")],
        SchemeKind::OAuth2ClientCredentials { .. } => vec![
            ("client_id_env", "CLIENT_ID"),
            ("client_secret_env", "CLIENT_SECRET"),
            ("access_token_env", "ACCESS_TOKEN"),
        ],
        SchemeKind::OAuth2RefreshToken { .. } => vec![
            ("client_id_env", "CLIENT_ID"),
            ("client_secret_env", "CLIENT_SECRET"),
            ("refresh_token_env", "REFRESH_TOKEN"),
            ("access_token_env", "ACCESS_TOKEN"),
        ],
    }
}

/// `PREFIX_TOKEN` when only one scheme would use a name, else `PREFIX_SCHEME_TOKEN`.
fn scheme_env(api: &Api, prefix: &str) -> Vec<SchemeEnv> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for s in &api.security_schemes {
        for (_, suffix) in suffixes(&s.kind) {
            *count.entry(suffix).or_default() += 1;
        }
    }
    api.security_schemes
        .iter()
        .map(|s| {
            let shared = suffixes(&s.kind).iter().any(|(_, suf)| count[suf] > 1);
            let vars = suffixes(&s.kind)
                .into_iter()
                .map(|(field, suf)| {
                    let name = if shared {
                        format!("{prefix}_{}_{suf}", screaming(&s.name))
                    } else {
                        format!("{prefix}_{suf}")
                    };
                    (field, name)
                })
                .collect();
            SchemeEnv { vars }
        })
        .collect()
}

/// The base URL used when the spec names none, or only a relative one.
pub fn default_base_url(api: &Api) -> String {
    match api.servers.first() {
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => url.clone(),
        Some(url) => format!(
            "http://localhost{}{}",
            if url.starts_with('/') { "" } else { "/" },
            url
        ),
        None => "http://localhost".into(),
    }
}
