//! Flattening plans: the analytics tables each record type becomes.
//!
//! Computed at generation time for every record type that a list or retrieve operation
//! returns and that has a primary key (`id`). Nested objects become `parent__child` columns
//! down to a depth limit (a JSON column beyond); arrays of objects become child tables named
//! after the path, keyed by the root record's primary key and the item's index; scalar arrays
//! become JSON columns; unions become JSON columns unless every branch is a scalar;
//! expandable fields become the id column. Emitters read these plans to write `TABLES`, the
//! typed `Flatten` impls and `schema.sql`.

use crate::ir::{Api, FloatKind, IntKind, TypeId, TypeKind, TypeRef, TypeSpace};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

mod ddl;

pub use ddl::{ddl, describe, key_type};

/// Nested objects deeper than this become one JSON column (default of `[tables] max_depth`).
pub const MAX_DEPTH: usize = 3;
/// Arrays of objects nested deeper than this (child of a child) become JSON columns.
pub const MAX_TABLE_DEPTH: usize = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SqlType {
    Integer,
    Float,
    Boolean,
    Text,
    Timestamp,
    Json,
}

/// How a column's cell is read from the typed value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Read {
    /// A scalar (string, number, boolean) or an expandable field's id.
    Scalar,
    /// A string enum: its wire value.
    Enum,
    /// An integer of seconds since the epoch.
    UnixTime,
    /// A union whose branches are all scalars: the branch's value as text.
    ScalarUnion(#[serde(skip)] TypeId),
    /// A union of an id string and objects with an `id` (Stripe's multi-type expandables): the id.
    UnionId(#[serde(skip)] TypeId),
    /// Anything else: JSON text.
    Json,
    /// Filled by the loader, not read from the record (a child stream's parent key).
    Loader,
    /// The row's fields that no other column or child table maps (fields the spec does not
    /// declare), as one JSON object: filled by the sync driver from the raw record.
    Extra,
    /// The id of the run that loaded the row: filled by the sync driver.
    RunId,
}

/// Name of the column keeping a row's undeclared fields (data columns never start with `_`).
pub const EXTRA_COLUMN: &str = "_extra";
/// Name of the column holding the id of the run that loaded a row, so a bad load can be
/// found (and removed) by its id in `_apitap_runs`.
pub const RUN_ID_COLUMN: &str = "_apitap_run_id";

/// How a stream's records are written into its tables (`write` in `apitap.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WriteMode {
    /// Upsert by primary key; a re-loaded record's child rows are replaced.
    #[default]
    Merge,
    /// Insert every version: the tables keep history (no primary key is enforced).
    Append,
    /// A full refresh each run, swapped in when complete: rows gone from the source go.
    Replace,
}

impl WriteMode {
    pub fn as_str(self) -> &'static str {
        match self {
            WriteMode::Merge => "merge",
            WriteMode::Append => "append",
            WriteMode::Replace => "replace",
        }
    }

    /// The variant's name in `rt::WriteMode`.
    pub fn variant(self) -> &'static str {
        match self {
            WriteMode::Merge => "Merge",
            WriteMode::Append => "Append",
            WriteMode::Replace => "Replace",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub name: String,
    /// Spec field names from the row's value (the record, or the array item).
    pub path: Vec<String>,
    pub sql_type: SqlType,
    pub read: Read,
    pub nullable: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub name: String,
    /// Spec field names from the root record to this table's array; empty for the root.
    pub array_path: Vec<String>,
    /// The array's path from the parent table's row value.
    pub rel_path: Vec<String>,
    /// Index in the crate's tables of the parent table (child tables).
    pub parent: Option<usize>,
    /// Columns holding the root record's primary key (child tables).
    pub parent_key: Vec<String>,
    pub primary_key: Vec<String>,
    pub columns: Vec<Column>,
    /// How its rows are written: the write mode of the streams that load its record.
    pub write: WriteMode,
    /// The type of one row's value (the record, or the array's item).
    #[serde(skip)]
    pub row_type: TypeRef,
}

impl Table {
    /// The primary key the database enforces: none for append-only tables, which keep
    /// every version (the key columns are then indexed instead).
    pub fn enforced_key(&self) -> &[String] {
        match self.write {
            WriteMode::Append => &[],
            WriteMode::Merge | WriteMode::Replace => &self.primary_key,
        }
    }
}

