/// Schema: `shop.yaml#/components/schemas/ValidationError`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    pub message: String,
    pub fields: std::collections::BTreeMap<String, Vec<String>>,
}
impl serde::Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("message", &self.message)?;
        out.field("fields", &self.fields)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ValidationError {
    const NAME: &'static str = "ValidationError";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __message = None;
        let mut __fields = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "message" => __message = Some(map.next_value()?),
                "fields" => __fields = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(message) = __message else {
            return Err(serde::de::Error::missing_field("message"));
        };
        let Some(fields) = __fields else {
            return Err(serde::de::Error::missing_field("fields"));
        };
        Ok(Self { message, fields })
    }
}
