/// Schema: `paged.yaml#/paths/~1last-id~1batches/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListBatchesResponse {
    pub data: Vec<super::ListBatchesResponseDataItem>,
    pub last_id: Option<String>,
    pub has_more: bool,
}
impl serde::Serialize for ListBatchesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.optional("last_id", &self.last_id)?;
        out.field("has_more", &self.has_more)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListBatchesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListBatchesResponse {
    const NAME: &'static str = "ListBatchesResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __data = None;
        let mut __last_id = None;
        let mut __has_more = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => __data = Some(map.next_value()?),
                "last_id" => __last_id = map.next_value()?,
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
        Ok(Self {
            data,
            last_id: __last_id,
            has_more,
        })
    }
}
/// Schema: `paged.yaml#/paths/~1last-id~1batches/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListBatchesResponseDataItem {
    pub batch_id: String,
    pub status: Option<String>,
}
impl serde::Serialize for ListBatchesResponseDataItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("batch_id", &self.batch_id)?;
        out.optional("status", &self.status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListBatchesResponseDataItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListBatchesResponseDataItem {
    const NAME: &'static str = "ListBatchesResponseDataItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __batch_id = None;
        let mut __status = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "batch_id" => __batch_id = Some(map.next_value()?),
                "status" => __status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(batch_id) = __batch_id else {
            return Err(serde::de::Error::missing_field("batch_id"));
        };
        Ok(Self { batch_id, status: __status })
    }
}
