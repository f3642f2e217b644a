/// Schema: `paged.yaml#/paths/~1cursor~1events/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ListEventsCursorResponse {
    pub events: Vec<super::Event>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_metadata: Option<super::ListEventsCursorResponseResponseMetadata>,
}
impl<'de> serde::Deserialize<'de> for ListEventsCursorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListEventsCursorResponse {
    const NAME: &'static str = "ListEventsCursorResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __events = None;
        let mut __response_metadata = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "events" => __events = Some(map.next_value()?),
                "response_metadata" => __response_metadata = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(events) = __events else {
            return Err(serde::de::Error::missing_field("events"));
        };
        Ok(Self {
            events,
            response_metadata: __response_metadata,
        })
    }
}
/// Schema: `paged.yaml#/paths/~1cursor~1events/get/responses/200/content/application~1json/schema/properties/response_metadata`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListEventsCursorResponseResponseMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
impl<'de> serde::Deserialize<'de> for ListEventsCursorResponseResponseMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de>
for ListEventsCursorResponseResponseMetadata {
    const NAME: &'static str = "ListEventsCursorResponseResponseMetadata";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "next_cursor" => out.next_cursor = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
