//! JSON Lines and CSV sinks: one file per table in a directory.
//!
//! These are append-only logs, not tables: re-loading a record appends it again (the reader
//! keeps the last line per key if it wants upsert semantics). Files are opened on first use
//! in append mode so an interrupted run can be continued, flushed at the end of every batch
//! so a crash loses at most the batch in flight, and the state file is replaced atomically
//! after the rows it describes are flushed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::plan::Plan;
use super::{float_text, SinkError, REJECTED_TABLE, STATE_TABLE};
use crate::rows::{iso_utc, now_iso, Cell, Rows, TableSpec};
use crate::runlog::{StreamRunRow, RUNS_TABLE};
use crate::sync::SyncReport;

/// Writes JSON Lines: one `<table>.jsonl` per table, one object per row with the columns in
/// table order. Timestamps are ISO-8601 UTC strings, JSON columns are embedded as JSON.
#[derive(Debug)]
pub struct JsonLinesSink(Files);

/// Writes CSV (RFC 4180 quoting, `\n` line ends): one `<table>.csv` per table with a header
/// row once. NULL is an empty field, an empty string is `""`; booleans are `true`/`false`.
#[derive(Debug)]
pub struct CsvSink(Files);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    JsonLines,
    Csv,
}

/// What both file sinks share.
#[derive(Debug)]
struct Files {
    format: Format,
    dir: PathBuf,
    label: String,
    plan: Plan,
    /// Per table, opened on first row.
    writers: Vec<Option<BufWriter<File>>>,
    rejected: Option<BufWriter<File>>,
    /// Reused line buffer.
    line: String,
    /// Per table: the file its rows go to, once resolved.
    paths: Vec<Option<PathBuf>>,
    /// Per table: loading into a staging file (a `replace` stream's run).
    staged: Vec<bool>,
    /// Files started because an existing one has other columns.
    migrations: Vec<String>,
}

macro_rules! file_sink {
    ($ty:ident, $format:expr) => {
        impl $ty {
            pub(crate) fn open(dir: PathBuf, label: String, plan: Plan) -> Result<Self, SinkError> {
                Files::open($format, dir, label, plan).map($ty)
            }

            pub(crate) fn destination(&self) -> &str {
                &self.0.label
            }

            pub(crate) fn tables(&self) -> &'static [TableSpec] {
                self.0.plan.tables
            }

            pub(crate) fn write(
                &mut self,
                rows: &Rows,
                rejected: &[super::Rejected<'_>],
                state: &[super::StateUpdate<'_>],
            ) -> Result<(), SinkError> {
                self.0.write(rows, rejected, state)
            }

            pub(crate) fn reject(
                &mut self,
                stream: &str,
                reason: &str,
                raw: &str,
            ) -> Result<(), SinkError> {
                self.0.reject(stream, reason, raw)
            }

            pub(crate) fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
                self.0.load_state(stream)
            }

            pub(crate) fn finish(self) -> Result<(), SinkError> {
                self.0.finish()
            }

            pub(crate) fn migrations(&self) -> &[String] {
                &self.0.migrations
            }

            pub(crate) fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
                self.0.stage(tables)
            }

            pub(crate) fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
                self.0.swap(tables)
            }

            pub(crate) fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
                self.0.discard(tables)
            }

            pub(crate) fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
                self.0.record_run(report)
            }

            pub(crate) fn run_history(&mut self) -> Result<Vec<StreamRunRow>, SinkError> {
                self.0.run_history()
            }
        }
    };
}
file_sink!(JsonLinesSink, Format::JsonLines);
file_sink!(CsvSink, Format::Csv);

impl Files {
    fn open(format: Format, dir: PathBuf, label: String, plan: Plan) -> Result<Files, SinkError> {
        fs::create_dir_all(&dir).map_err(|source| SinkError::Io {
            destination: label.clone(),
            context: format!("creating directory {}", dir.display()),
            source,
        })?;
        let writers = plan.tables.iter().map(|_| None).collect();
        let n = plan.tables.len();
        Ok(Files {
            format,
            dir,
            label,
            plan,
            writers,
            rejected: None,
            line: String::new(),
            paths: vec![None; n],
            staged: vec![false; n],
            migrations: Vec::new(),
        })
    }

