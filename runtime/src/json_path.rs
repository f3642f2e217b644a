//! Read one value out of a JSON body without decoding the rest.
//!
//! Pagination needs a field now and then that typed access cannot reach (it sits in a
//! `oneOf` branch). This walks the body once, skipping everything off the path.

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

/// The value at `path` (object keys) in the JSON `body`, if the body is JSON and has it.
pub fn json_path(body: &[u8], path: &[&str]) -> Option<Value> {
    let mut de = serde_json::Deserializer::from_slice(body);
    PathSeed { path }.deserialize(&mut de).ok().flatten()
}

struct PathSeed<'p> {
    path: &'p [&'p str],
}

impl<'de> DeserializeSeed<'de> for PathSeed<'_> {
    type Value = Option<Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        match self.path.split_first() {
            None => Value::deserialize(d).map(Some),
            Some((first, rest)) => d.deserialize_any(PathVisitor { key: first, rest }),
        }
    }
}

struct PathVisitor<'p> {
    key: &'p str,
    rest: &'p [&'p str],
}

/// A map key compared without allocating when the input allows borrowing.
struct Key(bool);

struct KeySeed<'p>(&'p str);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(Key(v == self.0))
    }
}

impl<'de> Visitor<'de> for PathVisitor<'_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(Key(hit)) = map.next_key_seed(KeySeed(self.key))? {
            if hit && found.is_none() {
                found = map.next_value_seed(PathSeed { path: self.rest })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_nested_values_and_skips_the_rest() {
        let body = br#"{"data":[{"id":1},{"id":2}],"links":{"pages":{"last":"l","next":"https://x/?page=2"}},"n":null}"#;
        assert_eq!(
            json_path(body, &["links", "pages", "next"]),
            Some(json!("https://x/?page=2"))
        );
        assert_eq!(json_path(body, &["links", "pages"]).unwrap()["last"], "l");
        assert_eq!(json_path(body, &["links", "missing"]), None);
        assert_eq!(json_path(body, &["data", "id"]), None);
        assert_eq!(json_path(body, &["n"]), Some(Value::Null));
        assert_eq!(json_path(b"not json", &["a"]), None);
        assert_eq!(json_path(br#"{"a\u0062":1}"#, &["ab"]), Some(json!(1)));
    }
}
