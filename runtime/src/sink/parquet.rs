//! `parquet:DIR`: files for warehouses and lakes (Snowflake `COPY INTO`, BigQuery `bq load`,
//! Redshift, Databricks, DuckDB `read_parquet`).
//!
//! Each table is a directory of files, `DIR/<table>/<run id>-<n>.parquet`, written per run
//! with the table plan's column types (64-bit integers, doubles, booleans, UTF-8 text,
//! timestamps in microseconds adjusted to UTC, JSON as text with the JSON logical type) and
//! the loader's columns (`_apitap_run_id`, parent keys, `_extra`). Rows gather into row
//! groups of about 120,000 rows; a file is closed and a new one started every
//! `file_rows` rows (default 5 million: `parquet:DIR?file_rows=N`). A file is written under
//! a hidden temporary name and renamed when complete, so a reader never sees half a file.
//!
//! The incremental state, rejected records and run log live in `DIR/_apitap/` as JSON. The
//! state is saved only once the files holding the rows before it are complete (synced, and
//! renamed durably), so a run that dies part-way resumes from the last complete file: its
//! unfinished files stay hidden (and are never read), and nothing is lost. After a failed
//! write nothing more is saved. A value its column's type cannot hold (a time in a format
//! that is not RFC 3339) goes into the row's `_extra`, counted in [`ParquetSink::notes`]. Like the other file destinations, files are
//! appended: a record loaded again is a new row (its run id tells the loads apart). A new
//! crate whose tables have other columns writes new files with its columns beside the old
//! ones: read them together with `union_by_name`.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, TimeUnit, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use serde_json::{Map, Value};

use super::plan::Plan;
use super::{float_text, SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::rows::{iso_utc, now_iso, Cell, Rows, SqlType, TableSpec};
use crate::runlog::{StreamRunRow, RUNS_TABLE};
use crate::sync::SyncReport;

/// Rows per row group, and cells: whichever comes first closes the group (memory stays
/// bounded for wide tables).
const ROW_GROUP_ROWS: usize = 122_880;
const ROW_GROUP_CELLS: usize = 4_000_000;
/// Rows per file by default.
const DEFAULT_FILE_ROWS: u64 = 5_000_000;
/// The directory of the sink's own files.
const META_DIR: &str = "_apitap";

/// An open file of one table.
struct OpenFile {
    writer: SerializedFileWriter<File>,
    tmp: PathBuf,
    path: PathBuf,
    rows: u64,
}

/// One table's rows not yet written, and its open file.
#[derive(Default)]
struct TableState {
    rows: Vec<Vec<Cell>>,
    cells: usize,
    file: Option<OpenFile>,
    /// Files of this run started so far (for the next name).
    seq: u32,
    /// Written into its staging directory (a `replace` stream's run).
    staged: bool,
}

/// Writes Parquet files (see the module documentation).
pub struct ParquetSink {
    dir: PathBuf,
    label: String,
    plan: Plan,
    file_rows: u64,
    /// File name stem: the run id once the run starts.
    tag: String,
    tables: Vec<TableState>,
    /// States and rejections whose rows are not yet in complete files.
    pending_states: BTreeMap<String, Option<String>>,
    pending_rejects: Vec<String>,
    migrations: Vec<String>,
    /// Per table and column: values kept in `_extra` instead.
    kept_as_text: BTreeMap<(usize, usize), u64>,
    /// A write or a file failed: nothing more is saved (the states pending would run ahead
    /// of rows that are not in complete files), so the next run reads those pages again.
    failed: bool,
}

impl std::fmt::Debug for ParquetSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParquetSink")
            .field("dir", &self.dir)
            .field("file_rows", &self.file_rows)
            .finish_non_exhaustive()
    }
}

/// The Parquet type of a column.
fn column_type(name: &str, ty: SqlType) -> parquet::errors::Result<Type> {
    let (physical, logical) = match ty {
        SqlType::Integer => (Physical::INT64, None),
        SqlType::Float => (Physical::DOUBLE, None),
        SqlType::Boolean => (Physical::BOOLEAN, None),
        SqlType::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
        SqlType::Json => (Physical::BYTE_ARRAY, Some(LogicalType::Json)),
        SqlType::Timestamp => (
            Physical::INT64,
            Some(LogicalType::Timestamp {
                is_adjusted_to_u_t_c: true,
                unit: TimeUnit::MICROS,
            }),
        ),
    };
    Type::primitive_type_builder(name, physical)
        .with_repetition(Repetition::OPTIONAL)
        .with_logical_type(logical)
        .build()
}

