//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 1 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "note",
        columns: &[
            rt::ColumnSpec {
                name: "id",
                sql_type: rt::SqlType::Integer,
                nullable: false,
            },
            rt::ColumnSpec {
                name: "title",
                sql_type: rt::SqlType::Text,
                nullable: false,
            },
            rt::ColumnSpec {
                name: "body",
                sql_type: rt::SqlType::Text,
                nullable: true,
            },
            rt::ColumnSpec {
                name: "tags",
                sql_type: rt::SqlType::Json,
                nullable: true,
            },
        ],
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
    },
];
#[cfg(feature = "notes")]
impl rt::Flatten for crate::types::Note {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id.as_ref()),
                rt::ToCell::to_cell(&self.title),
                rt::ToCell::to_cell(&self.body.as_ref()),
                rt::json_cell(&self.tags.as_ref()),
            ]),
        );
    }
}
