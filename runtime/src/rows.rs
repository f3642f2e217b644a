//! The flat row model that generated `tables.rs` fills and sinks load.
//!
//! The generator decides at generation time how each record type becomes tables (nested
//! objects as `parent__child` columns, arrays of objects as child tables keyed by the parent's
//! primary key and the item index) and emits a static [`TableSpec`] list plus an
//! `impl Flatten` per record type that pushes [`Cell`]s with typed field access. This module
//! holds only that data model, with no sink dependencies, so a connector that never syncs
//! still compiles its `tables.rs` without pulling in SQLite or PostgreSQL.

use serde::Serialize;
use serde_json::Value;

use crate::types::Expandable;

/// Column type of a flattened table, mapped to each backend's SQL type by the sinks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    /// 64-bit signed integer.
    Integer,
    /// Double precision float.
    Float,
    /// Boolean.
    Boolean,
    /// Text.
    Text,
    /// Point in time (UTC).
    Timestamp,
    /// JSON document (objects beyond the depth limit, scalar arrays, untyped values).
    Json,
}

/// Where a column's cells come from: the sync driver walks each raw record along these
/// paths to keep every field the plan does not map (see [`ColumnSource::Extra`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnSource {
    /// The field at this path (wire names) below the row's value (the record, or the array
    /// item); empty for a child table of scalars, whose value is the item itself.
    Field(&'static [&'static str]),
    /// A key the flattening adds (`_root_id`, `_index`).
    Key,
    /// Filled by the loader, not read from the record (a child stream's parent key).
    Loader,
    /// The row's fields that no other column or child table maps, as one JSON object: what
    /// the API sends beyond its spec, kept instead of dropped.
    Extra,
    /// The id of the run that loaded the row (`_apitap_runs.run_id`), filled by the sync
    /// driver.
    RunId,
}

/// How a stream's records are written into its tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// Upsert by primary key; a re-loaded record's child rows are replaced.
    Merge,
    /// Insert every version (no primary key constraint): the tables keep history.
    Append,
    /// A full refresh: each run loads into staging tables and swaps them in when the stream
    /// completes, in one transaction, so rows the source no longer has are removed.
    Replace,
}

impl WriteMode {
    /// The name `apitap.toml` and `sync --list` use.
    pub fn as_str(self) -> &'static str {
        match self {
            WriteMode::Merge => "merge",
            WriteMode::Append => "append",
            WriteMode::Replace => "replace",
        }
    }
}

/// One column of a flattened table.
#[derive(Debug)]
pub struct ColumnSpec {
    /// Column name (`parent__child` for nested fields).
    pub name: &'static str,
    /// SQL type.
    pub sql_type: SqlType,
    /// Whether the column may hold NULL (primary key columns never do).
    pub nullable: bool,
    /// Where its cells come from.
    pub source: ColumnSource,
}

/// One flattened table. Generated crates hold them in a static `TABLES` list; a row's table is
/// its index in that list.
#[derive(Debug)]
pub struct TableSpec {
    /// Table name.
    pub name: &'static str,
    /// Columns, in the order rows hold their cells.
    pub columns: &'static [ColumnSpec],
    /// Primary key columns. Root tables: the record's id (e.g. `["id"]`); child tables: the
    /// parent's key columns plus `_index`. Empty means rows are appended, never upserted.
    pub primary_key: &'static [&'static str],
    /// Child tables: the parent table's name.
    pub parent: Option<&'static str>,
    /// Child tables: their columns holding the ROOT record's primary key (same order as the
    /// root's `primary_key`), used to delete the children of a re-loaded record.
    pub parent_key: &'static [&'static str],
    /// Child tables: the path (wire names) of their array below the parent table's row
    /// value; empty for root tables.
    pub path: &'static [&'static str],
    /// How rows are written (the mode of the stream whose records fill the table).
    pub write: WriteMode,
}

