/// Schema: `shop.yaml#/components/schemas/Card`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Card {
    pub id: String,
    pub object: super::CardObject,
    pub last4: String,
}
impl serde::Serialize for Card {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("object", &self.object)?;
        out.field("last4", &self.last4)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Card {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Card {
    const NAME: &'static str = "Card";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __object = None;
        let mut __last4 = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "object" => __object = Some(map.next_value()?),
                "last4" => __last4 = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = __object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(last4) = __last4 else {
            return Err(serde::de::Error::missing_field("last4"));
        };
        Ok(Self { id, object, last4 })
    }
}
/// Schema: `shop.yaml#/components/schemas/Card/properties/object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CardObject {
    /// `card`
    Card,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl CardObject {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CardObject {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for CardObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for CardObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CardObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
