/// Schema: `records.yaml#/paths/~1returns/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListReturnsResponse {
    pub data: Vec<super::Order>,
    pub has_more: bool,
}
impl serde::Serialize for ListReturnsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.field("has_more", &self.has_more)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReturnsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListReturnsResponse {
    const NAME: &'static str = "ListReturnsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __data = None;
        let mut __has_more = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => __data = Some(map.next_value()?),
                "has_more" => __has_more = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(data) = __data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(has_more) = __has_more else {
            return Err(serde::de::Error::missing_field("has_more"));
        };
        Ok(Self { data, has_more })
    }
}
