//! Flattening plans on specs/records.yaml (nesting, arrays of objects, depth limits, unions,
//! expandable fields, timestamps) and on Stripe's `Customer` and `Charge`, under snapshots.

mod common;
use common::*;

#[test]
fn records_schema_sql_and_plan() {
    let path = repo_root().join("specs/records.yaml");
    let g = generate(&path);
    insta::assert_snapshot!("records_schema_sql", &g.files["schema.sql"]);
    let plan = apitap::explain(&path, &apitap::Options::default())
        .unwrap()
        .tables(&[]);
    insta::assert_snapshot!("records_tables", plan);
    // What the snapshot shows, spelled out:
    for line in [
        "table order (primary key: id)",
        "shipping__address__city",
        "shipping__address__geo                   json?",
        "reference                                text? (scalar union)",
        "payload                                  json?",
        "customer                                 text?",
        "created                                  timestamp (unix time)",
        "updated_at                               timestamp?",
        "tags                                     json?",
        "table order__lines (primary key: _root_id, _index, child of order at `lines`)",
        "table order__lines__discounts (primary key: _root_id, _index1, _index, child of order__lines at `lines.discounts`)",
        "rules                                    json?",
    ] {
        assert!(plan.contains(line), "missing `{line}` in:\n{plan}");
    }
}

#[test]
fn stripe_customer_and_charge_plans() {
    let path = repo_root().join("../shared/specs/stripe/spec3.json");
    if !path.exists() {
        eprintln!("../shared/specs is not beside the project; skipping the Stripe table plans");
        return;
    }
    let plan = apitap::explain(&path, &apitap::Options::default())
        .unwrap()
        .tables(&["Customer".into(), "Charge".into()]);
    insta::assert_snapshot!("stripe_customer_charge_tables", plan);
    assert!(plan.contains("table customer (primary key: id)"), "{plan}");
    assert!(
        plan.contains("customer                                 text? (id of union)"),
        "expandable customer on Charge is its id:\n{plan}"
    );
}

#[test]
fn tables_config_changes_depth_scalar_arrays_and_keys() {
    let root = repo_root();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("apitap.toml");
    std::fs::write(&config, "[tables]\nmax_depth = 1\nscalar_arrays = \"table\"\n[tables.primary_key]\nOrder = \"created\"\n").unwrap();
    let opts = apitap::Options {
        config: Some(config.clone()),
        ..Default::default()
    };
    let plan = apitap::explain(&root.join("specs/records.yaml"), &opts)
        .unwrap()
        .tables(&[]);
    assert!(
        plan.contains("table order (primary key: created)"),
        "{plan}"
    );
    assert!(
        plan.contains("shipping                                 json?"),
        "depth 1 keeps nested objects whole:\n{plan}"
    );
    assert!(
        plan.contains(
            "table order__tags (primary key: _root_id, _index, child of order at `tags`)"
        ),
        "{plan}"
    );
    assert!(
        plan.contains("value                                    text"),
        "{plan}"
    );
    let g = apitap::generate(&root.join("specs/records.yaml"), &opts).unwrap();
    assert!(
        g.files["schema.sql"].contains("\"_root_id\" BIGINT NOT NULL"),
        "the root key is an integer now:\n{}",
        g.files["schema.sql"]
    );

    for (toml, expected) in [
        (
            "[tables]\nscalar_arrays = \"rows\"\n",
            "expected `json` or `table`, found `rows`",
        ),
        (
            "[tables.primary_key]\nNope = \"id\"\n",
            "Nope: no generated type has this name",
        ),
        (
            "[tables.primary_key]\nOrder = \"nope\"\n",
            "Order: the type has no field `nope`",
        ),
        ("[tables]\ndepth = 2\n", "unknown field `depth`"),
    ] {
        std::fs::write(&config, toml).unwrap();
        let err = apitap::generate(&root.join("specs/records.yaml"), &opts)
            .unwrap_err()
            .to_string();
        assert!(err.contains(expected), "{toml}: {err}");
    }
}
