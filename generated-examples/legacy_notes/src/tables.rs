//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 1 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "note",
        columns: COLUMNS_0,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
];
#[cfg(feature = "notes")]
static COLUMNS_0: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "title",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["title"]),
    },
    rt::ColumnSpec {
        name: "body",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["body"]),
    },
    rt::ColumnSpec {
        name: "tags",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["tags"]),
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
];
#[cfg(not(feature = "notes"))]
static COLUMNS_0: &[rt::ColumnSpec] = &[];
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
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
