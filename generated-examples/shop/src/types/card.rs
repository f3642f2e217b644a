/// Schema: `shop.yaml#/components/schemas/Card`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Card {
    pub id: String,
    pub object: super::CardObject,
    pub last4: String,
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
        Ok(Self::from(value.as_ref()))
    }
}