    fn ext(&self) -> &'static str {
        match self.format {
            Format::JsonLines => "jsonl",
            Format::Csv => "csv",
        }
    }

    /// `<table>.<ext>`, then `<table>.v2.<ext>`... for the versions of a table's columns.
    fn versioned(&self, table: &str, version: u32) -> PathBuf {
        match version {
            1 => self.dir.join(format!("{table}.{}", self.ext())),
            n => self.dir.join(format!("{table}.v{n}.{}", self.ext())),
        }
    }

    /// The file a table's rows go to: its latest version, unless that one has other
    /// columns (a regenerated crate), then a new version beside it, the old one kept.
    fn resolve(&mut self, index: usize) -> Result<PathBuf, SinkError> {
        if let Some(path) = &self.paths[index] {
            return Ok(path.clone());
        }
        let table = &self.plan.tables[index];
        let mut version = 1;
        while self.versioned(table.name, version + 1).exists() {
            version += 1;
        }
        let mut path = self.versioned(table.name, version);
        if path.exists() && !self.same_columns(table, &path)? {
            let next = self.versioned(table.name, version + 1);
            self.migrations.push(format!(
                "table `{}`: {} has other columns; new rows go to {} (the old file is kept)",
                table.name,
                path.display(),
                next.display()
            ));
            path = next;
        }
        self.paths[index] = Some(path.clone());
        Ok(path)
    }

    /// Whether the file at `path` (empty, or starting with a header or a row) has the
    /// table's columns.
    fn same_columns(&self, table: &TableSpec, path: &Path) -> Result<bool, SinkError> {
        let mut first = String::new();
        File::open(path)
            .and_then(|f| BufReader::new(f).read_line(&mut first))
            .map_err(self.io(format!("reading {}", path.display())))?;
        if first.is_empty() {
            return Ok(true);
        }
        Ok(match self.format {
            Format::Csv => {
                let mut header = String::new();
                csv_line(
                    &mut header,
                    table.columns.iter().map(|c| Some(c.name.to_string())),
                );
                first == header
            }
            Format::JsonLines => match serde_json::from_str::<Map<String, Value>>(&first) {
                Ok(row) => {
                    let mut have: Vec<&str> = row.keys().map(String::as_str).collect();
                    let mut want: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
                    have.sort_unstable();
                    want.sort_unstable();
                    have == want
                }
                Err(_) => false,
            },
        })
    }

    fn staging_path(&self, index: usize) -> PathBuf {
        let table = &self.plan.tables[index];
        self.dir
            .join(format!("{}.{}.staging", table.name, self.ext()))
    }

    /// Writes the rows of `tables` to fresh staging files from now on.
    fn stage(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        for &t in tables {
            if t >= self.plan.tables.len() || !self.plan.active[t] {
                continue;
            }
            let path = self.staging_path(t);
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(self.io(format!("removing {}", path.display()))(e)),
            }
            self.writers[t] = None;
            self.staged[t] = true;
        }
        Ok(())
    }

    /// Renames the staging files of `tables` over their tables' files.
    fn swap(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        for &t in tables {
            if !self.staged.get(t).copied().unwrap_or(false) {
                continue;
            }
            let staging = self.staging_path(t);
            if let Some(writer) = self.writers[t].take() {
                writer
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|f| f.sync_all())
                    .map_err(self.io(format!("flushing {}", staging.display())))?;
            }
            self.staged[t] = false;
            let target = self.resolve(t)?;
            if !staging.exists() {
                // No rows this run: the table is now empty.
                File::create(&staging)
                    .map_err(self.io(format!("writing {}", staging.display())))?;
                if self.format == Format::Csv {
                    let mut header = String::new();
                    csv_line(
                        &mut header,
                        self.plan.tables[t]
                            .columns
                            .iter()
                            .map(|c| Some(c.name.to_string())),
                    );
                    fs::write(&staging, header)
                        .map_err(self.io(format!("writing {}", staging.display())))?;
                }
            }
            fs::rename(&staging, &target).map_err(self.io(format!(
                "renaming {} to {}",
                staging.display(),
                target.display()
            )))?;
        }
        Ok(())
    }

    fn runs_path(&self) -> PathBuf {
        self.dir.join(format!("{RUNS_TABLE}.jsonl"))
    }

    /// Appends the run's entry (its row with its streams) to `_apitap_runs.jsonl`.
    fn record_run(&mut self, report: &SyncReport) -> Result<(), SinkError> {
        let path = self.runs_path();
        crate::runlog::append_to_file(&path, report)
            .map_err(self.io(format!("writing {}", path.display())))
    }

    /// The stream rows of the runs in `_apitap_runs.jsonl`, newest first.
    fn run_history(&mut self) -> Result<Vec<StreamRunRow>, SinkError> {
        let path = self.runs_path();
        crate::runlog::read_file(&path).map_err(self.io(format!("reading {}", path.display())))
    }

    /// Removes the staging files of `tables` (a `replace` stream that did not complete).
    fn discard(&mut self, tables: &[usize]) -> Result<(), SinkError> {
        for &t in tables {
            if !self.staged.get(t).copied().unwrap_or(false) {
                continue;
            }
            self.writers[t] = None;
            self.staged[t] = false;
            let path = self.staging_path(t);
            match fs::remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(self.io(format!("removing {}", path.display()))(e)),
            }
        }
        Ok(())
    }

    fn io(&self, context: String) -> impl FnOnce(io::Error) -> SinkError + '_ {
        move |source| SinkError::Io {
            destination: self.label.clone(),
            context,
            source,
        }
    }

    /// The file table `index` is written to now: its staging file, or its current version.
    fn file_name(&mut self, index: usize) -> Result<PathBuf, SinkError> {
        if self.staged[index] {
            return Ok(self.staging_path(index));
        }
        self.resolve(index)
    }

    fn write(
        &mut self,
        rows: &Rows,
        rejected: &[super::Rejected<'_>],
        states: &[super::StateUpdate<'_>],
    ) -> Result<(), SinkError> {
        self.plan.check(rows, &self.label)?;
        for index in 0..rows.table_slots() {
            let table_rows = rows.table(index);
            if table_rows.is_empty() {
                continue;
            }
            let table = &self.plan.tables[index];
            let path = self.file_name(index)?;
            if self.writers[index].is_none() {
                let writer = self.open_table(table, &path)?;
                self.writers[index] = Some(writer);
            }
            let mut line = std::mem::take(&mut self.line);
            let result = (|| {
                let Some(writer) = self.writers[index].as_mut() else {
                    return Ok(());
                };
                for row in table_rows {
                    line.clear();
                    match self.format {
                        Format::JsonLines => json_line(&mut line, table, row),
                        Format::Csv => csv_line(&mut line, row.iter().map(csv_cell)),
                    }
                    writer.write_all(line.as_bytes())?;
                }
                writer.flush()
            })();
            self.line = line;
            result.map_err(self.io(format!("writing {}", path.display())))?;
        }
        for (stream, reason, raw) in rejected {
            self.reject(stream, reason, raw)?;
        }
        if !states.is_empty() {
            self.save_states(states)?;
        }
        Ok(())
    }

    /// Opens a table's file for appending; a new CSV file gets its header, an existing one
    /// must have the same header (a changed schema would silently shift columns otherwise;
    /// [`Files::resolve`] has already moved to a new file when it changed).
    fn open_table(&self, table: &TableSpec, path: &Path) -> Result<BufWriter<File>, SinkError> {
        let path = path.to_path_buf();
        let context = format!("opening {}", path.display());
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .read(true)
            .open(&path)
            .map_err(self.io(context.clone()))?;
        let len = file.metadata().map_err(self.io(context.clone()))?.len();
        let mut writer = BufWriter::with_capacity(1 << 16, file);
        if self.format == Format::Csv {
            let mut header = String::new();
            csv_line(
                &mut header,
                table.columns.iter().map(|c| Some(c.name.to_string())),
            );
            if len == 0 {
                writer
                    .write_all(header.as_bytes())
                    .map_err(self.io(context))?;
            } else {
                let mut first = String::new();
                BufReader::new(File::open(&path).map_err(self.io(context.clone()))?)
                    .read_line(&mut first)
                    .map_err(self.io(context))?;
                if first != header {
                    return Err(SinkError::Data {
                        destination: self.label.clone(),
                        context: format!("table `{}`", table.name),
                        message: format!(
                            "{} already exists with a different header; move it away or write to a new directory",
                            path.display()
                        ),
                    });
                }
            }
        }
        Ok(writer)
    }

    fn reject(&mut self, stream: &str, reason: &str, raw: &str) -> Result<(), SinkError> {
        let path = self.dir.join(format!("{REJECTED_TABLE}.jsonl"));
        let context = format!("writing {}", path.display());
        if self.rejected.is_none() {
            let file = OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .map_err(self.io(context.clone()))?;
            self.rejected = Some(BufWriter::new(file));
        }
        let mut record = Map::new();
        record.insert("stream".into(), stream.into());
        record.insert("reason".into(), reason.into());
        record.insert("raw".into(), raw.into());
        record.insert("rejected_at".into(), now_iso().into());
        let mut line = Value::Object(record).to_string();
        line.push('\n');
        let result = match self.rejected.as_mut() {
            Some(w) => w.write_all(line.as_bytes()).and_then(|()| w.flush()),
            None => Ok(()),
        };
        result.map_err(self.io(context))
    }

    fn state_path(&self) -> PathBuf {
        self.dir.join(format!("{STATE_TABLE}.json"))
    }

    /// `{stream: {"value": ..., "updated_at": ...}}`; a missing file is no state.
    fn read_states(&self) -> Result<Map<String, Value>, SinkError> {
        let path = self.state_path();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Map::new()),
            Err(e) => return Err(self.io(format!("reading {}", path.display()))(e)),
        };
        match serde_json::from_str::<Value>(&text) {
            Ok(Value::Object(map)) => Ok(map),
            _ => Err(SinkError::Data {
                destination: self.label.clone(),
                context: path.display().to_string(),
                message: "not a JSON object of stream states; fix or delete it".into(),
            }),
        }
    }

    fn load_state(&mut self, stream: &str) -> Result<Option<String>, SinkError> {
        let states = self.read_states()?;
        Ok(states
            .get(stream)
            .and_then(|s| s.get("value"))
            .and_then(Value::as_str)
            .map(String::from))
    }

    fn save_states(&mut self, updates: &[super::StateUpdate<'_>]) -> Result<(), SinkError> {
        let mut states = self.read_states()?;
        for (key, value) in updates {
            match value {
                Some(value) => {
                    let mut entry = Map::new();
                    entry.insert("value".into(), (*value).into());
                    entry.insert("updated_at".into(), now_iso().into());
                    states.insert(key.to_string(), Value::Object(entry));
                }
                None => {
                    states.remove(*key);
                }
            }
        }
        let path = self.state_path();
        let text = serde_json::to_string_pretty(&Value::Object(states)).unwrap_or_default();
        write_atomic(&path, text.as_bytes()).map_err(self.io(format!("writing {}", path.display())))
    }

    fn finish(mut self) -> Result<(), SinkError> {
        let mut files: Vec<(PathBuf, BufWriter<File>)> = Vec::new();
        for index in 0..self.plan.tables.len() {
            if let Some(writer) = self.writers[index].take() {
                let path = self.file_name(index)?;
                files.push((path, writer));
            }
        }
        if let Some(writer) = self.rejected.take() {
            files.push((self.dir.join(format!("{REJECTED_TABLE}.jsonl")), writer));
        }
        for (path, writer) in files {
            writer
                .into_inner()
                .map_err(|e| e.into_error())
                .and_then(|f| f.sync_all())
                .map_err(self.io(format!("flushing {}", path.display())))?;
        }
        Ok(())
    }
}

