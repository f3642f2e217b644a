//! Generated structs to and from JSON objects.
//!
//! serde's derived `Deserialize` writes, for every struct, a field-name enum with its own
//! visitor, a map visitor, a sequence visitor (structs from arrays, which no API sends) and
//! duplicate checks: on a spec of 600 structs that was over half of the crate's `cargo check`.
//! A generated struct instead implements [`DecodeObject`], one match on the key with one arm
//! per field, and its `Deserialize` calls [`decode_object`]; its `Serialize` is one
//! [`ObjectWriter`] call per field. What is the same for every struct (the visitor, keys,
//! skipping, missing fields, absent options, other properties) lives here once.
//!
//! What it decodes is what the derive decoded from JSON objects: unknown keys are skipped,
//! `null` or an absent key is `None` for an `Option` field, an absent required field is
//! serde's "missing field" error. A repeated key keeps its last value, as `serde_json::Value`
//! does, where the derive refused it. What it writes is what the derive wrote: an optional
//! field only when set, a nullable one as `null`, other properties after the declared ones.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A generated struct, read entry by entry from an object.
pub trait DecodeObject<'de>: Sized {
    /// The type's name, for "expected" in errors.
    const NAME: &'static str;

    /// Reads every entry of `map` into the struct.
    fn decode<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// The body of a generated struct's `Deserialize::deserialize`: an object, decoded by the
/// struct's [`DecodeObject`].
pub fn decode_object<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: DecodeObject<'de>,
    D: Deserializer<'de>,
{
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: DecodeObject<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::decode(map)
    }
}

/// An object's key, borrowed from the input where the input allows (no escapes).
pub struct Key<'de>(Cow<'de, str>);

impl<'de> Key<'de> {
    /// The key's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key, owned.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }

    /// Reads the key's value from `map` into `other` (a struct's map of the properties its
    /// schema does not declare).
    pub fn insert_into<A, T>(
        self,
        other: &mut BTreeMap<String, T>,
        map: &mut A,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: Deserialize<'de>,
    {
        let value = map.next_value()?;
        other.insert(self.into_string(), value);
        Ok(())
    }
}

impl fmt::Debug for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v)))
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Key<'de>, E> {
        match std::str::from_utf8(v) {
            Ok(s) => Ok(Key(Cow::Borrowed(s))),
            Err(_) => Ok(Key(Cow::Owned(String::from_utf8_lossy(v).into_owned()))),
        }
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(String::from_utf8_lossy(v).into_owned())))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(v.to_string())))
    }
}

/// Reads and drops the value of a key the struct does not declare: a misfit, should the
/// struct be a branch of an untagged union (see [`crate::untagged`]).
pub fn skip_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    crate::untagged::dropped();
    map.next_value::<IgnoredAny>().map(drop)
}

/// The body of a generated struct's `Serialize::serialize`: an object, one entry per field.
pub struct ObjectWriter<M>(M);

impl<M: SerializeMap> ObjectWriter<M> {
    /// Starts the object.
    pub fn start<S>(serializer: S) -> Result<Self, S::Error>
    where
        S: Serializer<SerializeMap = M, Error = M::Error>,
    {
        serializer.serialize_map(None).map(ObjectWriter)
    }

