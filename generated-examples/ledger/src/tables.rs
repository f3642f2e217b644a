//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 6 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "customer",
        columns: COLUMNS_0,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "invoice",
        columns: COLUMNS_1,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "line",
        columns: COLUMNS_2,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product",
        columns: COLUMNS_3,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "event",
        columns: COLUMNS_4,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "report",
        columns: COLUMNS_5,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
];
#[cfg(feature = "customers")]
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
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "email",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["email"]),
    },
    rt::ColumnSpec {
        name: "updated",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["updated"]),
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
#[cfg(not(feature = "customers"))]
static COLUMNS_0: &[rt::ColumnSpec] = &[];
#[cfg(feature = "customers")]
static COLUMNS_1: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "amount",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["amount"]),
    },
    rt::ColumnSpec {
        name: "status",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["status"]),
    },
    rt::ColumnSpec {
        name: "created",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["created"]),
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
    rt::ColumnSpec {
        name: "_parent_customer",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Loader,
    },
];
#[cfg(not(feature = "customers"))]
static COLUMNS_1: &[rt::ColumnSpec] = &[];
#[cfg(feature = "customers")]
static COLUMNS_2: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "sku",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["sku"]),
    },
    rt::ColumnSpec {
        name: "quantity",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["quantity"]),
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
    rt::ColumnSpec {
        name: "_parent_invoice",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Loader,
    },
    rt::ColumnSpec {
        name: "_parent_customer",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Loader,
    },
];
#[cfg(not(feature = "customers"))]
static COLUMNS_2: &[rt::ColumnSpec] = &[];
#[cfg(feature = "products")]
static COLUMNS_3: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
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
#[cfg(not(feature = "products"))]
static COLUMNS_3: &[rt::ColumnSpec] = &[];
#[cfg(feature = "events")]
static COLUMNS_4: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "type",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["type"]),
    },
    rt::ColumnSpec {
        name: "created",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["created"]),
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
#[cfg(not(feature = "events"))]
static COLUMNS_4: &[rt::ColumnSpec] = &[];
#[cfg(feature = "reports")]
static COLUMNS_5: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["id"]),
    },
    rt::ColumnSpec {
        name: "title",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["title"]),
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
#[cfg(not(feature = "reports"))]
static COLUMNS_5: &[rt::ColumnSpec] = &[];
#[cfg(feature = "customers")]
impl rt::Flatten for crate::types::Customer {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::ToCell::to_cell(&self.email.as_ref()),
                rt::ToCell::to_cell(&self.updated),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "customers")]
impl rt::Flatten for crate::types::Invoice {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            1usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.amount),
                rt::ToCell::to_cell(&self.status.as_ref().map(|v| v.as_str())),
                rt::ToCell::to_cell(&self.created),
                rt::Cell::Null,
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "customers")]
impl rt::Flatten for crate::types::Line {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            2usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.sku.as_ref()),
                rt::ToCell::to_cell(&self.quantity),
                rt::Cell::Null,
                rt::Cell::Null,
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "products")]
impl rt::Flatten for crate::types::Product {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            3usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::json_cell(&self.tags.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "events")]
impl rt::Flatten for crate::types::Event {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            4usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.type_),
                rt::ToCell::to_cell(&self.created),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "reports")]
impl rt::Flatten for crate::types::Report {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            5usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.title.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
