//! The `ledger` connector's `sync` (what its generated binary runs), built as a binary of this
//! package so the end-to-end tests can drive it as a process and kill it part-way.
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = ledger::sync::main_with_args(args).await;
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
