/// Schema: `constraints.yaml#/components/schemas/ImageRef`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageRef {
    pub url: Option<String>,
    pub file_id: Option<String>,
}
impl serde::Serialize for ImageRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("url", &self.url)?;
        out.optional("file_id", &self.file_id)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageRef {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ImageRef {
    const NAME: &'static str = "ImageRef";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "url" => out.url = map.next_value()?,
                "file_id" => out.file_id = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
