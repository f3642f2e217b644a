/// Schema: `constraints.yaml#/components/schemas/NewOrder`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOrder {
    pub email: String,
    pub quantity: i64,
    pub tags: Vec<String>,
    pub code: super::Code,
    pub channel: Option<super::NewOrderChannel>,
    pub images: Vec<super::ImageRef>,
    pub mask: Option<super::ImageRef>,
    pub delivery: super::NewOrderDelivery,
}
impl serde::Serialize for NewOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("email", &self.email)?;
        out.field("quantity", &self.quantity)?;
        out.field("tags", &self.tags)?;
        out.field("code", &self.code)?;
        out.optional("channel", &self.channel)?;
        out.field("images", &self.images)?;
        out.optional("mask", &self.mask)?;
        out.field("delivery", &self.delivery)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for NewOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for NewOrder {
    const NAME: &'static str = "NewOrder";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __email = None;
        let mut __quantity = None;
        let mut __tags = None;
        let mut __code = None;
        let mut __channel = None;
        let mut __images = None;
        let mut __mask = None;
        let mut __delivery = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "email" => __email = Some(map.next_value()?),
                "quantity" => __quantity = Some(map.next_value()?),
                "tags" => __tags = Some(map.next_value()?),
                "code" => __code = Some(map.next_value()?),
                "channel" => __channel = map.next_value()?,
                "images" => __images = Some(map.next_value()?),
                "mask" => __mask = map.next_value()?,
                "delivery" => __delivery = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(email) = __email else {
            return Err(serde::de::Error::missing_field("email"));
        };
        let Some(quantity) = __quantity else {
            return Err(serde::de::Error::missing_field("quantity"));
        };
        let Some(tags) = __tags else {
            return Err(serde::de::Error::missing_field("tags"));
        };
        let Some(code) = __code else {
            return Err(serde::de::Error::missing_field("code"));
        };
        let Some(images) = __images else {
            return Err(serde::de::Error::missing_field("images"));
        };
        let Some(delivery) = __delivery else {
            return Err(serde::de::Error::missing_field("delivery"));
        };
        Ok(Self {
            email,
            quantity,
            tags,
            code,
            channel: __channel,
            images,
            mask: __mask,
            delivery,
        })
    }
}
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/channel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NewOrderChannel {
    /// `web`
    Web,
    /// `store`
    Store,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl NewOrderChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "web",
            Self::Store => "store",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NewOrderChannel {
    fn from(value: &str) -> Self {
        match value {
            "web" => Self::Web,
            "store" => Self::Store,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for NewOrderChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NewOrderChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderChannel {
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
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/delivery`.
#[derive(Debug, Clone, PartialEq)]
pub enum NewOrderDelivery {
    Variant1(super::NewOrderDeliveryVariant1),
    Variant2(super::NewOrderDeliveryVariant2),
}
impl serde::Serialize for NewOrderDelivery {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Variant1(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderDelivery {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "NewOrderDelivery",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Variant1),
                |v| serde::Deserialize::deserialize(v).map(Self::Variant2),
            ],
            &[],
        )
    }
}
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/delivery/oneOf/0`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewOrderDeliveryVariant1 {
    pub kind: Option<super::NewOrderDeliveryVariant1Kind>,
}
impl serde::Serialize for NewOrderDeliveryVariant1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("kind", &self.kind)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderDeliveryVariant1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for NewOrderDeliveryVariant1 {
    const NAME: &'static str = "NewOrderDeliveryVariant1";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "kind" => out.kind = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/delivery/oneOf/0/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NewOrderDeliveryVariant1Kind {
    /// `pickup`
    Pickup,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl NewOrderDeliveryVariant1Kind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pickup => "pickup",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NewOrderDeliveryVariant1Kind {
    fn from(value: &str) -> Self {
        match value {
            "pickup" => Self::Pickup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for NewOrderDeliveryVariant1Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NewOrderDeliveryVariant1Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderDeliveryVariant1Kind {
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
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/delivery/oneOf/1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewOrderDeliveryVariant2 {
    pub kind: Option<String>,
    pub address: Option<String>,
}
impl serde::Serialize for NewOrderDeliveryVariant2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("kind", &self.kind)?;
        out.optional("address", &self.address)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderDeliveryVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for NewOrderDeliveryVariant2 {
    const NAME: &'static str = "NewOrderDeliveryVariant2";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "kind" => out.kind = map.next_value()?,
                "address" => out.address = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