/// A record type and its tables (the root first).
#[derive(Debug, Clone, Serialize)]
pub struct RecordPlan {
    #[serde(skip)]
    pub record: TypeId,
    pub type_name: String,
    /// The spec name of the primary key field.
    pub key: String,
    /// Indices into the crate-wide table list.
    pub tables: Vec<usize>,
}

/// `[tables]` in `apitap.toml`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TablesConfig {
    /// Nesting depth flattened into `a__b` columns; deeper objects become JSON (default 3).
    pub max_depth: Option<usize>,
    /// `json` (default) or `table`: arrays of scalars as JSON columns or child tables.
    pub scalar_arrays: Option<String>,
    /// Primary key field per record type name (default `id`).
    #[serde(default)]
    pub primary_key: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub struct Plans {
    pub tables: Vec<Table>,
    pub records: Vec<RecordPlan>,
}

fn is_struct(space: &TypeSpace, ty: &TypeRef) -> Option<TypeId> {
    space.struct_of(ty).map(|(id, _)| id)
}

/// The record types worth tables: items of list operations and what retrieves return,
/// with their primary key field.
fn record_types(
    api: &Api,
    an_types: &[super::TypeNames],
    pages: &[super::pagination::Decision],
    config: &TablesConfig,
) -> Vec<(TypeId, String)> {
    let space = &api.types;
    let mut out: Vec<TypeId> = Vec::new();
    let mut push = |id: TypeId| {
        if !out.contains(&id) {
            out.push(id);
        }
    };
    for (op, d) in api.operations.iter().zip(pages) {
        let Some(resp) = op.success().and_then(|r| r.ty.as_ref()) else {
            continue;
        };
        if let Some(plan) = &d.plan {
            if let Some(TypeRef::Array(item)) =
                super::pagination::type_at(space, resp, &plan.records).map(|t| space.resolve(t))
            {
                if let Some(id) = is_struct(space, item) {
                    push(id);
                }
            }
        } else if op.method == crate::ir::Method::Get {
            if let Some(id) = is_struct(space, resp) {
                push(id);
            }
        }
    }
    out.into_iter()
        .filter_map(|id| {
            let key = config
                .primary_key
                .get(&an_types[id.0].name)
                .map(String::as_str)
                .unwrap_or("id");
            let (_, fields) = space.struct_of(&TypeRef::Named(id))?;
            fields
                .iter()
                .any(|f| f.name == key && space.resolve(&f.ty).is_scalar())
                .then(|| (id, key.to_string()))
        })
        .collect()
}

/// Check `[tables]` against the API: known types, existing key fields, known options.
pub fn check_config(
    api: &Api,
    an_types: &[super::TypeNames],
    config: &TablesConfig,
) -> Result<(), super::ConfigError> {
    use super::ConfigError;
    if let Some(mode) = &config.scalar_arrays {
        if mode != "json" && mode != "table" {
            return Err(ConfigError::new(
                "[tables] scalar_arrays",
                format!("expected `json` or `table`, found `{mode}`"),
            ));
        }
    }
    for (ty, key) in &config.primary_key {
        let Some(i) = an_types.iter().position(|t| &t.name == ty) else {
            return Err(ConfigError::new(
                format!("[tables.primary_key] {ty}"),
                "no generated type has this name",
            ));
        };
        let ok = api
            .types
            .struct_of(&TypeRef::Named(TypeId(i)))
            .is_some_and(|(_, f)| f.iter().any(|f| &f.name == key));
        if !ok {
            return Err(ConfigError::new(
                format!("[tables.primary_key] {ty}"),
                format!("the type has no field `{key}`"),
            ));
        }
    }
    Ok(())
}

