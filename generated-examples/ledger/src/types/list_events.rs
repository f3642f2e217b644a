/// Schema: `ledger.yaml#/paths/~1events/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventsResponse {
    pub events: Vec<super::Event>,
    pub next_cursor: Option<String>,
}
impl serde::Serialize for ListEventsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("events", &self.events)?;
        out.optional("next_cursor", &self.next_cursor)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListEventsResponse {
    const NAME: &'static str = "ListEventsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __events = None;
        let mut __next_cursor = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "events" => __events = Some(map.next_value()?),
                "next_cursor" => __next_cursor = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(events) = __events else {
            return Err(serde::de::Error::missing_field("events"));
        };
        Ok(Self {
            events,
            next_cursor: __next_cursor,
        })
    }
}
