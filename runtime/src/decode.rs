//! Per-record lenient decoding for `sync`.
//!
//! One malformed record must not abort a load of millions: each record of a page is decoded on
//! its own, and a failure becomes a rejection (reason with the JSON path) that the sink keeps in
//! `_rejected` with the raw JSON, instead of a fatal decode error for the whole page.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// Decodes one record, or says why not: the reason names the JSON path inside the record
/// (`.` for the record itself).
pub(crate) fn decode_record<T: DeserializeOwned>(record: &Value) -> Result<T, String> {
    serde_path_to_error::deserialize::<_, T>(record)
        .map_err(|err| format!("at `{}`: {}", err.path(), err.inner()))
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
        let good = decode_record::<Rec>(&json!({"id": "a", "inner": {"n": 1}}));
        assert_eq!(good.unwrap().id, "a");
        let reason = decode_record::<Rec>(&json!({"id": "b", "inner": {"n": "x"}})).unwrap_err();
        assert!(reason.starts_with("at `inner.n`:"), "{reason}");
        let reason = decode_record::<Rec>(&json!(5)).unwrap_err();
        assert!(reason.starts_with("at `.`:"), "{reason}");
    }
}
