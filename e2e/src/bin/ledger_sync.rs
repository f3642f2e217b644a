//! The `ledger` connector's `sync` (what its generated binary runs), built as a binary of this
//! package so the end-to-end tests can drive it as a process and kill it part-way.
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match ledger::sync::main_with_args(args).await {
        Ok(report) => {
            println!("{report}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
