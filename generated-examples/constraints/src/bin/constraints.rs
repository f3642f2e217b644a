//! `sync <operation> --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--since V] [--param k=v]...`
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        println!(
            "{}", apitap_runtime::codegen::SyncArgs::usage(env!("CARGO_BIN_NAME"),
            constraints::sync::OPERATIONS)
        );
        return std::process::ExitCode::SUCCESS;
    }
    match constraints::sync::main_with_args(args).await {
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
