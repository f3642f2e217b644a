//! Fields beyond the spec: kept in `_extra` columns, counted, and held to a contract.
//!
//! Vendors add fields long before their spec says so, and the typed decode ignores keys it
//! does not know. So the sync driver walks each raw record along the table plan (the
//! [`ColumnSource`] paths and the child tables' array paths), and every key the plan does not
//! map goes, as a JSON object mirroring its nesting, into the `_extra` column of the row where
//! it appears. JSON columns get the raw value too, so nothing below them is lost either. The
//! walk is checked against the rows the typed `Flatten` produced (same number of child rows
//! per table) before it writes anything, so a cell can never land in another record's row.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::rows::{Cell, ColumnSource, Rows, SqlType, TableSpec};

/// What to do with fields the spec does not declare (`[sync] contract` in `apitap.toml`,
/// `--contract` on the command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Contract {
    /// Keep them in `_extra` and list them in the run summary.
    #[default]
    Evolve,
    /// As `Evolve`, and warn (log) the first time each field is seen in a run.
    Warn,
    /// Fail the stream before loading a page that has any, naming them.
    Freeze,
}

impl Contract {
    /// Parses `evolve`, `warn` or `freeze`.
    pub fn parse(text: &str) -> Result<Contract, String> {
        match text {
            "evolve" => Ok(Contract::Evolve),
            "warn" => Ok(Contract::Warn),
            "freeze" => Ok(Contract::Freeze),
            other => Err(format!(
                "unknown schema contract `{other}`: expected evolve, warn or freeze"
            )),
        }
    }

    /// The name `apitap.toml` uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Contract::Evolve => "evolve",
            Contract::Warn => "warn",
            Contract::Freeze => "freeze",
        }
    }
}

/// What the plan maps at one key of an object.
#[derive(Debug)]
enum Slot {
    /// A column of the row; `true` for a JSON column (it gets the raw value).
    Column(usize, bool),
    /// A nested object flattened into the same row.
    Object(Node),
    /// An array whose items are the rows of this table.
    Child(usize),
}

/// The keys the plan maps in one object.
#[derive(Debug, Default)]
struct Node {
    keys: BTreeMap<&'static str, Slot>,
}

impl Node {
    /// Inserts `slot` at `path`, creating nested objects; a column already on the way wins
    /// (everything below it is kept in that column).
    fn insert(&mut self, path: &[&'static str], slot: Slot) {
        let Some((first, rest)) = path.split_first() else {
            return;
        };
        if rest.is_empty() {
            self.keys.entry(first).or_insert(slot);
            return;
        }
        match self
            .keys
            .entry(first)
            .or_insert_with(|| Slot::Object(Node::default()))
        {
            Slot::Object(node) => node.insert(rest, slot),
            Slot::Column(..) | Slot::Child(_) => {}
        }
    }
}

/// The table plan as key trees, built once per run.
#[derive(Debug)]
pub(crate) struct Shapes {
    tables: &'static [TableSpec],
    /// Per table: the keys of its row value.
    nodes: Vec<Node>,
    /// Per table: its children (for counting).
    children: Vec<Vec<usize>>,
}

/// Fields beyond the plan in one record: labels (`charge.card.wallet`, `charge.refunds[].x`).
pub(crate) type Drift = BTreeSet<String>;

impl Shapes {
    pub fn new(tables: &'static [TableSpec]) -> Shapes {
        let mut nodes: Vec<Node> = tables.iter().map(|_| Node::default()).collect();
        let mut children = vec![Vec::new(); tables.len()];
        for (t, table) in tables.iter().enumerate() {
            for (c, column) in table.columns.iter().enumerate() {
                if let ColumnSource::Field(path) = column.source {
                    nodes[t].insert(path, Slot::Column(c, column.sql_type == SqlType::Json));
                }
            }
        }
        for (t, table) in tables.iter().enumerate() {
            let Some(parent) = table
                .parent
                .and_then(|p| tables.iter().position(|x| x.name == p))
            else {
                continue;
            };
            if table.path.is_empty() {
                continue;
            }
            nodes[parent].insert(table.path, Slot::Child(t));
            children[parent].push(t);
        }
        Shapes {
            tables,
            nodes,
            children,
        }
    }