/// The Parquet schema of a table: every column optional (a key column is never null, but a
/// reader need not know).
fn schema(table: &TableSpec) -> parquet::errors::Result<Type> {
    let fields = table
        .columns
        .iter()
        .map(|c| column_type(c.name, c.sql_type).map(Arc::new))
        .collect::<parquet::errors::Result<Vec<_>>>()?;
    Type::group_type_builder("schema")
        .with_fields(fields)
        .build()
}

/// A cell as the column's value, or why it cannot be.
enum Value64 {
    Int(i64),
    Float(f64),
    Bool(bool),
    Bytes(String),
}

fn convert(cell: &Cell, ty: SqlType) -> Result<Option<Value64>, String> {
    let bad = |what: &str| Err(format!("{what} does not fit a {ty:?} column"));
    Ok(Some(match (ty, cell) {
        (_, Cell::Null) => return Ok(None),
        (SqlType::Integer, Cell::Int(n)) => Value64::Int(*n),
        (SqlType::Integer, Cell::Bool(b)) => Value64::Int(i64::from(*b)),
        (SqlType::Integer, Cell::UnixTime(t)) => Value64::Int(*t),
        (SqlType::Integer, Cell::Text(s)) => match s.trim().parse() {
            Ok(n) => Value64::Int(n),
            Err(_) => return bad(&format!("text `{s}`")),
        },
        (SqlType::Float, Cell::Float(f)) => Value64::Float(*f),
        (SqlType::Float, Cell::Int(n)) => Value64::Float(*n as f64),
        (SqlType::Float, Cell::Text(s)) => match s.trim().parse() {
            Ok(f) => Value64::Float(f),
            Err(_) => return bad(&format!("text `{s}`")),
        },
        (SqlType::Boolean, Cell::Bool(b)) => Value64::Bool(*b),
        (SqlType::Boolean, Cell::Int(n)) => Value64::Bool(*n != 0),
        (SqlType::Boolean, Cell::Text(s)) => match s.as_str() {
            "true" => Value64::Bool(true),
            "false" => Value64::Bool(false),
            _ => return bad(&format!("text `{s}`")),
        },
        (SqlType::Timestamp, Cell::UnixTime(t)) | (SqlType::Timestamp, Cell::Int(t)) => {
            Value64::Int(t.saturating_mul(1_000_000))
        }
        (SqlType::Timestamp, Cell::Text(s)) => match crate::lookback::epoch_micros(s) {
            Some(us) => Value64::Int(us),
            None => return bad(&format!("`{s}`, not an RFC 3339 time,")),
        },
        (SqlType::Text | SqlType::Json, Cell::Text(s) | Cell::Json(s)) => Value64::Bytes(s.clone()),
        (SqlType::Text | SqlType::Json, Cell::Int(n)) => Value64::Bytes(n.to_string()),
        (SqlType::Text | SqlType::Json, Cell::Float(f)) => {
            Value64::Bytes(float_text(*f).unwrap_or_else(|| f.to_string()))
        }
        (SqlType::Text | SqlType::Json, Cell::Bool(b)) => Value64::Bytes(b.to_string()),
        (SqlType::Text, Cell::UnixTime(t)) => Value64::Bytes(iso_utc(*t)),
        (SqlType::Json, Cell::UnixTime(t)) => Value64::Bytes(t.to_string()),
        (_, other) => return bad(&format!("{other:?}")),
    }))
}

