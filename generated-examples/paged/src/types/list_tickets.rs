/// Schema: `paged.yaml#/paths/~1pages~1tickets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListTicketsResponse {
    pub tickets: Option<Vec<super::Event>>,
    pub meta: Option<super::ListTicketsResponseMeta>,
}
impl serde::Serialize for ListTicketsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("tickets", &self.tickets)?;
        out.optional("meta", &self.meta)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListTicketsResponseMeta {
    pub total_pages: Option<i64>,
}
impl serde::Serialize for ListTicketsResponseMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("total_pages", &self.total_pages)?;
        out.end()
    }
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
