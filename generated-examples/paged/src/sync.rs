//! The `sync` command: the streams of this API into SQLite, PostgreSQL, JSON Lines or
//! CSV, child streams once per parent record, flattened into the tables of
//! `schema.sql`, with incremental state and resumable pages per partition.
#![cfg_attr(
    not(feature = "full"),
    allow(unreachable_code, unused_variables, unused_mut, dead_code)
)]
use apitap_runtime::codegen as rt;
/// Streams `sync` can load: list_events_cursor, list_customers, list_calls, list_droplets, list_repos, list_incidents, list_tickets, search_contacts.
pub const OPERATIONS: &[&str] = &[
    "list_events_cursor",
    "list_customers",
    "list_calls",
    "list_droplets",
    "list_repos",
    "list_incidents",
    "list_tickets",
    "search_contacts",
];
/// Every stream, with its tables, parent, cursor, pagination and page size (what
/// `sync --list` prints).
pub static STREAMS: &[rt::StreamSpec] = &[
    rt::StreamSpec {
        name: "list_events_cursor",
        enabled: cfg!(feature = "cursor"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["cursor", "limit", "kind"],
        cursor: None,
        since_param: None,
        pagination: "cursor via `cursor`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_customers",
        enabled: cfg!(feature = "last_item_id"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["starting_after", "limit"],
        cursor: None,
        since_param: None,
        pagination: "last_item_id via `starting_after`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_calls",
        enabled: cfg!(feature = "next_url"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["PageSize", "PageToken"],
        cursor: None,
        since_param: None,
        pagination: "next_url",
        page_size: Some(rt::PageSize {
            param: "PageSize",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_droplets",
        enabled: cfg!(feature = "next_url"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["page", "per_page"],
        cursor: None,
        since_param: None,
        pagination: "next_url",
        page_size: Some(rt::PageSize {
            param: "per_page",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_repos",
        enabled: cfg!(feature = "link_header"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["per_page", "page"],
        cursor: None,
        since_param: None,
        pagination: "link_header",
        page_size: Some(rt::PageSize {
            param: "per_page",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_incidents",
        enabled: cfg!(feature = "offset"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["offset", "limit"],
        cursor: None,
        since_param: None,
        pagination: "offset via `offset`",
        page_size: Some(rt::PageSize {
            param: "limit",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "list_tickets",
        enabled: cfg!(feature = "page_number"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &[],
        accepts: &["page", "per_page"],
        cursor: None,
        since_param: None,
        pagination: "page_number via `page`",
        page_size: Some(rt::PageSize {
            param: "per_page",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
    rt::StreamSpec {
        name: "search_contacts",
        enabled: cfg!(feature = "cursor"),
        tables: &[0usize],
        parent: None,
        partition: &[],
        needs: &["body"],
        accepts: &["body"],
        cursor: None,
        since_param: None,
        pagination: "cursor via `pagination`",
        page_size: Some(rt::PageSize {
            param: "pagination",
            default: None,
            max: None,
        }),
        selected: false,
        reason: "",
        children_of_changed: false,
        write: rt::WriteMode::Merge,
        contract: rt::Contract::Evolve,
        lookback: None,
        checks: rt::Checks::NONE,
    },
];
/// `sync --list`.
pub fn list() -> String {
    rt::list_streams(STREAMS, crate::tables::TABLES)
}
/// Name, version and spec hash, for the run log.
pub const IDENTITY: rt::Identity = rt::Identity {
    connector: "paged",
    version: env!("CARGO_PKG_VERSION"),
    lock: include_str!("../apitap.lock"),
};
/// What the `sync` command runs.
pub static CLI: rt::SyncCli = rt::SyncCli {
    program: "paged",
    streams: STREAMS,
    tables: crate::tables::TABLES,
    api: &crate::API,
    identity: IDENTITY,
    notify: None,
    notify_always: false,
};
/// Run `sync` with the command line's arguments (after the program name): the whole
/// command, with its report, `--report`, `--metrics` and alert. Returns the exit
/// status (0 success, 1 failed, 2 a wrong command line, 3 a check failed).
pub async fn main_with_args(args: Vec<String>) -> i32 {
    rt::sync_main(
            args,
            &CLI,
            |config| crate::Client::new(config).map_err(|e| e.to_string()),
        )
        .await
}
/// Run the streams `args` selects with a configured client, into `args.destination`
/// (creating only the tables of the streams that load), recorded in its run log. The
/// error carries the report of what was loaded before it (`RunError::report`).
pub async fn run(
    client: &crate::Client,
    args: &rt::SyncArgs,
) -> Result<rt::SyncReport, rt::RunError> {
    rt::run_sync(client, args).await
}
/// Run `plan` into `sink`: the library form of `sync`, for programs that embed the
/// connector (build the plan with `rt::SyncPlan::new(STREAMS, &args)`).
pub async fn run_streams(
    client: &crate::Client,
    plan: &rt::SyncPlan,
    sink: &mut rt::Sink,
) -> Result<rt::SyncReport, rt::SyncError> {
    rt::run_streams(client, plan, sink).await
}
impl rt::Connector for crate::Client {
    fn streams(&self) -> &'static [rt::StreamSpec] {
        STREAMS
    }
    fn tables(&self) -> &'static [rt::TableSpec] {
        crate::tables::TABLES
    }
    fn runtime(&self) -> &rt::Client {
        crate::Client::runtime(self)
    }
    fn identity(&self) -> rt::Identity {
        IDENTITY
    }
    fn open(
        &self,
        stream: usize,
        params: &[(String, String)],
        since: Option<&str>,
        start: rt::PageStart,
    ) -> Result<rt::RawPages, rt::OpenError> {
        match stream {
            #[cfg(feature = "cursor")]
            0usize => {
                let mut builder = self.list_events_cursor();
                for (name, raw) in params {
                    match name.as_str() {
                        "cursor" => {
                            builder = builder
                                .cursor(rt::param_value::<String>("cursor", raw)?);
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i32>("limit", raw)?);
                        }
                        "kind" => {
                            builder = builder
                                .kind(rt::param_value::<String>("kind", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_events_cursor".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/events"))
            }
            #[cfg(feature = "last_item_id")]
            1usize => {
                let mut builder = self.list_customers();
                for (name, raw) in params {
                    match name.as_str() {
                        "starting_after" => {
                            builder = builder
                                .starting_after(
                                    rt::param_value::<String>("starting_after", raw)?,
                                );
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_customers".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            #[cfg(feature = "next_url")]
            2usize => {
                let mut builder = self.list_calls();
                for (name, raw) in params {
                    match name.as_str() {
                        "PageSize" => {
                            builder = builder
                                .page_size(rt::param_value::<i64>("PageSize", raw)?);
                        }
                        "PageToken" => {
                            builder = builder
                                .page_token(rt::param_value::<String>("PageToken", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_calls".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/calls"))
            }
            #[cfg(feature = "next_url")]
            3usize => {
                let mut builder = self.list_droplets();
                for (name, raw) in params {
                    match name.as_str() {
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        "per_page" => {
                            builder = builder
                                .per_page(rt::param_value::<i64>("per_page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_droplets".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/droplets"))
            }
            #[cfg(feature = "link_header")]
            4usize => {
                let mut builder = self.list_repos();
                for (name, raw) in params {
                    match name.as_str() {
                        "per_page" => {
                            builder = builder
                                .per_page(rt::param_value::<i64>("per_page", raw)?);
                        }
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_repos".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), ""))
            }
            #[cfg(feature = "offset")]
            5usize => {
                let mut builder = self.list_incidents();
                for (name, raw) in params {
                    match name.as_str() {
                        "offset" => {
                            builder = builder
                                .offset(rt::param_value::<i64>("offset", raw)?);
                        }
                        "limit" => {
                            builder = builder
                                .limit(rt::param_value::<i64>("limit", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_incidents".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/incidents"))
            }
            #[cfg(feature = "page_number")]
            6usize => {
                let mut builder = self.list_tickets();
                for (name, raw) in params {
                    match name.as_str() {
                        "page" => {
                            builder = builder.page(rt::param_value::<i64>("page", raw)?);
                        }
                        "per_page" => {
                            builder = builder
                                .per_page(rt::param_value::<i64>("per_page", raw)?);
                        }
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "list_tickets".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/tickets"))
            }
            #[cfg(feature = "cursor")]
            7usize => {
                let builder = self
                    .search_contacts(
                        rt::param_value::<
                            crate::types::SearchContactsBody,
                        >("body", rt::required_param(params, "body")?)?,
                    );
                for (name, _) in params {
                    match name.as_str() {
                        "body" => {}
                        other => {
                            return Err(rt::OpenError::UnknownParam {
                                stream: "search_contacts".to_string(),
                                param: other.to_string(),
                            });
                        }
                    }
                }
                let request = builder.request();
                let _ = since;
                Ok(rt::raw_pages(builder.record_pages(request, start), "/data"))
            }
            other => {
                Err(rt::OpenError::NotInBuild {
                    stream: other,
                })
            }
        }
    }
    fn load(
        &self,
        stream: usize,
        record: &serde_json::Value,
        since: Option<&str>,
        rows: &mut rt::Rows,
    ) -> rt::Loaded {
        match stream {
            #[cfg(feature = "cursor")]
            0usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "last_item_id")]
            1usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "next_url")]
            2usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "next_url")]
            3usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "link_header")]
            4usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "offset")]
            5usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "page_number")]
            6usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            #[cfg(feature = "cursor")]
            7usize => {
                rt::load_record::<
                    crate::types::Event,
                >(record, since, rows, |_: &crate::types::Event| None)
            }
            other => rt::Loaded::Rejected(format!("stream {other} is not in this build")),
        }
    }
}
