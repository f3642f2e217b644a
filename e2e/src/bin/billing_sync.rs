//! The `billing` connector's `sync` (what its generated binary runs), built as a binary of
//! this package so the end-to-end tests can see its exit status, stdout and stderr.
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = billing::sync::main_with_args(args).await;
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
