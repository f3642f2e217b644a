/// Schema: `shop.yaml#/components/schemas/OrderRefunded`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderRefunded {
    pub id: String,
    pub type_: super::OrderPlacedType,
    pub refund: Option<i64>,
}
impl serde::Serialize for OrderRefunded {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("type", &self.type_)?;
        out.optional("refund", &self.refund)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderRefunded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderRefunded {
    const NAME: &'static str = "OrderRefunded";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __type_ = None;
        let mut __refund = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "type" => __type_ = Some(map.next_value()?),
                "refund" => __refund = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(type_) = __type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self {
            id,
            type_,
            refund: __refund,
        })
    }
}
