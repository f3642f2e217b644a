//! Untagged unions of the `constraints` connector (generated from specs/constraints.yaml):
//! a value decodes as the branch that keeps all of it, not the first branch that takes it.

use constraints::types::{OrderAmount, OrderGrouping};
use serde_json::{json, Value};

fn round_trip<
    T: apitap_runtime::codegen::serde::Serialize
        + apitap_runtime::codegen::serde::de::DeserializeOwned,
>(
    value: &Value,
) -> T {
    let decoded: T = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(&serde_json::to_value(&decoded).unwrap(), value);
    decoded
}

#[test]
fn a_settings_reference_is_not_taken_for_grouping_parameters() {
    // The first branch (parameters: a `type` enum, nothing required) takes any object: it
    // would keep `type` as unknown and drop `id`.
    let reference = json!({"type": "alert_grouping_setting_reference", "id": "PX1"});
    let decoded: OrderGrouping = round_trip(&reference);
    assert!(matches!(decoded, OrderGrouping::Variant2(_)), "{decoded:?}");
    // Parameters fit their own branch whole: the first branch, as before.
    let parameters = json!({"type": "time", "timeout": 5});
    let decoded: OrderGrouping = round_trip(&parameters);
    assert!(matches!(decoded, OrderGrouping::Variant1(_)), "{decoded:?}");
    // Neither branch is exact (an undeclared key): the one that keeps more.
    let decoded: OrderGrouping =
        serde_json::from_value(json!({"type": "time", "id": "PX1", "new_field": 1})).unwrap();
    assert!(matches!(decoded, OrderGrouping::Variant2(_)), "{decoded:?}");
}

#[test]
fn numbers_and_mismatches() {
    assert!(matches!(round_trip(&json!(3)), OrderAmount::Integer(3)));
    let decoded: OrderAmount = round_trip(&json!(2.5));
    assert!(matches!(decoded, OrderAmount::Number(_)), "{decoded:?}");
    let err = serde_json::from_value::<OrderGrouping>(json!("text")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum OrderGrouping"
    );
}