    /// Fills the `_extra` and JSON cells of the rows `record` produced in `rows` (those of
    /// table `root` and its descendants from `start`, the row counts before it was
    /// flattened) and adds the labels of its unmapped fields to `drift`. Returns `false`,
    /// writing nothing, when the rows do not line up with the record.
    pub fn fill(
        &self,
        root: usize,
        record: &Value,
        rows: &mut Rows,
        start: &[usize],
        drift: &mut Drift,
    ) -> bool {
        let Value::Object(object) = record else {
            return true;
        };
        // Every table of this record must have as many new rows as the record has items.
        let mut expected = vec![0usize; self.tables.len()];
        expected[root] = 1;
        self.count(root, object, &mut expected);
        let lined_up = expected
            .iter()
            .enumerate()
            .all(|(t, n)| *n == 0 || rows.table(t).len() == start.get(t).copied().unwrap_or(0) + n);
        if !lined_up {
            return false;
        }
        let mut next: Vec<usize> = (0..self.tables.len())
            .map(|t| start.get(t).copied().unwrap_or(0))
            .collect();
        let label = self.tables[root].name.to_string();
        self.row(root, object, rows, &mut next, &label, drift);
        true
    }

    /// Adds to `counts` the rows `object` (a row of `table`) gives each child table.
    fn count(&self, table: usize, object: &Map<String, Value>, counts: &mut [usize]) {
        self.count_node(&self.nodes[table], object, counts);
    }