impl ParquetSink {
    /// Opens `DIR` (created if missing); `options` is the query after `?`
    /// (`file_rows=N`).
    pub(crate) fn open(
        dir: PathBuf,
        options: &str,
        label: String,
        plan: Plan,
    ) -> Result<Self, SinkError> {
        let mut file_rows = DEFAULT_FILE_ROWS;
        for pair in options.split('&').filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some(("file_rows", n)) => {
                    file_rows = n.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
                        SinkError::Destination {
                            destination: label.clone(),
                            message: format!("file_rows expects a positive number, got `{n}`"),
                        }
                    })?;
                }
                _ => {
                    return Err(SinkError::Destination {
                        destination: label.clone(),
                        message: format!("unknown option `{pair}`; parquet:DIR takes ?file_rows=N"),
                    })
                }
            }
        }
        let meta = dir.join(META_DIR);
        fs::create_dir_all(&meta).map_err(|source| SinkError::Io {
            destination: label.clone(),
            context: format!("creating {}", meta.display()),
            source,
        })?;
        let tables = plan.tables.iter().map(|_| TableState::default()).collect();
        let mut sink = ParquetSink {
            dir,
            label,
            plan,
            file_rows,
            // Unique per sink, like a run id (which replaces it when a run starts).
            tag: format!(
                "{}-{:08x}",
                now_iso().replace([':', '-'], ""),
                fastrand::u32(..)
            ),
            tables,
            pending_states: BTreeMap::new(),
            pending_rejects: Vec::new(),
            migrations: Vec::new(),
            kept_as_text: BTreeMap::new(),
            failed: false,
        };
        for t in 0..sink.plan.tables.len() {
            if sink.plan.active[t] {
                sink.compare_with_files(t)?;
            }
        }
        Ok(sink)
    }

    fn io(&self, context: String) -> impl FnOnce(io::Error) -> SinkError + '_ {
        move |source| SinkError::Io {
            destination: self.label.clone(),
            context,
            source,
        }
    }

    fn parquet_error(
        &self,
        context: String,
    ) -> impl FnOnce(parquet::errors::ParquetError) -> SinkError + '_ {
        move |e| SinkError::Data {
            destination: self.label.clone(),
            context,
            message: e.to_string(),
        }
    }

    fn table_dir(&self, t: usize) -> PathBuf {
        self.dir.join(self.plan.tables[t].name)
    }

    /// This sink's own staging directory of table `t` (overlapping runs never share one).
    fn staging_dir(&self, t: usize) -> PathBuf {
        self.table_dir(t).join(format!(".staging-{}", self.tag))
    }

    /// The complete files of table `t` in `dir`, oldest first (names start with the run id).
    fn files_in(dir: &Path) -> io::Result<Vec<PathBuf>> {
        let mut files: Vec<PathBuf> = match fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "parquet")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        files.sort();
        Ok(files)
    }

    /// Notes when the newest file of table `t` has other columns than this crate writes.
    fn compare_with_files(&mut self, t: usize) -> Result<(), SinkError> {
        let dir = self.table_dir(t);
        let files = Self::files_in(&dir).map_err(self.io(format!("listing {}", dir.display())))?;
        let Some(newest) = files.last() else {
            return Ok(());
        };
        let reader = File::open(newest)
            .map_err(|e| e.to_string())
            .and_then(|f| SerializedFileReader::new(f).map_err(|e| e.to_string()));
        let reader = match reader {
            Ok(r) => r,
            Err(e) => {
                self.migrations.push(format!(
                    "table `{}`: {} could not be read ({e}); new files are written beside it",
                    self.plan.tables[t].name,
                    newest.display()
                ));
                return Ok(());
            }
        };
        let schema = reader.metadata().file_metadata().schema_descr_ptr();
        let have: Vec<String> = schema
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        let table = &self.plan.tables[t];
        let added: Vec<&str> = table
            .columns
            .iter()
            .map(|c| c.name)
            .filter(|n| !have.iter().any(|h| h == n))
            .collect();
        let gone: Vec<&str> = have
            .iter()
            .map(String::as_str)
            .filter(|h| table.column_index(h).is_none())
            .collect();
        if !added.is_empty() || !gone.is_empty() {
            let mut text = format!(
                "table `{}`: new files have this crate's columns",
                table.name
            );
            if !added.is_empty() {
                text.push_str(&format!(" (added: {})", added.join(", ")));
            }
            if !gone.is_empty() {
                text.push_str(&format!(" (no longer written: {})", gone.join(", ")));
            }
            text.push_str("; the older files are kept: read them together with union_by_name");
            self.migrations.push(text);
        }
        Ok(())
    }

    pub(crate) fn destination(&self) -> &str {
        &self.label
    }

    pub(crate) fn tables(&self) -> &'static [TableSpec] {
        self.plan.tables
    }

    pub(crate) fn migrations(&self) -> &[String] {
        &self.migrations
    }

    /// What the owner should know: values kept in `_extra` because their column's type could
    /// not hold them.
    pub(crate) fn notes(&self) -> Vec<String> {
        self.kept_as_text
            .iter()
            .map(|((t, c), n)| {
                let table = &self.plan.tables[*t];
                format!(
                    "table `{}`: {n} value{} of `{}` did not fit its type ({:?}) and {} kept in `_extra` as text",
                    table.name,
                    if *n == 1 { "" } else { "s" },
                    table.columns[*c].name,
                    table.columns[*c].sql_type,
                    if *n == 1 { "is" } else { "are" }
                )
            })
            .collect()
    }

    /// Names the files of this run after its id.
    pub(crate) fn begin_run(&mut self, report: &SyncReport) {
        if !report.run_id.is_empty() {
            self.tag = report.run_id.clone();
        }
    }

    pub(crate) fn write(
        &mut self,
        rows: &Rows,
        rejected: &[super::Rejected<'_>],
        states: &[super::StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        self.refuse_after_failure()?;
        let result = self.write_rows(rows, rejected, states);
        self.failed |= result.is_err();
        result
    }

    /// An error once a write or a file has failed.
    fn refuse_after_failure(&self) -> Result<(), SinkError> {
        if self.failed {
            return Err(SinkError::Data {
                destination: self.label.clone(),
                context: "writing Parquet files".into(),
                message: "an earlier write failed, so nothing more is saved; the next run reads the unsaved pages again".into(),
            });
        }
        Ok(())
    }

    fn write_rows(
        &mut self,
        rows: &Rows,
        rejected: &[super::Rejected<'_>],
        states: &[super::StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        let mut roll = false;
        for t in 0..rows.table_count() {
            let batch = rows.table(t);
            if batch.is_empty() {
                continue;
            }
            let Some(table) = self.plan.tables.get(t) else {
                return Err(SinkError::Data {
                    destination: self.label.clone(),
                    context: format!("table {t}"),
                    message: "not a table of this sink".into(),
                });
            };
            if !self.plan.active[t] {
                return Err(SinkError::Data {
                    destination: self.label.clone(),
                    context: format!("table `{}`", table.name),
                    message: "not among the tables this sink was opened for".into(),
                });
            }
            for row in batch {
                if row.len() != table.columns.len() {
                    return Err(SinkError::Data {
                        destination: self.label.clone(),
                        context: format!("table `{}`", table.name),
                        message: format!(
                            "a row has {} cells for {} columns",
                            row.len(),
                            table.columns.len()
                        ),
                    });
                }
                let group_rows = ROW_GROUP_ROWS.min(self.file_rows as usize);
                let mut row = vec![row.clone()];
                self.keep_unfit_values(t, &mut row)?;
                let state = &mut self.tables[t];
                state.cells += row[0].len();
                state.rows.extend(row);
                if state.rows.len() >= group_rows || state.cells >= ROW_GROUP_CELLS {
                    self.flush_group(t)?;
                    if self.tables[t]
                        .file
                        .as_ref()
                        .is_some_and(|f| f.rows >= self.file_rows)
                    {
                        self.close_file(t)?;
                        roll = true;
                    }
                }
            }
        }
        for (stream, reason, raw) in rejected {
            let mut record = Map::new();
            record.insert("stream".into(), (*stream).into());
            record.insert("reason".into(), (*reason).into());
            record.insert("raw".into(), (*raw).into());
            record.insert("rejected_at".into(), now_iso().into());
            self.pending_rejects.push(Value::Object(record).to_string());
        }
        for (key, value) in states {
            self.pending_states
                .insert((*key).to_string(), value.map(str::to_string));
        }
        if roll {
            self.checkpoint()?;
        }
        Ok(())
    }

    /// Writes table `t`'s gathered rows as a row group of its open file (opening one).
    fn flush_group(&mut self, t: usize) -> Result<(), SinkError> {
        if self.tables[t].rows.is_empty() {
            return Ok(());
        }
        let table = &self.plan.tables[t];
        if self.tables[t].file.is_none() {
            let file = self.open_file(t)?;
            self.tables[t].file = Some(file);
        }
        let rows = std::mem::take(&mut self.tables[t].rows);
        self.tables[t].cells = 0;
        let label = self.label.clone();
        let data_error = |column: &str, message: String| SinkError::Data {
            destination: label.clone(),
            context: format!("table `{}`, column `{column}`", table.name),
            message,
        };
        let parquet_error = |e: parquet::errors::ParquetError| SinkError::Data {
            destination: label.clone(),
            context: format!("writing table `{}`", table.name),
            message: e.to_string(),
        };
        let Some(open) = self.tables[t].file.as_mut() else {
            return Ok(());
        };
        let mut group = open.writer.next_row_group().map_err(parquet_error)?;
        for (c, column) in table.columns.iter().enumerate() {
            let Some(mut writer) = group.next_column().map_err(parquet_error)? else {
                break;
            };
            let mut levels: Vec<i16> = Vec::with_capacity(rows.len());
            let mut ints = Vec::new();
            let mut floats = Vec::new();
            let mut bools = Vec::new();
            let mut bytes: Vec<ByteArray> = Vec::new();
            for row in &rows {
                match convert(&row[c], column.sql_type).map_err(|m| data_error(column.name, m))? {
                    None => levels.push(0),
                    Some(v) => {
                        levels.push(1);
                        match v {
                            Value64::Int(n) => ints.push(n),
                            Value64::Float(f) => floats.push(f),
                            Value64::Bool(b) => bools.push(b),
                            Value64::Bytes(s) => bytes.push(ByteArray::from(s.into_bytes())),
                        }
                    }
                }
            }
            let written =
                match column.sql_type {
                    SqlType::Integer | SqlType::Timestamp => writer
                        .typed::<Int64Type>()
                        .write_batch(&ints, Some(&levels), None),
                    SqlType::Float => {
                        writer
                            .typed::<DoubleType>()
                            .write_batch(&floats, Some(&levels), None)
                    }
                    SqlType::Boolean => {
                        writer
                            .typed::<BoolType>()
                            .write_batch(&bools, Some(&levels), None)
                    }
                    SqlType::Text | SqlType::Json => {
                        writer
                            .typed::<ByteArrayType>()
                            .write_batch(&bytes, Some(&levels), None)
                    }
                };
            written.map_err(parquet_error)?;
            writer.close().map_err(parquet_error)?;
        }
        group.close().map_err(parquet_error)?;
        open.rows += rows.len() as u64;
        Ok(())
    }

    /// Moves each value its column's type cannot hold (a time in a format that is not RFC
    /// 3339) into the row's `_extra`, under the column's name, so it is kept and counted;
    /// without an `_extra` column the write fails instead.
    fn keep_unfit_values(&mut self, t: usize, rows: &mut [Vec<Cell>]) -> Result<(), SinkError> {
        let table = &self.plan.tables[t];
        let extra = table.extra_column();
        for row in rows.iter_mut() {
            for (c, column) in table.columns.iter().enumerate() {
                // Text and JSON columns take every cell: only the others are checked (and
                // checking them allocates nothing).
                if matches!(column.sql_type, SqlType::Text | SqlType::Json) || row[c] == Cell::Null
                {
                    continue;
                }
                let Err(message) = convert(&row[c], column.sql_type) else {
                    continue;
                };
                let Some(e) = extra.filter(|e| *e != c) else {
                    return Err(SinkError::Data {
                        destination: self.label.clone(),
                        context: format!("table `{}`, column `{}`", table.name, column.name),
                        message,
                    });
                };
                let raw = match std::mem::replace(&mut row[c], Cell::Null) {
                    Cell::Text(s) | Cell::Json(s) => Value::String(s),
                    other => Value::String(format!("{other:?}")),
                };
                let mut kept: Map<String, Value> = match &row[e] {
                    Cell::Json(s) | Cell::Text(s) => serde_json::from_str(s).unwrap_or_default(),
                    _ => Map::new(),
                };
                kept.insert(column.name.to_string(), raw);
                row[e] = Cell::Json(Value::Object(kept).to_string());
                *self.kept_as_text.entry((t, c)).or_default() += 1;
            }
        }
        Ok(())
    }

    /// A new file for table `t` under a hidden temporary name.
    fn open_file(&mut self, t: usize) -> Result<OpenFile, SinkError> {
        let table = &self.plan.tables[t];
        let dir = if self.tables[t].staged {
            self.staging_dir(t)
        } else {
            self.table_dir(t)
        };
        fs::create_dir_all(&dir).map_err(self.io(format!("creating {}", dir.display())))?;
        self.tables[t].seq += 1;
        let name = format!("{}-{:04}.parquet", self.tag, self.tables[t].seq);
        let path = dir.join(&name);
        let tmp = dir.join(format!(".{name}.tmp"));
        let file = File::create(&tmp).map_err(self.io(format!("creating {}", tmp.display())))?;
        let schema = schema(table)
            .map_err(self.parquet_error(format!("the schema of table `{}`", table.name)))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_size(ROW_GROUP_ROWS)
            .set_created_by(format!("apitap-runtime {}", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = SerializedFileWriter::new(file, Arc::new(schema), Arc::new(props))
            .map_err(self.parquet_error(format!("starting {}", path.display())))?;
        Ok(OpenFile {
            writer,
            tmp,
            path,
            rows: 0,
        })
    }

    /// Completes every open file (the rows gathered written, the footer, a sync, the rename)
    /// and then saves the states and rejections that waited for them.
    fn checkpoint(&mut self) -> Result<(), SinkError> {
        self.refuse_after_failure()?;
        let result = self.checkpoint_files();
        self.failed |= result.is_err();
        result
    }

    fn checkpoint_files(&mut self) -> Result<(), SinkError> {
        for t in 0..self.tables.len() {
            self.flush_group(t)?;
            self.close_file(t)?;
        }
        // The renames first reach the disk, then the state that relies on them.
        for t in 0..self.tables.len() {
            if self.plan.active[t] {
                let dir = if self.tables[t].staged {
                    self.staging_dir(t)
                } else {
                    self.table_dir(t)
                };
                sync_dir(&dir).map_err(self.io(format!("syncing {}", dir.display())))?;
            }
        }
        if !self.pending_rejects.is_empty() {
            let path = self
                .dir
                .join(META_DIR)
                .join(format!("{REJECTED_TABLE}.jsonl"));
            let mut text = self.pending_rejects.join("\n");
            text.push('\n');
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_data()))
                .map_err(self.io(format!("writing {}", path.display())))?;
            self.pending_rejects.clear();
        }
        if !self.pending_states.is_empty() {
            let mut states = self.read_states()?;
            for (key, value) in std::mem::take(&mut self.pending_states) {
                match value {
                    Some(v) => {
                        let mut entry = Map::new();
                        entry.insert("value".into(), v.into());
                        entry.insert("updated_at".into(), now_iso().into());
                        states.insert(key, Value::Object(entry));
                    }
                    None => {
                        states.remove(&key);
                    }
                }
            }
            let path = self.state_path();
            let tmp = self
                .dir
                .join(META_DIR)
                .join(format!(".{STATE_TABLE}.{}.tmp", self.tag));
            let text = Value::Object(states).to_string();
            let meta = self.dir.join(META_DIR);
            File::create(&tmp)
                .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
                .and_then(|()| fs::rename(&tmp, &path))
                .and_then(|()| sync_dir(&meta))
                .map_err(self.io(format!("writing {}", path.display())))?;
        }
        Ok(())
    }

    /// Writes the footer of table `t`'s open file, syncs it and renames it into place.
    fn close_file(&mut self, t: usize) -> Result<(), SinkError> {
        let Some(open) = self.tables[t].file.take() else {
            return Ok(());
        };
        let OpenFile {
            writer, tmp, path, ..
        } = open;
        let file = writer
            .into_inner()
            .map_err(self.parquet_error(format!("finishing {}", path.display())))?;
        file.sync_all()
            .map_err(self.io(format!("flushing {}", tmp.display())))?;
        fs::rename(&tmp, &path).map_err(self.io(format!(
            "renaming {} to {}",
            tmp.display(),
            path.display()
        )))
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join(META_DIR).join(format!("{STATE_TABLE}.json"))
    }

    fn read_states(&self) -> Result<Map<String, Value>, SinkError> {
        let path = self.state_path();
        match fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Ok(Value::Object(map)) => Ok(map),
                _ => Err(SinkError::Data {
                    destination: self.label.clone(),
                    context: path.display().to_string(),
                    message: "not a JSON object of stream states; fix or delete it".into(),
                }),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Map::new()),
            Err(e) => Err(self.io(format!("reading {}", path.display()))(e)),
        }
    }

    pub(crate) fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
        if let Some(pending) = self.pending_states.get(stream) {
            return Ok(pending.clone());
        }
        Ok(self
            .read_states()?
            .get(stream)
            .and_then(|e| e.get("value"))
            .and_then(Value::as_str)
            .map(str::to_string))
    }

    pub(crate) fn reject(
        &mut self,
        stream: &str,
        reason: &str,
        raw: &str,
    ) -> Result<(), SinkError> {
        self.write(&Rows::new(), &[(stream, reason, raw)], &[])
    }

    /// Writes the rows of `tables` into their staging directories from now on.
    pub(crate) fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        self.checkpoint()?;
        for &t in tables {
            if t < self.tables.len() && self.plan.active[t] {
                let dir = self.staging_dir(t);
                match fs::remove_dir_all(&dir) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(self.io(format!("removing {}", dir.display()))(e)),
                }
                self.tables[t].staged = true;
            }
        }
        Ok(())
    }

    /// Puts the staged files of `tables` in place of their tables' files.
    pub(crate) fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        self.checkpoint()?;
        for &t in tables {
            if !self.tables.get(t).is_some_and(|s| s.staged) {
                continue;
            }
            self.tables[t].staged = false;
            let (dir, staging) = (self.table_dir(t), self.staging_dir(t));
            let old =
                Self::files_in(&dir).map_err(self.io(format!("listing {}", dir.display())))?;
            let new = Self::files_in(&staging)
                .map_err(self.io(format!("listing {}", staging.display())))?;
            for file in &new {
                if let Some(name) = file.file_name() {
                    fs::rename(file, dir.join(name))
                        .map_err(self.io(format!("moving {}", file.display())))?;
                }
            }
            for file in old {
                fs::remove_file(&file).map_err(self.io(format!("removing {}", file.display())))?;
            }
            let _ = fs::remove_dir_all(&staging);
        }
        Ok(())
    }

    /// Drops the staged files of `tables`: their tables keep the last complete run's files.
    pub(crate) fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        self.checkpoint()?;
        for &t in tables {
            if self.tables.get(t).is_some_and(|s| s.staged) {
                self.tables[t].staged = false;
                let _ = fs::remove_dir_all(self.staging_dir(t));
            }
        }
        Ok(())
    }

    fn runs_path(&self) -> PathBuf {
        self.dir.join(META_DIR).join(format!("{RUNS_TABLE}.jsonl"))
    }

    /// Completes the files, then appends the run's entry to `_apitap/_apitap_runs.jsonl`.
    pub(crate) fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        self.checkpoint()?;
        let path = self.runs_path();
        crate::runlog::append_to_file(&path, report)
            .map_err(self.io(format!("writing {}", path.display())))
    }

    pub(crate) fn run_history(&mut self) -> Result<Vec<StreamRunRow>, SinkError> {
        let path = self.runs_path();
        crate::runlog::read_file(&path).map_err(self.io(format!("reading {}", path.display())))
    }

    pub(crate) fn finish(mut self) -> Result<(), SinkError> {
        self.checkpoint()
    }
}

