//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 1 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "widget",
        columns: COLUMNS_0,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
];
#[cfg(feature = "widgets")]
static COLUMNS_0: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "owner",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["owner"]),
    },
    rt::ColumnSpec {
        name: "parts",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parts"]),
    },
    rt::ColumnSpec {
        name: "labels",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["labels"]),
    },
    rt::ColumnSpec {
        name: "detail__color",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["detail", "color"]),
    },
    rt::ColumnSpec {
        name: "shape",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["shape"]),
    },
    rt::ColumnSpec {
        name: "mark",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["mark"]),
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
#[cfg(not(feature = "widgets"))]
static COLUMNS_0: &[rt::ColumnSpec] = &[];
#[cfg(feature = "widgets")]
impl rt::Flatten for crate::types::Widget {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name.as_ref()),
                rt::json_cell(&self.owner.as_ref()),
                rt::json_cell(&self.parts.as_ref()),
                rt::json_cell(&self.labels.as_ref()),
                rt::ToCell::to_cell(
                    &self.detail.as_ref().and_then(|v| v.color.as_ref()),
                ),
                rt::json_cell(&self.shape.as_ref()),
                rt::json_cell(&self.mark.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
