/// Schema: `paged.yaml#/paths/~1next-url~1calls/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListCallsResponse {
    pub calls: Option<Vec<super::Event>>,
    pub next_page_uri: Option<String>,
}
impl serde::Serialize for ListCallsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("calls", &self.calls)?;
        out.optional("next_page_uri", &self.next_page_uri)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCallsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListCallsResponse {
    const NAME: &'static str = "ListCallsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "calls" => out.calls = map.next_value()?,
                "next_page_uri" => out.next_page_uri = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
