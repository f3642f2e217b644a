//! How the tables of one connector relate, worked out once when a sink opens.
//!
//! Replacing a re-loaded record's children needs, for each root table, the tables whose
//! parent chain leads to it and which of their columns hold the root's key. Resolving names
//! to positions here (and rejecting an inconsistent table list with a clear message) keeps
//! the per-row loops of the backends free of lookups and of failure paths.
// File sinks only use the validation; the relations serve the database sinks.
#![cfg_attr(not(any(feature = "sqlite", feature = "postgres")), allow(dead_code))]

use crate::rows::{Cell, Rows, TableSpec, WriteMode};

use super::SinkError;

/// A descendant table of a root, with the positions of its root-key columns.
#[derive(Debug)]
pub(crate) struct Descendant {
    /// Index of the descendant table.
    pub table: usize,
    /// Positions, in the descendant, of the columns holding the root's key (root key order).
    pub key_columns: Vec<usize>,
}

/// Resolved relations of a table list.
#[derive(Debug)]
pub(crate) struct Plan {
    pub tables: &'static [TableSpec],
    /// Per table: positions of its primary key columns.
    pub primary_key: Vec<Vec<usize>>,
    /// Per table: for root tables with a primary key, the descendants to clear when one of
    /// its records is re-loaded; empty otherwise.
    pub descendants: Vec<Vec<Descendant>>,
    /// Per table: whether this sink creates and writes it (see [`Plan::restrict`]).
    pub active: Vec<bool>,
}

impl Plan {
    /// Resolves `tables`, or says which table is inconsistent.
    pub fn new(tables: &'static [TableSpec], destination: &str) -> Result<Plan, SinkError> {
        let error = |table: &TableSpec, message: String| SinkError::Schema {
            destination: destination.to_string(),
            table: table.name.to_string(),
            message,
        };
        let mut primary_key = Vec::with_capacity(tables.len());
        let mut descendants: Vec<Vec<Descendant>> = tables.iter().map(|_| Vec::new()).collect();
        for table in tables {
            // A table whose columns are not compiled: its operation group's feature is off.
            if !table.compiled() {
                primary_key.push(Vec::new());
                continue;
            }
            primary_key.push(
                positions(table, table.primary_key).map_err(|c| {
                    error(table, format!("primary key column `{c}` is not a column"))
                })?,
            );
        }
        for (index, table) in tables.iter().enumerate() {
            if !table.compiled() {
                continue;
            }
            let Some(root) = root_of(tables, index).map_err(|m| error(table, m))? else {
                continue;
            };
            // Append-only tables keep every version's children.
            if table.parent_key.is_empty()
                || tables[root].primary_key.is_empty()
                || tables[root].write == WriteMode::Append
            {
                continue;
            }
            if table.parent_key.len() != tables[root].primary_key.len() {
                return Err(error(
                    table,
                    format!(
                        "parent_key has {} columns but root table `{}` has a {}-column primary key",
                        table.parent_key.len(),
                        tables[root].name,
                        tables[root].primary_key.len()
                    ),
                ));
            }
            let key_columns = positions(table, table.parent_key)
                .map_err(|c| error(table, format!("parent_key column `{c}` is not a column")))?;
            descendants[root].push(Descendant {
                table: index,
                key_columns,
            });
        }
        Ok(Plan {
            tables,
            primary_key,
            descendants,
            active: tables.iter().map(TableSpec::compiled).collect(),
        })
    }

    /// Restricts the sink to the tables at `indices` (the others are neither created nor
    /// written), or says which index is not a table.
    pub fn restrict(&mut self, indices: &[usize], destination: &str) -> Result<(), SinkError> {
        let mut active = vec![false; self.tables.len()];
        for &i in indices {
            let Some(slot) = active.get_mut(i) else {
                return Err(SinkError::Data {
                    destination: destination.to_string(),
                    context: format!("table index {i}"),
                    message: format!("no such table (the sink has {})", self.tables.len()),
                });
            };
            if !self.tables[i].compiled() {
                return Err(SinkError::Data {
                    destination: destination.to_string(),
                    context: format!("table `{}`", self.tables[i].name),
                    message: "its columns are not compiled: enable the cargo feature of the \
                              operation group that loads it"
                        .into(),
                });
            }
            *slot = true;
        }
        // A table's children are loaded with it: replacing them needs them to exist.
        for index in 0..self.tables.len() {
            if let Ok(Some(root)) = root_of(self.tables, index) {
                active[index] |= active[root] && self.tables[index].compiled();
            }
        }
        self.active = active;
        Ok(())
    }

    /// Checks that every row of `rows` belongs to a known table and has one cell per column,
    /// before anything is written.
    pub fn check(&self, rows: &Rows, destination: &str) -> Result<(), SinkError> {
        for (index, count) in rows.count_by_table().into_iter().enumerate() {
            if count == 0 {
                continue;
            }
            let Some(table) = self.tables.get(index) else {
                return Err(SinkError::Data {
                    destination: destination.to_string(),
                    context: format!("table index {index}"),
                    message: format!("no such table (the sink has {})", self.tables.len()),
                });
            };
            if !self.active[index] {
                return Err(SinkError::Data {
                    destination: destination.to_string(),
                    context: format!("table `{}`", table.name),
                    message: "not among the tables this sink was opened for".into(),
                });
            }
            for (n, row) in rows.table(index).iter().enumerate() {
                if row.len() != table.columns.len() {
                    return Err(SinkError::Data {
                        destination: destination.to_string(),
                        context: format!("table `{}`, row {n}", table.name),
                        message: format!("{} cells for {} columns", row.len(), table.columns.len()),
                    });
                }
            }
        }
        Ok(())
    }

    /// For each root row in `rows` with a complete (non-NULL) key: the root table and the
    /// key cells, in batch order.
    pub fn root_keys<'r>(&self, rows: &'r Rows) -> Vec<(usize, Vec<&'r Cell>)> {
        let mut out = Vec::new();
        for (index, descendants) in self.descendants.iter().enumerate() {
            if descendants.is_empty() {
                continue;
            }
            for row in rows.table(index) {
                let key: Vec<&Cell> = self.primary_key[index].iter().map(|&i| &row[i]).collect();
                if key.iter().all(|c| **c != Cell::Null) {
                    out.push((index, key));
                }
            }
        }
        out
    }
}

/// Positions of `names` in `table`, or the first name that is not a column.
fn positions(table: &TableSpec, names: &[&'static str]) -> Result<Vec<usize>, &'static str> {
    names
        .iter()
        .map(|name| table.column_index(name).ok_or(*name))
        .collect()
}

/// The root table `index` descends from (`None` for a root), following `parent` names.
fn root_of(tables: &[TableSpec], index: usize) -> Result<Option<usize>, String> {
    let mut current = index;
    for _ in 0..=tables.len() {
        match tables[current].parent {
            None => return Ok((current != index).then_some(current)),
            Some(parent) => {
                current = tables
                    .iter()
                    .position(|t| t.name == parent)
                    .ok_or_else(|| format!("parent table `{parent}` is not in the table list"))?;
            }
        }
    }
    Err("its parent chain is a cycle".into())
}
