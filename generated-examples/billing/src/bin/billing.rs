//! `sync [STREAM] --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--streams a,b] [--list] [--status] [--param k=v]...`
#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = billing::sync::main_with_args(args).await;
    std::process::ExitCode::from(u8::try_from(code).unwrap_or(1))
}
