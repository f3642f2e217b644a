/// Schema: `shapes.yaml#/paths/~1shapes~1several-successes/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SeveralSuccessesResponse {
    pub created: Option<bool>,
}
impl serde::Serialize for SeveralSuccessesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("created", &self.created)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for SeveralSuccessesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for SeveralSuccessesResponse {
    const NAME: &'static str = "SeveralSuccessesResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "created" => out.created = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
