//! Analytics tables: flat rows from typed records (see `schema.sql` and README.md).
use apitap_runtime::codegen as rt;
/// The 6 analytics tables of this crate, indexed as `rt::Rows` expects.
pub static TABLES: &[rt::TableSpec] = &[
    rt::TableSpec {
        name: "pet",
        columns: &[
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
                name: "kind",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["kind"]),
            },
            rt::ColumnSpec {
                name: "nickname",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["nickname"]),
            },
            rt::ColumnSpec {
                name: "age",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["age"]),
            },
            rt::ColumnSpec {
                name: "owner__id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "id"]),
            },
            rt::ColumnSpec {
                name: "version",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["version"]),
            },
            rt::ColumnSpec {
                name: "details",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["details"]),
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
        name: "pet__owner__pets",
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
                name: "kind",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["kind"]),
            },
            rt::ColumnSpec {
                name: "nickname",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["nickname"]),
            },
            rt::ColumnSpec {
                name: "age",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["age"]),
            },
            rt::ColumnSpec {
                name: "owner__id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "id"]),
            },
            rt::ColumnSpec {
                name: "version",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["version"]),
            },
            rt::ColumnSpec {
                name: "details",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["details"]),
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
        parent: Some("pet"),
        parent_key: &["_root_id"],
        path: &["owner", "pets"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "pet__owner__pets__owner__pets",
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
                name: "kind",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["kind"]),
            },
            rt::ColumnSpec {
                name: "nickname",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["nickname"]),
            },
            rt::ColumnSpec {
                name: "age",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["age"]),
            },
            rt::ColumnSpec {
                name: "owner__id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "id"]),
            },
            rt::ColumnSpec {
                name: "owner__pets",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "pets"]),
            },
            rt::ColumnSpec {
                name: "version",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["version"]),
            },
            rt::ColumnSpec {
                name: "details",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["details"]),
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
        parent: Some("pet__owner__pets"),
        parent_key: &["_root_id"],
        path: &["owner", "pets"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "owner",
        columns: &[
            rt::ColumnSpec {
                name: "id",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["id"]),
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
        name: "owner__pets",
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
                name: "kind",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["kind"]),
            },
            rt::ColumnSpec {
                name: "nickname",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["nickname"]),
            },
            rt::ColumnSpec {
                name: "age",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["age"]),
            },
            rt::ColumnSpec {
                name: "owner__id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "id"]),
            },
            rt::ColumnSpec {
                name: "version",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["version"]),
            },
            rt::ColumnSpec {
                name: "details",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["details"]),
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
        parent: Some("owner"),
        parent_key: &["_root_id"],
        path: &["pets"],
        write: rt::WriteMode::Merge,
    },
    rt::TableSpec {
        name: "owner__pets__owner__pets",
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
                name: "kind",
                sql_type: rt::SqlType::Text,
                nullable: false,
                source: rt::ColumnSource::Field(&["kind"]),
            },
            rt::ColumnSpec {
                name: "nickname",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["nickname"]),
            },
            rt::ColumnSpec {
                name: "age",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["age"]),
            },
            rt::ColumnSpec {
                name: "owner__id",
                sql_type: rt::SqlType::Text,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "id"]),
            },
            rt::ColumnSpec {
                name: "owner__pets",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["owner", "pets"]),
            },
            rt::ColumnSpec {
                name: "version",
                sql_type: rt::SqlType::Integer,
                nullable: true,
                source: rt::ColumnSource::Field(&["version"]),
            },
            rt::ColumnSpec {
                name: "details",
                sql_type: rt::SqlType::Json,
                nullable: true,
                source: rt::ColumnSource::Field(&["details"]),
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
        parent: Some("owner__pets"),
        parent_key: &["_root_id"],
        path: &["owner", "pets"],
        write: rt::WriteMode::Merge,
    },
];
impl rt::Flatten for crate::types::Pet {
    fn flatten(&self, rows: &mut rt::Rows) {
        let root_id = rt::ToCell::to_cell(&self.id);
        rows.push(
            0usize,
            Vec::from([
                rt::ToCell::to_cell(&self.id),
                rt::ToCell::to_cell(&self.name),
                rt::Cell::Text(self.kind.as_str().to_owned()),
                rt::ToCell::to_cell(&self.nickname.as_ref()),
                rt::ToCell::to_cell(&self.age.as_ref()),
                rt::ToCell::to_cell(&self.owner.as_ref().map(|v| &v.id)),
                rt::ToCell::to_cell(&self.version.as_ref()),
                rt::json_cell(&self.details.as_ref()),
                rt::Cell::Null,
                rt::Cell::Null,
            ]),
        );
        if let Some(list) = self.owner.as_ref().and_then(|v| v.pets.as_ref()) {
            for (index1, item1) in list.iter().enumerate() {
                rows.push(
                    1usize,
                    Vec::from([
                        root_id.clone(),
                        rt::Cell::Int(index1 as i64),
                        rt::ToCell::to_cell(&item1.id),
                        rt::ToCell::to_cell(&item1.name),
                        rt::Cell::Text(item1.kind.as_str().to_owned()),
                        rt::ToCell::to_cell(&item1.nickname.as_ref()),
                        rt::ToCell::to_cell(&item1.age.as_ref()),
                        rt::ToCell::to_cell(&item1.owner.as_ref().map(|v| &v.id)),
                        rt::ToCell::to_cell(&item1.version.as_ref()),
                        rt::json_cell(&item1.details.as_ref()),
                        rt::Cell::Null,
                        rt::Cell::Null,
                    ]),
                );
                if let Some(list) = item1.owner.as_ref().and_then(|v| v.pets.as_ref()) {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            2usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.id),
                                rt::ToCell::to_cell(&item2.name),
                                rt::Cell::Text(item2.kind.as_str().to_owned()),
                                rt::ToCell::to_cell(&item2.nickname.as_ref()),
                                rt::ToCell::to_cell(&item2.age.as_ref()),
                                rt::ToCell::to_cell(&item2.owner.as_ref().map(|v| &v.id)),
                                rt::json_cell(
                                    &item2.owner.as_ref().and_then(|v| v.pets.as_ref()),
                                ),
                                rt::ToCell::to_cell(&item2.version.as_ref()),
                                rt::json_cell(&item2.details.as_ref()),
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
impl rt::Flatten for crate::types::Owner {
    fn flatten(&self, rows: &mut rt::Rows) {
        let root_id = rt::ToCell::to_cell(&self.id);
        rows.push(
            3usize,
            Vec::from([rt::ToCell::to_cell(&self.id), rt::Cell::Null, rt::Cell::Null]),
        );
        if let Some(list) = self.pets.as_ref() {
            for (index1, item1) in list.iter().enumerate() {
                rows.push(
                    4usize,
                    Vec::from([
                        root_id.clone(),
                        rt::Cell::Int(index1 as i64),
                        rt::ToCell::to_cell(&item1.id),
                        rt::ToCell::to_cell(&item1.name),
                        rt::Cell::Text(item1.kind.as_str().to_owned()),
                        rt::ToCell::to_cell(&item1.nickname.as_ref()),
                        rt::ToCell::to_cell(&item1.age.as_ref()),
                        rt::ToCell::to_cell(&item1.owner.as_ref().map(|v| &v.id)),
                        rt::ToCell::to_cell(&item1.version.as_ref()),
                        rt::json_cell(&item1.details.as_ref()),
                        rt::Cell::Null,
                        rt::Cell::Null,
                    ]),
                );
                if let Some(list) = item1.owner.as_ref().and_then(|v| v.pets.as_ref()) {
                    for (index2, item2) in list.iter().enumerate() {
                        rows.push(
                            5usize,
                            Vec::from([
                                root_id.clone(),
                                rt::Cell::Int(index1 as i64),
                                rt::Cell::Int(index2 as i64),
                                rt::ToCell::to_cell(&item2.id),
                                rt::ToCell::to_cell(&item2.name),
                                rt::Cell::Text(item2.kind.as_str().to_owned()),
                                rt::ToCell::to_cell(&item2.nickname.as_ref()),
                                rt::ToCell::to_cell(&item2.age.as_ref()),
                                rt::ToCell::to_cell(&item2.owner.as_ref().map(|v| &v.id)),
                                rt::json_cell(
                                    &item2.owner.as_ref().and_then(|v| v.pets.as_ref()),
                                ),
                                rt::ToCell::to_cell(&item2.version.as_ref()),
                                rt::json_cell(&item2.details.as_ref()),
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