/// Makes the renames in `dir` durable.
fn sync_dir(dir: &Path) -> io::Result<()> {
    match File::open(dir) {
        Ok(d) => d.sync_all(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_convert_to_their_column_types() {
        let f = |c: Cell, t: SqlType| match convert(&c, t) {
            Ok(Some(Value64::Int(n))) => format!("i{n}"),
            Ok(Some(Value64::Float(x))) => format!("f{x}"),
            Ok(Some(Value64::Bool(b))) => format!("b{b}"),
            Ok(Some(Value64::Bytes(s))) => format!("s{s}"),
            Ok(None) => "null".into(),
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(f(Cell::UnixTime(2), SqlType::Timestamp), "i2000000");
        assert_eq!(
            f(
                Cell::Text("1970-01-01T00:00:01.5Z".into()),
                SqlType::Timestamp
            ),
            "i1500000"
        );
        assert!(f(Cell::Text("soon".into()), SqlType::Timestamp).starts_with("error"));
        assert_eq!(f(Cell::Int(3), SqlType::Float), "f3");
        assert_eq!(f(Cell::Json("{}".into()), SqlType::Json), "s{}");
        assert_eq!(f(Cell::Null, SqlType::Integer), "null");
        assert_eq!(f(Cell::UnixTime(0), SqlType::Text), "s1970-01-01T00:00:00Z");
    }
}