pub fn plan(
    api: &Api,
    an_types: &[super::TypeNames],
    pages: &[super::pagination::Decision],
    config: &TablesConfig,
    deferred: &BTreeMap<(TypeId, usize), super::features::Deferred>,
) -> Plans {
    let mut plans = Plans::default();
    let mut names = BTreeSet::new();
    let options = Options {
        max_depth: config.max_depth.unwrap_or(MAX_DEPTH).max(1),
        scalar_tables: config.scalar_arrays.as_deref() == Some("table"),
    };
    for (record, key) in record_types(api, an_types, pages, config) {
        let type_name = an_types[record.0].name.clone();
        let base = super::naming::snake(&type_name);
        let mut name = base.clone();
        let mut n = 2;
        while !names.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        let first = plans.tables.len();
        let ty = TypeRef::Named(record);
        let root = Table {
            name: name.clone(),
            array_path: Vec::new(),
            rel_path: Vec::new(),
            parent: None,
            parent_key: Vec::new(),
            primary_key: vec![super::naming::snake(&key).trim_end_matches('_').to_string()],
            columns: Vec::new(),
            write: WriteMode::Merge,
            row_type: ty.clone(),
        };
        plans.tables.push(root);
        let mut builder = Builder {
            api,
            tables: &mut plans.tables,
            names: &mut names,
            options,
            deferred,
        };
        builder.columns(first, &ty, &[], &[], 0, false, 0);
        let tables: Vec<usize> = (first..plans.tables.len()).collect();
        // Every table of objects keeps what the spec does not declare; every row says
        // which run loaded it.
        for &t in &tables {
            let table = &mut plans.tables[t];
            if !table.row_type.is_scalar() {
                table.columns.push(Column {
                    name: EXTRA_COLUMN.into(),
                    path: Vec::new(),
                    sql_type: SqlType::Json,
                    read: Read::Extra,
                    nullable: true,
                });
            }
            table.columns.push(Column {
                name: RUN_ID_COLUMN.into(),
                path: Vec::new(),
                sql_type: SqlType::Text,
                read: Read::RunId,
                nullable: true,
            });
        }
        plans.records.push(RecordPlan {
            record,
            type_name,
            key,
            tables,
        });
    }
    plans
}

#[derive(Debug, Clone, Copy)]
struct Options {
    max_depth: usize,
    scalar_tables: bool,
}

struct Builder<'a> {
    api: &'a Api,
    tables: &'a mut Vec<Table>,
    names: &'a mut BTreeSet<String>,
    options: Options,
    /// Fields held as JSON in the types (see `features`): one JSON column each.
    deferred: &'a BTreeMap<(TypeId, usize), super::features::Deferred>,
}

