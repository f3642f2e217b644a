/// Schema: `shop.yaml#/components/schemas/OrderEventBase`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderEventBase {
    pub id: String,
    pub type_: super::OrderPlacedType,
}
impl serde::Serialize for OrderEventBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("type", &self.type_)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderEventBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderEventBase {
    const NAME: &'static str = "OrderEventBase";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __type_ = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "type" => __type_ = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(type_) = __type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self { id, type_ })
    }
}
