/// Schema: `shapes.yaml#/paths/~1shapes~1json-api/post/requestBody/content/application~1vnd.api+json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonApiBody {
    pub data: super::Note,
}
impl serde::Serialize for JsonApiBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for JsonApiBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for JsonApiBody {
    const NAME: &'static str = "JsonApiBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __data = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => __data = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(data) = __data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        Ok(Self { data })
    }
}
/// Schema: `shapes.yaml#/paths/~1shapes~1json-api/post/responses/201/content/application~1vnd.api+json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct JsonApiResponse {
    pub data: Option<super::Note>,
}
impl serde::Serialize for JsonApiResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("data", &self.data)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for JsonApiResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for JsonApiResponse {
    const NAME: &'static str = "JsonApiResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => out.data = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
