//! The `sync` command: every page of a list operation into SQLite, PostgreSQL, JSON
//! Lines or CSV, flattened into the tables of `schema.sql`, with incremental state.
#![cfg_attr(
    not(feature = "full"),
    allow(unreachable_code, unused_variables, unused_mut, dead_code)
)]
use apitap_runtime::codegen as rt;
/// Operations `sync` can load: list_events_cursor, list_customers, list_calls, list_droplets, list_repos, list_incidents, list_tickets, search_contacts.
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
/// Run `sync` with the command line's arguments (after the program name).
pub async fn main_with_args(mut args: Vec<String>) -> Result<rt::SyncReport, String> {
    if args.first().is_some_and(|a| a == "sync") {
        args.remove(0);
    }
    let args = rt::SyncArgs::parse(args)?;
    let mut config = rt::Config::from_env(&crate::API).map_err(|e| e.to_string())?;
    if let Some(n) = args.max_pages {
        config = config.max_pages(n);
    }
    let client = crate::Client::new(config).map_err(|e| e.to_string())?;
    run(&client, &args).await
}
/// Run one sync with a configured client.
pub async fn run(
    client: &crate::Client,
    args: &rt::SyncArgs,
) -> Result<rt::SyncReport, String> {
    let mut sink = rt::Sink::open(&args.destination, crate::tables::TABLES)
        .await
        .map_err(|e| e.to_string())?;
    let stream = args.operation.as_str();
    let state = if args.full_refresh {
        None
    } else {
        sink.load_state(stream).await.map_err(|e| e.to_string())?
    };
    let since = args.since.clone().or_else(|| state.clone());
    let params: std::collections::BTreeMap<&str, &str> = args
        .params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let report = match stream {
        #[cfg(feature = "cursor")]
        "list_events_cursor" => {
            let mut builder = client.list_events_cursor();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "cursor" => builder = builder.cursor(value::<String>("cursor", raw)?),
                    "limit" => builder = builder.limit(value::<i32>("limit", raw)?),
                    "kind" => builder = builder.kind(value::<String>("kind", raw)?),
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`",
                                "list_events_cursor"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListEventsCursorError,
            >(pages, "/events", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_events_cursor",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "last_item_id")]
        "list_customers" => {
            let mut builder = client.list_customers();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "starting_after" => {
                        builder = builder
                            .starting_after(value::<String>("starting_after", raw)?);
                    }
                    "limit" => builder = builder.limit(value::<i64>("limit", raw)?),
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`",
                                "list_customers"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListCustomersError,
            >(pages, "/data", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_customers",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "next_url")]
        "list_calls" => {
            let mut builder = client.list_calls();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "PageSize" => {
                        builder = builder.page_size(value::<i64>("PageSize", raw)?);
                    }
                    "PageToken" => {
                        builder = builder.page_token(value::<String>("PageToken", raw)?);
                    }
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`", "list_calls"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListCallsError,
            >(pages, "/calls", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_calls",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "next_url")]
        "list_droplets" => {
            let mut builder = client.list_droplets();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "page" => builder = builder.page(value::<i64>("page", raw)?),
                    "per_page" => {
                        builder = builder.per_page(value::<i64>("per_page", raw)?);
                    }
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`", "list_droplets"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListDropletsError,
            >(pages, "/droplets", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_droplets",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "link_header")]
        "list_repos" => {
            let mut builder = client.list_repos();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "per_page" => {
                        builder = builder.per_page(value::<i64>("per_page", raw)?);
                    }
                    "page" => builder = builder.page(value::<i64>("page", raw)?),
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`", "list_repos"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListReposError,
            >(pages, "", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_repos",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "offset")]
        "list_incidents" => {
            let mut builder = client.list_incidents();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "offset" => builder = builder.offset(value::<i64>("offset", raw)?),
                    "limit" => builder = builder.limit(value::<i64>("limit", raw)?),
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`",
                                "list_incidents"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListIncidentsError,
            >(pages, "/incidents", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_incidents",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "page_number")]
        "list_tickets" => {
            let mut builder = client.list_tickets();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "page" => builder = builder.page(value::<i64>("page", raw)?),
                    "per_page" => {
                        builder = builder.per_page(value::<i64>("per_page", raw)?);
                    }
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`", "list_tickets"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::ListTicketsError,
            >(pages, "/tickets", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "list_tickets",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        #[cfg(feature = "cursor")]
        "search_contacts" => {
            let builder = client
                .search_contacts(
                    value::<
                        crate::types::SearchContactsBody,
                    >("body", required(&params, "body")?)?,
                );
            for (name, _) in &args.params {
                match name.as_str() {
                    "body" => {}
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`",
                                "search_contacts"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Event,
                crate::operations::SearchContactsError,
            >(pages, "/data", since.clone(), |_: &crate::types::Event| None);
            rt::run_sync(
                    &mut sink,
                    "search_contacts",
                    records,
                    |_: &crate::types::Event| None,
                    state,
                    client.runtime(),
                    args.batch_size,
                )
                .await
                .map_err(|e| e.to_string())?
        }
        other => {
            return Err(
                format!("unknown operation `{other}`; one of: {}", OPERATIONS.join(", ")),
            );
        }
    };
    sink.finish().await.map_err(|e| e.to_string())?;
    Ok(report)
}
/// A parameter value: JSON when it parses as such, else the text itself.
fn value<T: serde::de::DeserializeOwned>(name: &str, raw: &str) -> Result<T, String> {
    serde_json::from_str(raw)
        .or_else(|_| serde_json::from_value(serde_json::Value::String(raw.to_owned())))
        .map_err(|e| format!("--param {name}={raw}: {e}"))
}
fn required<'a>(
    params: &std::collections::BTreeMap<&str, &'a str>,
    name: &str,
) -> Result<&'a str, String> {
    params
        .get(name)
        .copied()
        .ok_or_else(|| format!("this operation needs --param {name}=..."))
}
/// `a < b`, as numbers when both are numbers.
fn older(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x < y,
        _ => a < b,
    }
}
/// The records of each page, decoded one by one; records older than `since` are
/// skipped (they were loaded by an earlier run).
fn records<T: serde::de::DeserializeOwned + Send + 'static, E: Send + 'static>(
    pages: rt::PageStream<serde_json::Value, E>,
    pointer: &'static str,
    since: Option<String>,
    state_of: fn(&T) -> Option<String>,
) -> impl futures::Stream<Item = Result<Result<T, (String, String)>, rt::Error<E>>> {
    futures::StreamExt::flat_map(
        pages,
        move |page| {
            let out: Vec<_> = match page {
                Ok(mut page) => {
                    let list = match page
                        .pointer_mut(pointer)
                        .map(serde_json::Value::take)
                    {
                        Some(serde_json::Value::Array(list)) => list,
                        _ => Vec::new(),
                    };
                    rt::decode_records::<T>(list)
                        .into_iter()
                        .filter(|r| match (r, &since) {
                            (Ok(record), Some(since)) => {
                                !state_of(record).is_some_and(|s| older(&s, since))
                            }
                            _ => true,
                        })
                        .map(Ok)
                        .collect()
                }
                Err(e) => vec![Err(e)],
            };
            futures::stream::iter(out)
        },
    )
}
