/// Schema: `paged.yaml#/paths/~1cursor~1events/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventsCursorResponse {
    pub events: Vec<super::Event>,
    pub response_metadata: Option<super::ListEventsCursorResponseResponseMetadata>,
}
impl serde::Serialize for ListEventsCursorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("events", &self.events)?;
        out.optional("response_metadata", &self.response_metadata)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListEventsCursorResponseResponseMetadata {
    pub next_cursor: Option<String>,
}
impl serde::Serialize for ListEventsCursorResponseResponseMetadata {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("next_cursor", &self.next_cursor)?;
        out.end()
    }
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
