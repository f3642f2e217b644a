/// Schema: `shapes.yaml#/paths/~1shapes~1only-default/get/responses/default/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OnlyDefaultDefaultResponse {
    pub message: Option<String>,
}
impl serde::Serialize for OnlyDefaultDefaultResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("message", &self.message)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OnlyDefaultDefaultResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OnlyDefaultDefaultResponse {
    const NAME: &'static str = "OnlyDefaultDefaultResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "message" => out.message = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
