//! Small value types that generated models use.

use std::fmt;

use bytes::Bytes;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A Stripe-style expandable field (`anyOf: [string, Object]`): the id, or the full object
/// when the request asked to expand it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Expandable<T> {
    /// Only the id.
    Id(String),
    /// The expanded object.
    Object(Box<T>),
}

impl<T> Expandable<T> {
    /// The id when not expanded (the object's id is type-specific, so `None` then).
    pub fn id(&self) -> Option<&str> {
        match self {
            Expandable::Id(id) => Some(id),
            Expandable::Object(_) => None,
        }
    }

    /// The expanded object, if present.
    pub fn as_object(&self) -> Option<&T> {
        match self {
            Expandable::Object(o) => Some(o),
            Expandable::Id(_) => None,
        }
    }

    /// Takes the expanded object, if present.
    pub fn into_object(self) -> Option<T> {
        match self {
            Expandable::Object(o) => Some(*o),
            Expandable::Id(_) => None,
        }
    }
}

/// Decodes a field held as JSON (a *deferred* field: its type is compiled with other cargo
/// features than its struct) into its typed form.
pub fn decode_deferred<T: serde::de::DeserializeOwned>(
    value: &impl Serialize,
) -> Result<T, serde_json::Error> {
    serde_json::from_value(serde_json::to_value(value)?)
}

/// Binary payload (`format: binary`). Serializes as a string when it is valid UTF-8 (what
/// JSON can carry), else as bytes; deserializes from a string, bytes or a byte array.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Binary(pub Bytes);

impl Binary {
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Binary({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Binary {
    fn from(v: Vec<u8>) -> Self {
        Binary(Bytes::from(v))
    }
}

impl From<Bytes> for Binary {
    fn from(b: Bytes) -> Self {
        Binary(b)
    }
}

impl From<Binary> for Bytes {
    fn from(b: Binary) -> Self {
        b.0
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(&self.0) {
            Ok(text) => s.serialize_str(text),
            Err(_) => s.serialize_bytes(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BinaryVisitor;

        impl<'de> Visitor<'de> for BinaryVisitor {
            type Value = Binary;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or bytes")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Binary, E> {
                Ok(Binary(Bytes::copy_from_slice(v.as_bytes())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Binary, E> {
                Ok(Binary(Bytes::from(v)))
            }

            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Binary, E> {
                Ok(Binary(Bytes::copy_from_slice(v)))
            }

            fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Binary, E> {
                Ok(Binary(Bytes::from(v)))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Binary, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
                while let Some(b) = seq.next_element::<u8>()? {
                    out.push(b);
                }
                Ok(Binary(Bytes::from(out)))
            }
        }

        d.deserialize_any(BinaryVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct Customer {
        id: String,
        email: String,
    }

    #[test]
    fn expandable_id_or_object() {
        let id: Expandable<Customer> = serde_json::from_value(json!("cus_1")).unwrap();
        assert_eq!(id.id(), Some("cus_1"));
        assert!(id.as_object().is_none());
        let obj: Expandable<Customer> =
            serde_json::from_value(json!({"id": "cus_1", "email": "a@b.c"})).unwrap();
        assert_eq!(obj.id(), None);
        assert_eq!(obj.as_object().map(|c| c.email.as_str()), Some("a@b.c"));
        assert_eq!(
            serde_json::to_value(&obj).unwrap(),
            json!({"id": "cus_1", "email": "a@b.c"})
        );
        assert_eq!(obj.into_object().unwrap().id, "cus_1");
    }

    #[test]
    fn a_deferred_expandable_decodes_to_its_typed_form() {
        let held: Vec<Option<Expandable<serde_json::Value>>> = serde_json::from_value(json!([
            "cus_1",
            {"id": "cus_2", "email": "a@b.c"},
            null
        ]))
        .unwrap();
        assert_eq!(held[0].as_ref().and_then(Expandable::id), Some("cus_1"));
        let typed: Vec<Option<Expandable<Customer>>> = decode_deferred(&held).unwrap();
        assert_eq!(typed[0].as_ref().and_then(Expandable::id), Some("cus_1"));
        let c = typed[1].as_ref().and_then(Expandable::as_object).unwrap();
        assert_eq!((c.id.as_str(), c.email.as_str()), ("cus_2", "a@b.c"));
        assert!(typed[2].is_none());
        // An object that is not the type is an error, not a silent `None`.
        let wrong: Expandable<serde_json::Value> =
            serde_json::from_value(json!({"id": "cus_3"})).unwrap();
        assert!(decode_deferred::<Expandable<Customer>>(&wrong).is_err());
    }

    #[test]
    fn binary_round_trips() {
        let text = Binary::from(b"hello".to_vec());
        assert_eq!(serde_json::to_value(&text).unwrap(), json!("hello"));
        assert_eq!(
            serde_json::from_value::<Binary>(json!("hello")).unwrap(),
            text
        );
        let raw = Binary::from(vec![0xff, 0x00, 0x01]);
        let v = serde_json::to_value(&raw).unwrap();
        assert_eq!(v, json!([255, 0, 1]));
        assert_eq!(serde_json::from_value::<Binary>(v).unwrap(), raw);
        assert_eq!(format!("{raw:?}"), "Binary(3 bytes)");
    }
}
