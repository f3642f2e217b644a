/// Schema: `shop.yaml#/components/schemas/DeliveryWindow`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeliveryWindow {
    pub from: String,
    pub to: Option<String>,
}
impl serde::Serialize for DeliveryWindow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("from", &self.from)?;
        out.optional("to", &self.to)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeliveryWindow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for DeliveryWindow {
    const NAME: &'static str = "DeliveryWindow";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __from = None;
        let mut __to = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "from" => __from = Some(map.next_value()?),
                "to" => __to = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(from) = __from else {
            return Err(serde::de::Error::missing_field("from"));
        };
        Ok(Self { from, to: __to })
    }
}
