/// Schema: `shop.yaml#/components/schemas/OrderPlaced`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderPlaced {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: super::OrderPlacedType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// Schema: `shop.yaml#/components/schemas/OrderEventBase/properties/type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderPlacedType {
    /// `order_placed`
    OrderPlaced,
    /// `order_refunded`
    OrderRefunded,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderPlacedType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderPlaced => "order_placed",
            Self::OrderRefunded => "order_refunded",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderPlacedType {
    fn from(value: &str) -> Self {
        match value {
            "order_placed" => Self::OrderPlaced,
            "order_refunded" => Self::OrderRefunded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderPlacedType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderPlacedType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderPlacedType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
