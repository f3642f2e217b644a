//! The `sync` command: every page of a list operation into SQLite, PostgreSQL, JSON
//! Lines or CSV, flattened into the tables of `schema.sql`, with incremental state.
use apitap_runtime::codegen as rt;
/// Operations `sync` can load: none.
pub const OPERATIONS: &[&str] = &[];
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
    let _ = (client, &args);
    Err("this API has no list operation whose records have tables".to_string())
}