impl TableSpec {
    /// Whether the table's columns are compiled. A generated crate compiles a table's columns
    /// with the operation groups that load it; with their cargo features off the table has
    /// none, keeps its position in `TABLES`, and is neither created nor written.
    pub fn compiled(&self) -> bool {
        !self.columns.is_empty()
    }

    /// Position of column `name`, if the table has it.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// Position of the column holding the loading run's id, if the table has one.
    pub fn run_id_column(&self) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.source == ColumnSource::RunId)
    }

    /// Position of the column keeping unmapped fields, if the table has one.
    pub fn extra_column(&self) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.source == ColumnSource::Extra)
    }

    /// The primary key the database enforces: none for append-only tables, which keep every
    /// version of a record.
    pub fn enforced_key(&self) -> &'static [&'static str] {
        match self.write {
            WriteMode::Append => &[],
            WriteMode::Merge | WriteMode::Replace => self.primary_key,
        }
    }
}

/// One value of a flat row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// SQL NULL.
    Null,
    /// Boolean.
    Bool(bool),
    /// Integer.
    Int(i64),
    /// Float.
    Float(f64),
    /// Text.
    Text(String),
    /// JSON text (already serialized).
    Json(String),
    /// Seconds since the Unix epoch, for `Timestamp` columns; sinks write ISO-8601 UTC text or
    /// a native timestamp.
    UnixTime(i64),
}

/// Converts a typed field value into a [`Cell`]; generated `Flatten` impls call it on every
/// field so one call covers optional, boxed, expandable and untyped fields alike.
pub trait ToCell {
    /// The value as a cell.
    fn to_cell(&self) -> Cell;
}

impl ToCell for str {
    fn to_cell(&self) -> Cell {
        Cell::Text(self.to_string())
    }
}

impl ToCell for String {
    fn to_cell(&self) -> Cell {
        Cell::Text(self.clone())
    }
}

impl ToCell for bool {
    fn to_cell(&self) -> Cell {
        Cell::Bool(*self)
    }
}

macro_rules! int_cell {
    ($($t:ty),*) => {$(
        impl ToCell for $t {
            fn to_cell(&self) -> Cell {
                Cell::Int(i64::from(*self))
            }
        }
    )*};
}
int_cell!(i8, i16, i32, i64, u8, u16, u32);

impl ToCell for u64 {
    /// Saturates at `i64::MAX`: SQL integers are signed 64-bit.
    fn to_cell(&self) -> Cell {
        Cell::Int(i64::try_from(*self).unwrap_or(i64::MAX))
    }
}

impl ToCell for f32 {
    fn to_cell(&self) -> Cell {
        Cell::Float(f64::from(*self))
    }
}

impl ToCell for f64 {
    fn to_cell(&self) -> Cell {
        Cell::Float(*self)
    }
}

impl ToCell for Value {
    /// JSON text, also for scalars (the column is a JSON column); `null` is NULL.
    fn to_cell(&self) -> Cell {
        match self {
            Value::Null => Cell::Null,
            other => Cell::Json(other.to_string()),
        }
    }
}

impl<T: ToCell> ToCell for Option<T> {
    fn to_cell(&self) -> Cell {
        match self {
            Some(v) => v.to_cell(),
            None => Cell::Null,
        }
    }
}

impl<T: ToCell + ?Sized> ToCell for Box<T> {
    fn to_cell(&self) -> Cell {
        (**self).to_cell()
    }
}

impl<T: ToCell + ?Sized> ToCell for &T {
    fn to_cell(&self) -> Cell {
        (**self).to_cell()
    }
}

