//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 9 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "product",
        columns: COLUMNS_0,
        primary_key: &["id"],
        parent: None,
        parent_key: &[],
        path: &[],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__parent__children",
        columns: COLUMNS_1,
        primary_key: &["_root_id", "_index"],
        parent: Some("product"),
        parent_key: &["_root_id"],
        path: &["category", "parent", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__parent__children__parent__parent__children",
        columns: COLUMNS_2,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__parent__children"),
        parent_key: &["_root_id"],
        path: &["parent", "parent", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__parent__children__parent__children",
        columns: COLUMNS_3,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__parent__children"),
        parent_key: &["_root_id"],
        path: &["parent", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__parent__children__children",
        columns: COLUMNS_4,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__parent__children"),
        parent_key: &["_root_id"],
        path: &["children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__children",
        columns: COLUMNS_5,
        primary_key: &["_root_id", "_index"],
        parent: Some("product"),
        parent_key: &["_root_id"],
        path: &["category", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__children__parent__parent__children",
        columns: COLUMNS_6,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__children"),
        parent_key: &["_root_id"],
        path: &["parent", "parent", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__children__parent__children",
        columns: COLUMNS_7,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__children"),
        parent_key: &["_root_id"],
        path: &["parent", "children"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "product__category__children__children",
        columns: COLUMNS_8,
        primary_key: &["_root_id", "_index1", "_index"],
        parent: Some("product__category__children"),
        parent_key: &["_root_id"],
        path: &["children"],
        write: rt::WriteMode::Merge,
    },
];
#[cfg(any(feature = "orders", feature = "products"))]
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
        name: "status",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["status"]),
    },
    rt::ColumnSpec {
        name: "type",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["type"]),
    },
    rt::ColumnSpec {
        name: "self",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["self"]),
    },
    rt::ColumnSpec {
        name: "price__amount",
        sql_type: rt::SqlType::Integer,
        nullable: true,
        source: rt::ColumnSource::Field(&["price", "amount"]),
    },
    rt::ColumnSpec {
        name: "price__currency",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["price", "currency"]),
    },
    rt::ColumnSpec {
        name: "weight_grams",
        sql_type: rt::SqlType::Float,
        nullable: true,
        source: rt::ColumnSource::Field(&["weight_grams"]),
    },
    rt::ColumnSpec {
        name: "stock",
        sql_type: rt::SqlType::Integer,
        nullable: true,
        source: rt::ColumnSource::Field(&["stock"]),
    },
    rt::ColumnSpec {
        name: "created",
        sql_type: rt::SqlType::Timestamp,
        nullable: true,
        source: rt::ColumnSource::Field(&["created"]),
    },
    rt::ColumnSpec {
        name: "updated_at",
        sql_type: rt::SqlType::Timestamp,
        nullable: true,
        source: rt::ColumnSource::Field(&["updated_at"]),
    },
    rt::ColumnSpec {
        name: "attributes",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["attributes"]),
    },
    rt::ColumnSpec {
        name: "category__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["category", "name"]),
    },
    rt::ColumnSpec {
        name: "category__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["category", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "category__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["category", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "n2fa_required",
        sql_type: rt::SqlType::Boolean,
        nullable: true,
        source: rt::ColumnSource::Field(&["2fa-required"]),
    },
    rt::ColumnSpec {
        name: "plus_1",
        sql_type: rt::SqlType::Integer,
        nullable: true,
        source: rt::ColumnSource::Field(&["+1"]),
    },
    rt::ColumnSpec {
        name: "odata_etag",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["@odata.etag"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_0: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_1: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_2: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_2: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_3: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_3: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_4: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_4: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_5: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_5: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_6: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_6: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_7: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_7: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
static COLUMNS_8: &[rt::ColumnSpec] = &[
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
        name: "name",
        sql_type: rt::SqlType::Text,
        nullable: false,
        source: rt::ColumnSource::Field(&["name"]),
    },
    rt::ColumnSpec {
        name: "parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__name",
        sql_type: rt::SqlType::Text,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "name"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__parent",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "parent"]),
    },
    rt::ColumnSpec {
        name: "parent__parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "parent", "children"]),
    },
    rt::ColumnSpec {
        name: "parent__children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["parent", "children"]),
    },
    rt::ColumnSpec {
        name: "children",
        sql_type: rt::SqlType::Json,
        nullable: true,
        source: rt::ColumnSource::Field(&["children"]),
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
#[cfg(not(any(feature = "orders", feature = "products")))]
static COLUMNS_8: &[rt::ColumnSpec] = &[];
#[cfg(any(feature = "orders", feature = "products"))]
impl rt::Flatten for crate::types::Product {
    fn flatten(&self, rows: &mut rt::Rows) {
        let root_id = rt::ToCell::to_cell(&self.id);
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::Cell::Text(self.status.as_str().to_owned()),
                rt::Cell::Text(self.type_.as_str().to_owned()),
                rt::ToCell::to_cell(&self.self_.as_ref()),
                rt::ToCell::to_cell(&self.price.as_ref().map(|v| &v.amount)),
                rt::ToCell::to_cell(&self.price.as_ref().map(|v| &v.currency)),
                rt::ToCell::to_cell(&self.weight_grams.as_ref()),
                rt::ToCell::to_cell(&self.stock.as_ref()),
                self.created.as_ref().map_or(rt::Cell::Null, |v| rt::Cell::UnixTime(*v)),
                rt::ToCell::to_cell(&self.updated_at.as_ref()),
                rt::json_cell(&self.attributes.as_ref()),
                rt::ToCell::to_cell(&self.category.as_ref().map(|v| &v.name)),
                rt::ToCell::to_cell(
                    &self
                        .category
                        .as_ref()
                        .and_then(|v| v.parent.as_ref())
                        .map(|v| &v.name),
                ),
                rt::json_cell(
                    &self
                        .category
                        .as_ref()
                        .and_then(|v| v.parent.as_ref())
                        .and_then(|v| v.parent.as_ref()),
                ),
                rt::ToCell::to_cell(&self.n2fa_required.as_ref()),
                rt::ToCell::to_cell(&self.plus_1.as_ref()),
                rt::ToCell::to_cell(&self.odata_etag.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
        if let Some(list) = self
            .category
            .as_ref()
            .and_then(|v| v.parent.as_ref())
            .and_then(|v| v.children.as_ref())
        {
            for (index1, item1) in list.iter().enumerate() {
                rows.push(
                    1usize,
                    Vec::from([
                        root_id.clone(),
                        rt::Cell::Int(index1 as i64),
                        rt::ToCell::to_cell(&item1.name),
                        rt::ToCell::to_cell(&item1.parent.as_ref().map(|v| &v.name)),
                        rt::ToCell::to_cell(
                            &item1
                                .parent
                                .as_ref()
                                .and_then(|v| v.parent.as_ref())
                                .map(|v| &v.name),
                        ),
                        rt::json_cell(
                            &item1
                                .parent
                                .as_ref()
                                .and_then(|v| v.parent.as_ref())
                                .and_then(|v| v.parent.as_ref()),
                        ),
                        rt::Cell::Null,
                        rt::Cell::Null,
                    ]),
                );
                if let Some(list) = item1
                    .parent
                    .as_ref()
                    .and_then(|v| v.parent.as_ref())
                    .and_then(|v| v.children.as_ref())
                {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            2usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
                if let Some(list) = item1
                    .parent
                    .as_ref()
                    .and_then(|v| v.children.as_ref())
                {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            3usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
                if let Some(list) = item1.children.as_ref() {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            4usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
            }
        }
        if let Some(list) = self.category.as_ref().and_then(|v| v.children.as_ref()) {
            for (index1, item1) in list.iter().enumerate() {
                rows.push(
                    5usize,
                    Vec::from([
                        root_id.clone(),
                        rt::Cell::Int(index1 as i64),
                        rt::ToCell::to_cell(&item1.name),
                        rt::ToCell::to_cell(&item1.parent.as_ref().map(|v| &v.name)),
                        rt::ToCell::to_cell(
                            &item1
                                .parent
                                .as_ref()
                                .and_then(|v| v.parent.as_ref())
                                .map(|v| &v.name),
                        ),
                        rt::json_cell(
                            &item1
                                .parent
                                .as_ref()
                                .and_then(|v| v.parent.as_ref())
                                .and_then(|v| v.parent.as_ref()),
                        ),
                        rt::Cell::Null,
                        rt::Cell::Null,
                    ]),
                );
                if let Some(list) = item1
                    .parent
                    .as_ref()
                    .and_then(|v| v.parent.as_ref())
                    .and_then(|v| v.children.as_ref())
                {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            6usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
                if let Some(list) = item1
                    .parent
                    .as_ref()
                    .and_then(|v| v.children.as_ref())
                {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            7usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
                if let Some(list) = item1.children.as_ref() {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            8usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.name),
                                rt::ToCell::to_cell(
                                    &item2.parent.as_ref().map(|v| &v.name),
                                ),
                                rt::ToCell::to_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .map(|v| &v.name),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.parent.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2
                                        .parent
                                        .as_ref()
                                        .and_then(|v| v.parent.as_ref())
                                        .and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(
                                    &item2.parent.as_ref().and_then(|v| v.children.as_ref()),
                                ),
                                rt::json_cell(&item2.children.as_ref()),
                                rt::Cell::Null,
                                rt::Cell::Null,
                            ]),
                        );
                    }
                }
            }
        }
    }
}
