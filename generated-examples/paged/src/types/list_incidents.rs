/// Schema: `paged.yaml#/paths/~1offset~1incidents/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListIncidentsResponse {
    pub incidents: Option<Vec<super::Event>>,
    pub more: Option<bool>,
    pub total: Option<i64>,
}
impl serde::Serialize for ListIncidentsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("incidents", &self.incidents)?;
        out.optional("more", &self.more)?;
        out.optional("total", &self.total)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListIncidentsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListIncidentsResponse {
    const NAME: &'static str = "ListIncidentsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "incidents" => out.incidents = map.next_value()?,
                "more" => out.more = map.next_value()?,
                "total" => out.total = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