impl<T: Serialize> ToCell for Expandable<T> {
    /// The id, whether or not the object was expanded: the column holds a reference. An
    /// expanded object without a string or number `id` is kept whole as JSON.
    fn to_cell(&self) -> Cell {
        match self {
            Expandable::Id(id) => Cell::Text(id.clone()),
            Expandable::Object(obj) => match serde_json::to_value(obj) {
                Ok(value) => match value.get("id") {
                    Some(Value::String(id)) => Cell::Text(id.clone()),
                    Some(Value::Number(n)) => Cell::Text(n.to_string()),
                    _ => value.to_cell(),
                },
                Err(_) => Cell::Null,
            },
        }
    }
}

/// Any serializable value as a JSON cell (scalar arrays, nested objects past the depth
/// limit); `null` becomes NULL, and a value that cannot serialize becomes NULL too.
pub fn json_cell<T: Serialize + ?Sized>(v: &T) -> Cell {
    match serde_json::to_value(v) {
        Ok(value) => value.to_cell(),
        Err(_) => Cell::Null,
    }
}

/// Rows of one batch, in insertion order per table (index = position in the crate's
/// `TABLES`). Kept per table so a sink binds one prepared statement per table in a tight loop.
#[derive(Debug, Default)]
pub struct Rows {
    tables: Vec<Vec<Vec<Cell>>>,
    len: usize,
}

impl Rows {
    /// An empty batch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one row to table `table`; `cells` follow the table's column order.
    pub fn push(&mut self, table: usize, cells: Vec<Cell>) {
        if self.tables.len() <= table {
            self.tables.resize_with(table + 1, Vec::new);
        }
        self.tables[table].push(cells);
        self.len += 1;
    }

    /// Rows in all tables.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the batch has no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Removes all rows, keeping the allocations for the next batch.
    pub fn clear(&mut self) {
        self.tables.iter_mut().for_each(Vec::clear);
        self.len = 0;
    }

    /// Drops the rows of table `table` from row `len` on (a record taken back).
    pub fn truncate(&mut self, table: usize, len: usize) {
        if let Some(rows) = self.tables.get_mut(table) {
            if rows.len() > len {
                self.len -= rows.len() - len;
                rows.truncate(len);
            }
        }
    }

    /// Row count per table index (index = position in `TABLES`; trailing tables without rows
    /// may be missing).
    pub fn count_by_table(&self) -> Vec<usize> {
        self.tables.iter().map(Vec::len).collect()
    }

    /// Sets `column` to `cell` in the rows of `table` from row `from` on: cells the loader
    /// knows and the record does not (the parent key of a child stream's rows), which the
    /// generated `Flatten` leaves NULL.
    pub fn fill(&mut self, table: usize, from: usize, column: usize, cell: &Cell) {
        if let Some(rows) = self.tables.get_mut(table) {
            for row in rows.iter_mut().skip(from) {
                if let Some(slot) = row.get_mut(column) {
                    *slot = cell.clone();
                }
            }
        }
    }

    /// Sets the cell at `column` of every row of table `table` to `value`.
    pub fn fill_column(&mut self, table: usize, column: usize, value: &Cell) {
        if let Some(rows) = self.tables.get_mut(table) {
            for row in rows {
                if let Some(cell) = row.get_mut(column) {
                    *cell = value.clone();
                }
            }
        }
    }

    /// The number of tables with a slot in this batch (rows may still be empty).
    pub fn table_count(&self) -> usize {
        self.tables.len()
    }

    /// The cell at `column` of row `row` of table `table`, if there is one.
    pub fn cell_mut(&mut self, table: usize, row: usize, column: usize) -> Option<&mut Cell> {
        self.tables.get_mut(table)?.get_mut(row)?.get_mut(column)
    }