impl Builder<'_> {
    /// Columns of `ty` (at `path` below the row's value) into table `t`.
    #[allow(clippy::too_many_arguments)]
    fn columns(
        &mut self,
        t: usize,
        ty: &TypeRef,
        path: &[String],
        array_path: &[String],
        depth: usize,
        nullable: bool,
        table_depth: usize,
    ) {
        let space = &self.api.types;
        let Some((owner, fields)) = space.struct_of(ty) else {
            return;
        };
        for (j, f) in fields.iter().enumerate() {
            let mut p = path.to_vec();
            p.push(f.name.clone());
            let col_name = p
                .iter()
                .map(|s| super::naming::snake(s).trim_end_matches('_').to_string())
                .collect::<Vec<_>>()
                .join("__");
            let (inner, null) = f.ty.strip_nullable();
            let nullable = nullable || null || !f.required;
            let resolved = space.resolve(inner);
            let unix = f.format.as_deref() == Some("unix-time");
            let (sql_type, read) = match resolved {
                // A deferred error detail is JSON in the types, so one JSON column here (a
                // deferred expandable field stays its id column, below).
                _ if self.deferred.get(&(owner, j)).map(|d| d.reason)
                    == Some(super::features::DeferReason::ErrorDetail) =>
                {
                    (SqlType::Json, Read::Json)
                }
                TypeRef::String => (
                    if f.format.as_deref() == Some("date-time") {
                        SqlType::Timestamp
                    } else {
                        SqlType::Text
                    },
                    Read::Scalar,
                ),
                TypeRef::Integer(IntKind::I32 | IntKind::I64) if unix => {
                    (SqlType::Timestamp, Read::UnixTime)
                }
                TypeRef::Integer(_) => (SqlType::Integer, Read::Scalar),
                TypeRef::Number(FloatKind::F32 | FloatKind::F64) => (SqlType::Float, Read::Scalar),
                TypeRef::Boolean => (SqlType::Boolean, Read::Scalar),
                TypeRef::Binary => continue,
                TypeRef::Expandable(_) => (SqlType::Text, Read::Scalar),
                TypeRef::Named(id) => match &space.get(*id).kind {
                    TypeKind::StringEnum { .. } => (SqlType::Text, Read::Enum),
                    TypeKind::Struct { .. } if depth + 1 < self.options.max_depth => {
                        self.columns(t, inner, &p, array_path, depth + 1, nullable, table_depth);
                        continue;
                    }
                    TypeKind::Union { variants, .. }
                        if variants.iter().all(|v| v.ty.is_scalar()) =>
                    {
                        (SqlType::Text, Read::ScalarUnion(*id))
                    }
                    TypeKind::Union { variants, .. } if is_id_union(space, variants) => {
                        (SqlType::Text, Read::UnionId(*id))
                    }
                    _ => (SqlType::Json, Read::Json),
                },
                // Arrays whose items may be null stay JSON: a null item has no row.
                TypeRef::Array(item) if item.strip_nullable().1 => (SqlType::Json, Read::Json),
                TypeRef::Array(item)
                    if table_depth < MAX_TABLE_DEPTH && is_struct(space, item).is_some() =>
                {
                    self.child_table(t, item, array_path, &p, table_depth + 1);
                    continue;
                }
                TypeRef::Array(item)
                    if table_depth < MAX_TABLE_DEPTH
                        && self.options.scalar_tables
                        && item.is_scalar() =>
                {
                    self.child_table(t, item, array_path, &p, table_depth + 1);
                    continue;
                }
                _ => (SqlType::Json, Read::Json),
            };
            self.tables[t].columns.push(Column {
                name: col_name,
                path: p,
                sql_type,
                read,
                nullable,
            });
        }
    }

    fn child_table(
        &mut self,
        parent: usize,
        item: &TypeRef,
        parent_array: &[String],
        rel: &[String],
        table_depth: usize,
    ) {
        let mut array_path = parent_array.to_vec();
        array_path.extend(rel.iter().cloned());
        let suffix = rel
            .iter()
            .map(|s| super::naming::snake(s).trim_end_matches('_').to_string())
            .collect::<Vec<_>>()
            .join("__");
        let base = format!("{}__{suffix}", self.tables[parent].name);
        let mut name = base.clone();
        let mut n = 2;
        while !self.names.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        // Keys: the root record's id, the indices of every enclosing array, then this item's index.
        let mut key: Vec<String> = vec!["_root_id".into()];
        for level in 1..table_depth {
            key.push(format!("_index{level}"));
        }
        key.push("_index".into());
        let index = self.tables.len();
        self.tables.push(Table {
            name,
            array_path,
            rel_path: rel.to_vec(),
            parent: Some(parent),
            parent_key: vec!["_root_id".into()],
            primary_key: key,
            columns: Vec::new(),
            write: WriteMode::Merge,
            row_type: item.clone(),
        });
        let item_path = self.tables[index].array_path.clone();
        if item.is_scalar() {
            let (inner, nullable) = item.strip_nullable();
            let sql_type = match self.api.types.resolve(inner) {
                TypeRef::Integer(_) => SqlType::Integer,
                TypeRef::Number(_) => SqlType::Float,
                TypeRef::Boolean => SqlType::Boolean,
                _ => SqlType::Text,
            };
            self.tables[index].columns.push(Column {
                name: "value".into(),
                path: Vec::new(),
                sql_type,
                read: Read::Scalar,
                nullable,
            });
        } else {
            self.columns(index, item, &[], &item_path, 0, false, table_depth);
        }
    }
}

/// A string id or objects that all have a scalar `id`.
fn is_id_union(space: &TypeSpace, variants: &[crate::ir::Variant]) -> bool {
    variants
        .iter()
        .any(|v| matches!(space.resolve(&v.ty), TypeRef::String))
        && variants.iter().all(|v| {
            matches!(space.resolve(&v.ty), TypeRef::String)
                || space.struct_of(&v.ty).is_some_and(|(_, f)| {
                    f.iter()
                        .any(|f| f.name == "id" && space.resolve(&f.ty).is_scalar())
                })
        })
}
