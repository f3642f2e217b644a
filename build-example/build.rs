//! Generates the `shop` client from `specs/shop.yaml` into `OUT_DIR` at every build where the
//! spec changed; `src/lib.rs` includes it.

fn main() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/shop.yaml");
    match apitap::Generator::from_path(spec).name("shop").build_rs() {
        Ok(embedded) => {
            for w in &embedded.generated.warnings {
                println!("cargo::warning={w}");
            }
        }
        Err(e) => panic!("generating the shop client: {e}"),
    }
}