/// Writes `bytes` to a temporary file beside `path` and renames it over `path`, so readers
/// see the old or the new content, never half of it.
fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = path.with_extension("json.tmp");
    let mut file = File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    fs::rename(&tmp, path)
}

/// One row as a JSON object line, columns in table order.
fn json_line(out: &mut String, table: &TableSpec, row: &[Cell]) {
    out.push('{');
    for (i, (column, cell)) in table.columns.iter().zip(row).enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(out, column.name);
        out.push(':');
        match cell {
            Cell::Null => out.push_str("null"),
            Cell::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Cell::Int(n) => out.push_str(&n.to_string()),
            Cell::Float(f) => out.push_str(float_text(*f).as_deref().unwrap_or("null")),
            Cell::Text(s) => push_json_string(out, s),
            // Embedded as JSON when it is JSON; a hand-made invalid value stays readable as a
            // string instead of corrupting the line.
            Cell::Json(s) if serde_json::from_str::<serde::de::IgnoredAny>(s).is_ok() => {
                out.push_str(s.trim())
            }
            Cell::Json(s) => push_json_string(out, s),
            Cell::UnixTime(t) => push_json_string(out, &iso_utc(*t)),
        }
    }
    out.push_str("}\n");
}

fn push_json_string(out: &mut String, s: &str) {
    out.push_str(&Value::from(s).to_string());
}

/// A cell as CSV text; `None` is NULL (an empty unquoted field).
fn csv_cell(cell: &Cell) -> Option<String> {
    Some(match cell {
        Cell::Null => return None,
        Cell::Bool(b) => b.to_string(),
        Cell::Int(n) => n.to_string(),
        Cell::Float(f) => float_text(*f).unwrap_or_else(|| {
            if f.is_nan() {
                "NaN".into()
            } else if *f > 0.0 {
                "Infinity".into()
            } else {
                "-Infinity".into()
            }
        }),
        Cell::Text(s) | Cell::Json(s) => s.clone(),
        Cell::UnixTime(t) => iso_utc(*t),
    })
}

/// One CSV record: fields quoted when they hold a comma, quote, CR or LF (or are empty
/// strings, to tell them from NULL), quotes doubled.
fn csv_line(out: &mut String, fields: impl Iterator<Item = Option<String>>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let Some(field) = field else { continue };
        if field.is_empty() || field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push('\n');
}
