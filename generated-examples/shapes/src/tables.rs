//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 1 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "note",
        columns: &[
            rt::ColumnSpec {
                name: "id",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["id"]),
            },
            rt::ColumnSpec {
                name: "text",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["text"]),
            },
            rt::ColumnSpec {
                name: "_extra",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Extra,
            },
            rt::ColumnSpec {
                name: "_apitap_run_id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::RunId,
            },
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
];
impl rt::Flatten for crate::types::Note {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.text.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
