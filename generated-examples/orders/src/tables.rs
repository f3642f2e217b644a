//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 3 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "order",
        columns: &[
            rt::ColumnSpec {
                name: "id",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["id"]),
            },
            rt::ColumnSpec {
                name: "status",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["status"]),
            },
            rt::ColumnSpec {
                name: "created",
                sql_type: rt::SqlType::Timestamp,
                nullable: false,
                source: rt::ColumnSource::Field(&["created"]),
            },
            rt::ColumnSpec {
                name: "updated_at",
                sql_type: rt::SqlType::Timestamp,
                nullable: true,
                source: rt::ColumnSource::Field(&["updated_at"]),
            },
            rt::ColumnSpec {
                name: "total",
                sql_type: rt::SqlType::Float,
                nullable: true,
                source: rt::ColumnSource::Field(&["total"]),
            },
            rt::ColumnSpec {
                name: "paid",
                sql_type: rt::SqlType::Boolean,
                nullable: true,
                source: rt::ColumnSource::Field(&["paid"]),
            },
            rt::ColumnSpec {
                name: "tags",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["tags"]),
            },
            rt::ColumnSpec {
                name: "metadata",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["metadata"]),
            },
            rt::ColumnSpec {
                name: "reference",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["reference"]),
            },
            rt::ColumnSpec {
                name: "payload",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["payload"]),
            },
            rt::ColumnSpec {
                name: "customer",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["customer"]),
            },
            rt::ColumnSpec {
                name: "shipping__name",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["shipping", "name"]),
            },
            rt::ColumnSpec {
                name: "shipping__address__city",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["shipping", "address", "city"]),
            },
            rt::ColumnSpec {
                name: "shipping__address__geo",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["shipping", "address", "geo"]),
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
    rt::TableSpec {
        name: "order__lines",
        columns: &[
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
                name: "sku",
                sql_type: rt::SqlType::Text,
                nullable: false,
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
        ],
        primary_key: &["_root_id", "_index"],
        parent: Some("order"),
        parent_key: &["_root_id"],
        path: &["lines"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "order__lines__discounts",
        columns: &[
            rt::ColumnSpec {
                name: "_root_id",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Key,
            },
            rt::ColumnSpec {
                name: "_index1",
                sql_type: rt::SqlType::Integer,
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
                name: "code",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["code"]),
            },
            rt::ColumnSpec {
                name: "amount",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["amount"]),
            },
            rt::ColumnSpec {
                name: "rules",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["rules"]),
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
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("order__lines"),
        parent_key: &["_root_id"],
        path: &["discounts"],
        write: rt::WriteMode::Merge,
    },
];
impl rt::Flatten for crate::types::Order {
    fn flatten(&self, rows: &mut rt::Rows) {
        let root_id = rt::ToCell::to_cell(&self.id);
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::Cell::Text(self.status.as_str().to_owned()),
                rt::Cell::UnixTime(self.created),
                rt::ToCell::to_cell(&self.updated_at.as_ref()),
                rt::ToCell::to_cell(&self.total.as_ref()),
                rt::ToCell::to_cell(&self.paid.as_ref()),
                rt::json_cell(&self.tags.as_ref()),
                rt::json_cell(&self.metadata.as_ref()),
                self
                    .reference
                    .as_ref()
                    .map_or(
                        rt::Cell::Null,
                        |v| match v {
                            crate::types::OrderReference::Integer(x) => {
                                rt::Cell::Text(x.to_string())
                            }
                            crate::types::OrderReference::String(x) => {
                                rt::Cell::Text(x.to_string())
                            }
                        },
                    ),
                rt::json_cell(&self.payload.as_ref()),
                rt::ToCell::to_cell(&self.customer.as_ref()),
                rt::ToCell::to_cell(
                    &self.shipping.as_ref().and_then(|v| v.name.as_ref()),
                ),
                rt::ToCell::to_cell(
                    &self
                        .shipping
                        .as_ref()
                        .and_then(|v| v.address.as_ref())
                        .and_then(|v| v.city.as_ref()),
                ),
                rt::json_cell(
                    &self
                        .shipping
                        .as_ref()
                        .and_then(|v| v.address.as_ref())
                        .and_then(|v| v.geo.as_ref()),
                ),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
        for (index1, item1) in self.lines.iter().enumerate() {
            rows.push(
                1usize,
                Vec::from([
                    root_id.clone(),
                    rt::Cell::Int(index1 as i64),
                    rt::ToCell::to_cell(&item1.sku),
                    rt::ToCell::to_cell(&item1.quantity),
                    rt::Cell::Null,
                    rt::Cell::Null,
                ]),
            );
            if let Some(list) = item1.discounts.as_ref() {
                for (index2, item2) in list.iter().enumerate() {
                    rows.push(
                        2usize,
                        Vec::from([
                            root_id.clone(),
                            rt::Cell::Int(index1 as i64),
                            rt::Cell::Int(index2 as i64),
                            rt::ToCell::to_cell(&item2.code.as_ref()),
                            rt::ToCell::to_cell(&item2.amount.as_ref()),
                            rt::json_cell(&item2.rules.as_ref()),
                            rt::Cell::Null,
                            rt::Cell::Null,
                        ]),
                    );
                }
            }
        }
    }
}
