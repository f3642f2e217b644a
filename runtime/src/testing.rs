//! Helpers for the test suites apitap generates: the spec-example round-trip oracle.
//!
//! An example must decode into its generated type and encode back to the same JSON, up to
//! key order, `null` versus absent, and number representation (`1` and `1.0` are equal;
//! `f32` fields compare with single precision).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Where `actual` differs from `expected` (a JSON path and what differs), if anywhere.
pub fn json_difference(expected: &Value, actual: &Value) -> Option<String> {
    diff(expected, actual, "$")
}

fn diff(expected: &Value, actual: &Value, at: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                let av = a.get(k).unwrap_or(&Value::Null);
                if let Some(d) = diff(ev, av, &format!("{at}.{k}")) {
                    return Some(d);
                }
            }
            a.iter()
                .find(|(k, av)| !av.is_null() && !e.contains_key(*k))
                .map(|(k, _)| format!("{at}.{k}: not in the original, but in the re-encoded value"))
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Some(format!(
                    "{at}: {} items originally, {} re-encoded",
                    e.len(),
                    a.len()
                ));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .find_map(|(i, (ev, av))| diff(ev, av, &format!("{at}[{i}]")))
        }
        (Value::Number(e), Value::Number(a)) => {
            let (x, y) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            let close = x == y || ((x - y).abs() <= 1e-6 * x.abs().max(y.abs()));
            (!close).then(|| format!("{at}: {e} originally, {a} re-encoded"))
        }
        (e, a) if e == a => None,
        (e, a) => Some(format!(
            "{at}: {} originally, {} re-encoded",
            short(e),
            short(a)
        )),
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 120 {
        let mut end = 120;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("{}…", &s[..end])
    } else {
        s
    }
}

/// Decode `json` as `T` and encode it again: the first difference, or why it did not decode.
pub fn round_trip<T: DeserializeOwned + Serialize>(json: &str) -> Result<(), String> {
    let original: Value =
        serde_json::from_str(json).map_err(|e| format!("the example is not JSON: {e}"))?;
    let de = &mut serde_json::Deserializer::from_str(json);
    let typed: T = serde_path_to_error::deserialize(de).map_err(|e| {
        format!(
            "does not decode into {} at {}: {}",
            std::any::type_name::<T>(),
            e.path(),
            e.inner()
        )
    })?;
    let again = serde_json::to_value(&typed).map_err(|e| format!("does not encode again: {e}"))?;
    match json_difference(&original, &again) {
        Some(d) => Err(format!(
            "round trip through {} changed the value: {d}",
            std::any::type_name::<T>()
        )),
        None => Ok(()),
    }
}

/// [`round_trip`], panicking with the difference (for generated `#[test]`s).
pub fn assert_round_trip<T: DeserializeOwned + Serialize>(json: &str) {
    if let Err(e) = round_trip::<T>(json) {
        panic!("{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equivalence_ignores_order_nulls_and_number_form() {
        assert_eq!(
            json_difference(
                &json!({"a": 1, "b": null, "c": [1.0]}),
                &json!({"c": [1], "a": 1.0})
            ),
            None
        );
        assert_eq!(
            json_difference(&json!({"a": 0.1}), &json!({"a": 0.10000000149011612})),
            None,
            "f32 precision"
        );
        assert_eq!(
            json_difference(&json!({"a": {"b": "x"}}), &json!({"a": {"b": "y"}})).unwrap(),
            "$.a.b: \"x\" originally, \"y\" re-encoded"
        );
        assert_eq!(
            json_difference(&json!({"a": 1}), &json!({"a": 1, "z": 2})).unwrap(),
            "$.z: not in the original, but in the re-encoded value"
        );
        assert_eq!(
            json_difference(&json!({"a": 1, "lost": 2}), &json!({"a": 1})).unwrap(),
            "$.lost: 2 originally, null re-encoded"
        );
        assert!(json_difference(&json!([1, 2]), &json!([1]))
            .unwrap()
            .contains("2 items originally, 1 re-encoded"));
    }

    #[derive(serde::Serialize, serde::Deserialize)]
    struct Dropped {
        a: i64,
    }

    #[test]
    #[should_panic(expected = "$.b: true originally, null re-encoded")]
    fn round_trip_catches_dropped_fields() {
        assert_round_trip::<Dropped>(r#"{"a": 1, "b": true}"#);
    }

    #[test]
    #[should_panic(expected = "does not decode into")]
    fn round_trip_catches_decode_errors() {
        assert_round_trip::<Dropped>(r#"{"a": "one"}"#);
    }
}
