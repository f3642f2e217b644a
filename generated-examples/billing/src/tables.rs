//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 4 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "charge",
        columns: COLUMNS_0,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "charge__refunds",
        columns: COLUMNS_1,
        primary_key: &["_root_id", "_index"],
        parent: Some("charge"),
        parent_key: &["_root_id"],
        path: &["refunds"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "customer",
        columns: COLUMNS_2,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Append,
    },
    rt::TableSpec {
        name: "plan",
        columns: COLUMNS_3,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Replace,
    },
];
#[cfg(feature = "charges")]
static COLUMNS_0: &[rt::ColumnSpec] = &[
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
        name: "currency",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["currency"]),
    },
    rt::ColumnSpec {
        name: "status",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["status"]),
    },
    rt::ColumnSpec {
        name: "created_at",
        sql_type: rt::SqlType::Timestamp,
        nullable: false,
        source: rt::ColumnSource::Field(&["created_at"]),
    },
    rt::ColumnSpec {
        name: "updated_at",
        sql_type: rt::SqlType::Timestamp,
        nullable: false,
        source: rt::ColumnSource::Field(&["updated_at"]),
    },
    rt::ColumnSpec {
        name: "card__brand",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["card", "brand"]),
    },
    rt::ColumnSpec {
        name: "card__last4",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["card", "last4"]),
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
#[cfg(not(feature = "charges"))]
static COLUMNS_0: &[rt::ColumnSpec] = &[];
#[cfg(feature = "charges")]
static COLUMNS_1: &[rt::ColumnSpec] = &[
    rt::ColumnSpec {
        name: "_root_id",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Key,
    },
    rt::ColumnSpec {
        name: "_index",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Key,
    },
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
#[cfg(not(feature = "charges"))]
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
        name: "created_at",
        sql_type: rt::SqlType::Timestamp,
        nullable: false,
        source: rt::ColumnSource::Field(&["created_at"]),
    },
    rt::ColumnSpec {
        name: "updated_at",
        sql_type: rt::SqlType::Timestamp,
        nullable: true,
        source: rt::ColumnSource::Field(&["updated_at"]),
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
static COLUMNS_2: &[rt::ColumnSpec] = &[];
#[cfg(feature = "plans")]
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
        name: "amount",
        sql_type: rt::SqlType::Integer,
        nullable: false,
        source: rt::ColumnSource::Field(&["amount"]),
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
#[cfg(not(feature = "plans"))]
static COLUMNS_3: &[rt::ColumnSpec] = &[];
#[cfg(feature = "charges")]
impl rt::Flatten for crate::types::Charge {
    fn flatten(&self, rows: &mut rt::Rows) {
        let root_id = rt::ToCell::to_cell(&self.id);
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.amount),
                rt::ToCell::to_cell(&self.currency),
                rt::Cell::Text(self.status.as_str().to_owned()),
                rt::ToCell::to_cell(&self.created_at),
                rt::ToCell::to_cell(&self.updated_at),
                rt::ToCell::to_cell(&self.card.as_ref().and_then(|v| v.brand.as_ref())),
                rt::ToCell::to_cell(&self.card.as_ref().and_then(|v| v.last4.as_ref())),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
        if let Some(list) = self.refunds.as_ref() {
            for (index1, item1) in list.iter().enumerate() {
                rows.push(
                    1usize,
                    Vec::from([
                        root_id.clone(),
                        rt::Cell::Int(index1 as i64),
                        rt::ToCell::to_cell(&item1.id),
                        rt::ToCell::to_cell(&item1.amount),
                        rt::Cell::Null,
                        rt::Cell::Null,
                    ]),
                );
            }
        }
    }
}
#[cfg(feature = "customers")]
impl rt::Flatten for crate::types::Customer {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            2usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::ToCell::to_cell(&self.email.as_ref()),
                rt::ToCell::to_cell(&self.created_at),
                rt::ToCell::to_cell(&self.updated_at.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
#[cfg(feature = "plans")]
impl rt::Flatten for crate::types::Plan {
    fn flatten(&self, rows: &mut rt::Rows) {
        rows.push(
            3usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::ToCell::to_cell(&self.amount),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
    }
}
