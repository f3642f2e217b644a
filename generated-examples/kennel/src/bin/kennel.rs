//! `sync [STREAM] --to sqlite:PATH|postgres://...|jsonl:DIR|csv:DIR [--streams a,b] [--list] [--status] [--param k=v]...`
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    apitap_runtime::codegen::block_on_cli(kennel::sync::main_with_args(args))
}
