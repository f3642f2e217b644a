//! Per-record lenient decoding for `sync`.
//!
//! One malformed record must not abort a load of millions: each record of a page is decoded on
//! its own, and a failure becomes a rejection (reason with the JSON path, plus the raw JSON)
//! that the sink keeps in `_rejected`, instead of a fatal decode error for the whole page.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes each record of a page on its own: `Ok(record)` or `Err((reason, raw_json))`, where
/// the reason names the JSON path inside the record (`.` for the record itself).
pub fn decode_records<T: DeserializeOwned>(
    page_records: Vec<Value>,
) -> Vec<Result<T, (String, String)>> {
    page_records.into_iter().map(decode_one).collect()
}

fn decode_one<T: DeserializeOwned>(record: Value) -> Result<T, (String, String)> {
    match serde_path_to_error::deserialize::<_, T>(&record) {
        Ok(value) => Ok(value),
        Err(err) => {
            let path = err.path().to_string();
            let reason = format!("at `{path}`: {}", err.inner());
            Err((reason, record.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Rec {
        id: String,
        inner: Inner,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        n: i64,
    }

    #[test]
    fn bad_records_are_rejected_alone() {
        let out = decode_records::<Rec>(vec![
            json!({"id": "a", "inner": {"n": 1}}),
            json!({"id": "b", "inner": {"n": "x"}}),
            json!(5),
        ]);
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_ref().unwrap().id, "a");
        let (reason, raw) = out[1].as_ref().unwrap_err();
        assert!(reason.starts_with("at `inner.n`:"), "{reason}");
        assert_eq!(raw, r#"{"id":"b","inner":{"n":"x"}}"#);
        let (reason, raw) = out[2].as_ref().unwrap_err();
        assert!(reason.starts_with("at `.`:"), "{reason}");
        assert_eq!(raw, "5");
    }
}
