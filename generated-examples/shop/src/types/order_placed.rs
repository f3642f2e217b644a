/// Schema: `shop.yaml#/components/schemas/OrderPlaced`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderPlaced {
    pub id: String,
    pub type_: super::OrderPlacedType,
    pub total: Option<i64>,
}
impl serde::Serialize for OrderPlaced {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("type", &self.type_)?;
        out.optional("total", &self.total)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderPlaced {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderPlaced {
    const NAME: &'static str = "OrderPlaced";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __type_ = None;
        let mut __total = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "type" => __type_ = Some(map.next_value()?),
                "total" => __total = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(type_) = __type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self { id, type_, total: __total })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