    /// The rows of table `table`, in insertion order.
    pub fn table(&self, table: usize) -> &[Vec<Cell>] {
        self.tables.get(table).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Highest table index with a slot (rows or cleared rows) plus one.
    #[cfg_attr(not(feature = "sinks"), allow(dead_code))]
    pub(crate) fn table_slots(&self) -> usize {
        self.tables.len()
    }
}

/// Fills flat rows from a typed record; implemented by generated code for each record type.
pub trait Flatten {
    /// Pushes this record's root row and its child rows.
    fn flatten(&self, rows: &mut Rows);
}

impl<T: Flatten + ?Sized> Flatten for &T {
    fn flatten(&self, rows: &mut Rows) {
        (**self).flatten(rows)
    }
}

impl<T: Flatten + ?Sized> Flatten for Box<T> {
    fn flatten(&self, rows: &mut Rows) {
        (**self).flatten(rows)
    }
}

/// `secs` since the epoch as ISO-8601 UTC (`1970-01-01T00:00:00Z`). Total over `i64`: years
/// past 9999 or before 0 get more digits or a sign rather than a panic.
pub(crate) fn iso_utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    // Howard Hinnant's civil_from_days, in i128 so no input can overflow.
    let z = i128::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i128::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{m:02}:{s:02}Z")
}

/// Now as ISO-8601 UTC, for `updated_at`/`rejected_at` columns.
#[cfg_attr(not(feature = "sinks"), allow(dead_code))]
pub(crate) fn now_iso() -> String {
    iso_utc(now_secs())
}

/// Now as RFC 3339 with milliseconds (`2024-03-01T10:00:00.123Z`): runs started within one
/// second still sort by start.
#[cfg(feature = "sinks")]
pub(crate) fn now_iso_millis() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
    let iso = iso_utc(secs);
    format!("{}.{:03}Z", iso.trim_end_matches('Z'), now.subsec_millis())
}

/// Seconds since the epoch, now.
pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(iso_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso_utc(-1), "1969-12-31T23:59:59Z");
        // Extremes do not panic.
        let _ = iso_utc(i64::MAX);
        let _ = iso_utc(i64::MIN);
    }

    #[derive(Serialize)]
    struct Obj {
        id: u32,
        name: &'static str,
    }

    #[derive(Serialize)]
    struct NoId {
        name: &'static str,
    }

    #[test]
    fn cells_from_values() {
        assert_eq!("a".to_cell(), Cell::Text("a".into()));
        assert_eq!(u64::MAX.to_cell(), Cell::Int(i64::MAX));
        assert_eq!(Some(3i32).to_cell(), Cell::Int(3));
        assert_eq!(None::<i32>.to_cell(), Cell::Null);
        assert_eq!(Box::new(1.5f32).to_cell(), Cell::Float(1.5));
        assert_eq!(json!(null).to_cell(), Cell::Null);
        assert_eq!(json!("x").to_cell(), Cell::Json("\"x\"".into()));
        assert_eq!(json!({"a": 1}).to_cell(), Cell::Json("{\"a\":1}".into()));
        let id: Expandable<Obj> = Expandable::Id("o_1".into());
        assert_eq!(id.to_cell(), Cell::Text("o_1".into()));
        let obj = Expandable::Object(Box::new(Obj { id: 7, name: "n" }));
        assert_eq!(obj.to_cell(), Cell::Text("7".into()));
        let no_id = Expandable::Object(Box::new(NoId { name: "n" }));
        assert_eq!(no_id.to_cell(), Cell::Json("{\"name\":\"n\"}".into()));
        assert_eq!(json_cell(&vec![1, 2]), Cell::Json("[1,2]".into()));
        assert_eq!(json_cell(&None::<u8>), Cell::Null);
    }

    #[test]
    fn rows_per_table() {
        let mut rows = Rows::new();
        assert!(rows.is_empty());
        rows.push(2, vec![Cell::Int(1)]);
        rows.push(0, vec![Cell::Int(2)]);
        rows.push(2, vec![Cell::Int(3)]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.count_by_table(), vec![1, 0, 2]);
        assert_eq!(rows.table(2)[1], vec![Cell::Int(3)]);
        assert!(rows.table(9).is_empty());
        rows.clear();
        assert!(rows.is_empty());
        assert_eq!(rows.count_by_table(), vec![0, 0, 0]);
    }
}
