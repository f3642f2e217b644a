//! The `sync` command: every page of a list operation into SQLite, PostgreSQL, JSON
//! Lines or CSV, flattened into the tables of `schema.sql`, with incremental state.
#![cfg_attr(
    not(feature = "full"),
    allow(unreachable_code, unused_variables, unused_mut, dead_code)
)]
use apitap_runtime::codegen as rt;
/// Operations `sync` can load: list_notes.
pub const OPERATIONS: &[&str] = &["list_notes"];
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
    let report = match stream {
        #[cfg(feature = "notes")]
        "list_notes" => {
            let mut builder = client.list_notes();
            for (name, raw) in &args.params {
                match name.as_str() {
                    "offset" => builder = builder.offset(value::<i32>("offset", raw)?),
                    "labels" => {
                        builder = builder.labels(value::<Vec<String>>("labels", raw)?);
                    }
                    "fields" => {
                        builder = builder.fields(value::<Vec<String>>("fields", raw)?);
                    }
                    other => {
                        return Err(
                            format!(
                                "operation `{}` has no parameter `{other}`", "list_notes"
                            ),
                        );
                    }
                }
            }
            let request = builder.request();
            let pages = builder.record_pages(request);
            let records = records::<
                crate::types::Note,
                crate::operations::ListNotesError,
            >(pages, "", since.clone(), |_: &crate::types::Note| None);
            rt::run_sync(
                    &mut sink,
                    "list_notes",
                    records,
                    |_: &crate::types::Note| None,
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
