//! `sync [STREAM] --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--streams a,b] [--list] [--param k=v]...`
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || apitap_runtime::codegen::SyncArgs::usage(
        env!("CARGO_BIN_NAME"),
        billing_v2::sync::OPERATIONS,
    );
    if args.is_empty() || args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{}", usage());
        return std::process::ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--list") {
        print!("{}", billing_v2::sync::list());
        return std::process::ExitCode::SUCCESS;
    }
    match billing_v2::sync::main_with_args(args).await {
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