    /// A field that is always written (a nullable one as `null`).
    pub fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), M::Error> {
        self.0.serialize_entry(key, value)
    }

    /// An optional field: written only when set.
    pub fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) -> Result<(), M::Error> {
        match value {
            Some(value) => self.0.serialize_entry(key, value),
            None => Ok(()),
        }
    }

    /// The struct's other properties (those its schema does not declare).
    pub fn extra<T: Serialize>(&mut self, other: &BTreeMap<String, T>) -> Result<(), M::Error> {
        other
            .iter()
            .try_for_each(|(key, value)| self.0.serialize_entry(key, value))
    }

    /// Ends the object.
    pub fn end(self) -> Result<M::Ok, M::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// What the generator writes for a struct with a required field, an optional one, a
    /// renamed one and a map of other properties.
    #[derive(Debug, PartialEq)]
    struct Pet {
        id: i64,
        tag: Option<String>,
        kind: Option<String>,
        other: BTreeMap<String, serde_json::Value>,
    }

    impl<'de> Deserialize<'de> for Pet {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    impl<'de> DecodeObject<'de> for Pet {
        const NAME: &'static str = "Pet";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut __id = None;
            let mut __tag = None;
            let mut __kind = None;
            let mut __other = BTreeMap::new();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "id" => __id = Some(map.next_value()?),
                    "tag" => __tag = map.next_value()?,
                    "type" => __kind = map.next_value()?,
                    _ => key.insert_into(&mut __other, &mut map)?,
                }
            }
            let Some(id) = __id else {
                return Err(de::Error::missing_field("id"));
            };
            Ok(Pet {
                id,
                tag: __tag,
                kind: __kind,
                other: __other,
            })
        }
    }

    impl Serialize for Pet {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut out = ObjectWriter::start(serializer)?;
            out.field("id", &self.id)?;
            out.field("tag", &self.tag)?;
            out.optional("type", &self.kind)?;
            out.extra(&self.other)?;
            out.end()
        }
    }

    /// Only declared fields: unknown keys skipped.
    #[derive(Debug, PartialEq, Default)]
    struct Tag {
        name: Option<String>,
    }

    impl<'de> Deserialize<'de> for Tag {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    impl<'de> DecodeObject<'de> for Tag {
        const NAME: &'static str = "Tag";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut out = Self::default();
            while let Some(key) = map.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "name" => out.name = map.next_value()?,
                    _ => skip_value(&mut map)?,
                }
            }
            Ok(out)
        }
    }

    #[test]
    fn fields_absent_null_renamed_and_other_properties() {
        let pet: Pet =
            serde_json::from_str(r#"{"id": 7, "tag": null, "type": "cat", "x\"y": [1]}"#).unwrap();
        assert_eq!(
            pet,
            Pet {
                id: 7,
                tag: None,
                kind: Some("cat".into()),
                other: [("x\"y".to_owned(), json!([1]))].into(),
            }
        );
        let tag: Tag =
            serde_json::from_str(r#"{"other": {"deep": [1, {"a": 2}]}, "name": "x"}"#).unwrap();
        assert_eq!(tag.name.as_deref(), Some("x"));
        let tag: Tag = serde_json::from_value(json!({})).unwrap();
        assert_eq!(tag, Tag::default());
    }

    #[test]
    fn written_as_the_derive_wrote_them() {
        let pet = Pet {
            id: 1,
            tag: None,
            kind: None,
            other: [("z".to_owned(), json!(true))].into(),
        };
        // A nullable field is written as null, an unset optional one not at all.
        assert_eq!(
            serde_json::to_string(&pet).unwrap(),
            r#"{"id":1,"tag":null,"z":true}"#
        );
        let pet = Pet {
            kind: Some("dog".into()),
            ..pet
        };
        let value = serde_json::to_value(&pet).unwrap();
        assert_eq!(
            value,
            json!({"id": 1, "tag": null, "type": "dog", "z": true})
        );
        assert_eq!(serde_json::from_value::<Pet>(value).unwrap(), pet);
    }

    #[test]
    fn errors_say_what_and_where() {
        let err = serde_json::from_str::<Pet>(r#"{"tag": "a"}"#).unwrap_err();
        assert!(err.to_string().starts_with("missing field `id`"), "{err}");
        let err = serde_json::from_str::<Pet>("[7]").unwrap_err();
        assert!(err.to_string().contains("expected struct Pet"), "{err}");
        let value = json!({"id": 1, "tag": 5});
        let err = serde_path_to_error::deserialize::<_, Pet>(&value).unwrap_err();
        assert_eq!(err.path().to_string(), "tag");
        let err = serde_path_to_error::deserialize::<_, Vec<Pet>>(&json!([{"id": 1}, {"id": "x"}]))
            .unwrap_err();
        assert_eq!(err.path().to_string(), "[1].id");
    }

    #[test]
    fn from_owned_and_borrowed_values_and_inside_untagged_unions() {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Either {
            Pet(Pet),
            List(Vec<i64>),
        }
        let owned: Pet = serde_json::from_value(json!({"id": 2, "k": "v"})).unwrap();
        assert_eq!(owned.other["k"], json!("v"));
        let value = json!({"id": 3});
        let borrowed = Pet::deserialize(&value).unwrap();
        assert_eq!(borrowed.id, 3);
        // An array is not taken for a struct by position.
        match serde_json::from_str::<Either>("[1]").unwrap() {
            Either::List(list) => assert_eq!(list, [1]),
            Either::Pet(pet) => panic!("{pet:?}"),
        }
        match serde_json::from_str::<Either>(r#"{"id": 1}"#).unwrap() {
            Either::Pet(pet) => assert_eq!(pet.id, 1),
            Either::List(list) => panic!("{list:?}"),
        }
    }
}
