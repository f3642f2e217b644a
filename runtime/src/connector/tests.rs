//! Unit tests of connector runs.

use super::*;

#[test]
fn parameters_are_found_parsed_and_named_when_wrong() {
    let params = vec![
        ("customer".to_string(), "cus_1".to_string()),
        ("limit".to_string(), "50".to_string()),
        ("ids".to_string(), "[1, 2]".to_string()),
    ];
    assert_eq!(required_param(&params, "customer"), Ok("cus_1"));
    let missing = required_param(&params, "account").unwrap_err();
    assert_eq!(missing.to_string(), "this stream needs --param account=...");
    // JSON when it parses as such, else the text itself.
    assert_eq!(param_value::<i64>("limit", "50"), Ok(50));
    assert_eq!(param_value::<Vec<i64>>("ids", "[1, 2]"), Ok(vec![1, 2]));
    assert_eq!(
        param_value::<String>("customer", "cus_1"),
        Ok("cus_1".to_string())
    );
    assert_eq!(param_value::<String>("name", "42"), Ok("42".to_string()));
    let bad = param_value::<i64>("limit", "fifty").unwrap_err();
    assert!(
        matches!(&bad, OpenError::InvalidParam { param, value, .. } if param == "limit" && value == "fifty"),
        "{bad:?}"
    );
    assert!(
        bad.to_string().starts_with("--param limit=fifty: "),
        "{bad}"
    );
}

const fn spec(
    name: &'static str,
    parent: Option<&'static str>,
    partition: &'static [PartitionParam],
) -> StreamSpec {
    StreamSpec {
        name,
        enabled: true,
        tables: &[],
        parent,
        partition,
        needs: &[],
        accepts: &[],
        cursor: None,
        since_param: None,
        pagination: "",
        page_size: None,
        selected: false,
        reason: "",
        children_of_changed: false,
        write: WriteMode::Merge,
        contract: Contract::Evolve,
        lookback: None,
        checks: Checks::NONE,
    }
}

static SPECS: &[StreamSpec] = &[
    spec("owners", None, &[]),
    spec(
        "pets",
        Some("owners"),
        &[
            PartitionParam {
                name: "owner",
                source: ParamSource::Field(&["owner"]),
                column: None,
            },
            PartitionParam {
                name: "color",
                source: ParamSource::Values(&["red", "blue"]),
                column: Some(3),
            },
        ],
    ),
];

#[test]
fn child_partitions_from_a_record_and_value_lists() {
    let args = SyncArgs {
        all: true,
        ..SyncArgs::default()
    };
    let plan = SyncPlan::new(SPECS, &args).unwrap();
    let pets = plan.entries.iter().position(|e| e.stream == 1).unwrap();
    let p = |k: &str, v: &str| (k.to_string(), v.to_string());
    let parts = child_params(&plan, pets, &serde_json::json!({"owner": 7}), &[]).unwrap();
    assert_eq!(
        parts,
        vec![
            vec![p("owner", "7"), p("color", "red")],
            vec![p("owner", "7"), p("color", "blue")]
        ]
    );
    assert_eq!(
        child_columns(&plan, pets, &parts[1]),
        vec![(3, Cell::Text("blue".into()))]
    );
    // An expanded object stands for its id; a missing key is named.
    let parts = child_params(
        &plan,
        pets,
        &serde_json::json!({"owner": {"id": "o_1"}}),
        &[],
    )
    .unwrap();
    assert_eq!(parts[0][0], p("owner", "o_1"));
    assert_eq!(
        child_params(&plan, pets, &serde_json::json!({"name": "x"}), &[]).unwrap_err(),
        "owner"
    );
}

#[test]
fn keys_and_shards() {
    assert_eq!(partition_key("s", &[]), "s");
    assert_eq!(
        partition_key("s", &[("b".into(), "x&y".into()), ("a".into(), "1".into())]),
        "s?a=1&b=x%26y"
    );
    let keys: Vec<String> = (0..200).map(|i| format!("c?id={i}")).collect();
    let owned = |k: u32| {
        keys.iter()
            .filter(|key| shard_owns(Some((k, 3)), key))
            .count()
    };
    assert_eq!(owned(1) + owned(2) + owned(3), 200);
    assert!(owned(1) > 30 && owned(2) > 30 && owned(3) > 30);
    assert!(keys
        .iter()
        .all(|k| shard_owns(None, k) && shard_owns(Some((1, 1)), k)));
    // Stable across builds: a fixed value.
    assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
}