    fn count_node(&self, node: &Node, object: &Map<String, Value>, counts: &mut [usize]) {
        for (key, slot) in &node.keys {
            match (slot, object.get(*key)) {
                (Slot::Object(inner), Some(Value::Object(o))) => self.count_node(inner, o, counts),
                (Slot::Child(c), Some(Value::Array(items))) => {
                    counts[*c] += items.len();
                    for item in items {
                        if let Value::Object(o) = item {
                            self.count(*c, o, counts);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// One row: the next row of `table`, from `object`.
    fn row(
        &self,
        table: usize,
        object: &Map<String, Value>,
        rows: &mut Rows,
        next: &mut [usize],
        label: &str,
        drift: &mut Drift,
    ) {
        let row = next[table];
        next[table] += 1;
        let mut extra = Map::new();
        self.walk(
            table,
            &self.nodes[table],
            object,
            row,
            rows,
            next,
            label,
            &mut extra,
            drift,
        );
        if extra.is_empty() {
            return;
        }
        if let Some(column) = self.tables[table].extra_column() {
            if let Some(cell) = rows.cell_mut(table, row, column) {
                *cell = Cell::Json(Value::Object(extra).to_string());
            }
        }
    }

    /// The keys of `object` against `node`, for row `row` of `table`; unmapped ones go into
    /// `extra` (at the same nesting).
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        table: usize,
        node: &Node,
        object: &Map<String, Value>,
        row: usize,
        rows: &mut Rows,
        next: &mut [usize],
        label: &str,
        extra: &mut Map<String, Value>,
        drift: &mut Drift,
    ) {
        for (key, value) in object {
            match node.keys.get(key.as_str()) {
                None => {
                    drift.insert(format!("{label}.{key}"));
                    extra.insert(key.clone(), value.clone());
                }
                Some(Slot::Column(column, true)) => {
                    if let Some(cell) = rows.cell_mut(table, row, *column) {
                        *cell = match value {
                            Value::Null => Cell::Null,
                            other => Cell::Json(other.to_string()),
                        };
                    }
                }
                Some(Slot::Column(_, false)) => {}
                Some(Slot::Object(inner)) => {
                    if let Value::Object(o) = value {
                        let mut nested = Map::new();
                        let inner_label = format!("{label}.{key}");
                        self.walk(
                            table,
                            inner,
                            o,
                            row,
                            rows,
                            next,
                            &inner_label,
                            &mut nested,
                            drift,
                        );
                        if !nested.is_empty() {
                            extra.insert(key.clone(), Value::Object(nested));
                        }
                    }
                }
                Some(Slot::Child(child)) => {
                    if let Value::Array(items) = value {
                        let child_label = format!("{label}.{key}[]");
                        for item in items {
                            match item {
                                Value::Object(o) => {
                                    self.row(*child, o, rows, next, &child_label, drift)
                                }
                                // A child table of scalars: the item is its value.
                                _ => next[*child] += 1,
                            }
                        }
                    }
                }
            }
        }
    }

    /// Whether `table` or a descendant keeps unmapped fields (else there is nothing to do).
    pub fn keeps(&self, table: usize) -> bool {
        self.tables[table].extra_column().is_some()
            || self.tables[table]
                .columns
                .iter()
                .any(|c| c.sql_type == SqlType::Json && matches!(c.source, ColumnSource::Field(_)))
            || self.children[table].iter().any(|&c| self.keeps(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::{ColumnSpec, WriteMode};
    use serde_json::json;

    const fn col(name: &'static str, sql_type: SqlType, source: ColumnSource) -> ColumnSpec {
        ColumnSpec {
            name,
            sql_type,
            nullable: true,
            source,
        }
    }

    static TABLES: &[TableSpec] = &[
        TableSpec {
            name: "charge",
            columns: &[
                col("id", SqlType::Text, ColumnSource::Field(&["id"])),
                col(
                    "card__brand",
                    SqlType::Text,
                    ColumnSource::Field(&["card", "brand"]),
                ),
                col("meta", SqlType::Json, ColumnSource::Field(&["meta"])),
                col("_extra", SqlType::Json, ColumnSource::Extra),
            ],
            primary_key: &["id"],
            parent: None,
            parent_key: &[],
            path: &[],
            write: WriteMode::Merge,
        },
        TableSpec {
            name: "charge__refunds",
            columns: &[
                col("_root_id", SqlType::Text, ColumnSource::Key),
                col("_index", SqlType::Integer, ColumnSource::Key),
                col("amount", SqlType::Integer, ColumnSource::Field(&["amount"])),
                col("_extra", SqlType::Json, ColumnSource::Extra),
            ],
            primary_key: &["_root_id", "_index"],
            parent: Some("charge"),
            parent_key: &["_root_id"],
            path: &["refunds"],
            write: WriteMode::Merge,
        },
    ];

    fn flatten(record: &Value, rows: &mut Rows) {
        rows.push(
            0,
            vec![
                Cell::Text(record["id"].as_str().unwrap_or_default().into()),
                Cell::Null,
                Cell::Json("{}".into()),
                Cell::Null,
            ],
        );
        for (i, _) in record["refunds"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            rows.push(
                1,
                vec![Cell::Null, Cell::Int(i as i64), Cell::Null, Cell::Null],
            );
        }
    }

    #[test]
    fn keeps_unmapped_fields_where_they_appear() {
        let shapes = Shapes::new(TABLES);
        let record = json!({
            "id": "ch_1",
            "card": {"brand": "visa", "wallet": {"type": "apple"}},
            "meta": {"typed": 1, "untyped": [1, 2]},
            "risk": 3,
            "refunds": [{"amount": 1}, {"amount": 2, "reason": "dup"}],
        });
        let mut rows = Rows::new();
        rows.push(0, vec![Cell::Null; 4]);
        let start = vec![rows.table(0).len(), rows.table(1).len()];
        flatten(&record, &mut rows);
        let mut drift = Drift::new();
        assert!(shapes.fill(0, &record, &mut rows, &start, &mut drift));
        let root = &rows.table(0)[1];
        assert_eq!(
            root[3],
            Cell::Json(json!({"card": {"wallet": {"type": "apple"}}, "risk": 3}).to_string())
        );
        assert_eq!(
            root[2],
            Cell::Json(json!({"typed": 1, "untyped": [1, 2]}).to_string())
        );
        assert_eq!(rows.table(1)[0][3], Cell::Null);
        assert_eq!(
            rows.table(1)[1][3],
            Cell::Json(json!({"reason": "dup"}).to_string())
        );
        let labels: Vec<&str> = drift.iter().map(String::as_str).collect();
        assert_eq!(
            labels,
            [
                "charge.card.wallet",
                "charge.refunds[].reason",
                "charge.risk"
            ]
        );
        // The earlier row is untouched.
        assert_eq!(rows.table(0)[0][3], Cell::Null);
    }

    #[test]
    fn rows_that_do_not_line_up_are_left_alone() {
        let shapes = Shapes::new(TABLES);
        let record = json!({"id": "ch_1", "x": 1, "refunds": [{"amount": 1}]});
        let mut rows = Rows::new();
        // The flattening made no child row for the one refund.
        rows.push(0, vec![Cell::Null; 4]);
        let mut drift = Drift::new();
        assert!(!shapes.fill(0, &record, &mut rows, &[0, 0], &mut drift));
        assert_eq!(rows.table(0)[0][3], Cell::Null);
        assert!(drift.is_empty());
    }

    #[test]
    fn contracts_parse() {
        assert_eq!(Contract::parse("freeze"), Ok(Contract::Freeze));
        assert!(Contract::parse("strict")
            .unwrap_err()
            .contains("evolve, warn or freeze"));
    }
}
