//! Generates the `shop` client from `specs/shop.yaml` into `OUT_DIR` at every build where the
//! spec changed; `src/lib.rs` includes it.

fn main() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/shop.yaml");
    // Writes the code into OUT_DIR, and prints what Cargo needs (the files to watch) and the
    // generation's warnings.
    if let Err(e) = apitap::Generator::from_path(spec).name("shop").build_rs() {
        panic!("generating the shop client: {e}");
    }
}
