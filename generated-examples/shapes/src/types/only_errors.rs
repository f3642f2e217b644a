/// Schema: `shapes.yaml#/paths/~1shapes~1only-errors/get/responses/404/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct OnlyErrorsStatus404 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
impl<'de> serde::Deserialize<'de> for OnlyErrorsStatus404 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OnlyErrorsStatus404 {
    const NAME: &'static str = "OnlyErrorsStatus404";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "error" => out.error = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
