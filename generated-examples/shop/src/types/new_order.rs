/// Schema: `shop.yaml#/components/schemas/NewOrder`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOrder {
    pub customer: Option<String>,
    pub items: Vec<super::LineItem>,
    pub note: Option<super::NewOrderNote>,
}
impl serde::Serialize for NewOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("customer", &self.customer)?;
        out.field("items", &self.items)?;
        out.optional("note", &self.note)?;
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
        let mut __customer = None;
        let mut __items = None;
        let mut __note = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "customer" => __customer = map.next_value()?,
                "items" => __items = Some(map.next_value()?),
                "note" => __note = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(items) = __items else {
            return Err(serde::de::Error::missing_field("items"));
        };
        Ok(Self {
            customer: __customer,
            items,
            note: __note,
        })
    }
}
/// Schema: `shop.yaml#/components/schemas/NewOrder/properties/note`.
#[derive(Debug, Clone, PartialEq)]
pub enum NewOrderNote {
    Integer(i64),
    String(String),
}
impl serde::Serialize for NewOrderNote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::String(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderNote {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "NewOrderNote",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Integer),
                |v| serde::Deserialize::deserialize(v).map(Self::String),
            ],
            &[],
        )
    }
}
