/// Schema: `paged.yaml#/paths/~1pages~1tickets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListTicketsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tickets: Option<Vec<super::Event>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::ListTicketsResponseMeta>,
}
impl<'de> serde::Deserialize<'de> for ListTicketsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListTicketsResponse {
    const NAME: &'static str = "ListTicketsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "tickets" => out.tickets = map.next_value()?,
                "meta" => out.meta = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1pages~1tickets/get/responses/200/content/application~1json/schema/properties/meta`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListTicketsResponseMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
impl<'de> serde::Deserialize<'de> for ListTicketsResponseMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListTicketsResponseMeta {
    const NAME: &'static str = "ListTicketsResponseMeta";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "total_pages" => out.total_pages = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
