/// Schema: `shop.yaml#/paths/~1products/get/parameters/3/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListProductsFilter {
    pub min_price: Option<f64>,
    pub status: Option<super::ProductStatus>,
}
impl serde::Serialize for ListProductsFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("min_price", &self.min_price)?;
        out.optional("status", &self.status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListProductsFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListProductsFilter {
    const NAME: &'static str = "ListProductsFilter";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "min_price" => out.min_price = map.next_value()?,
                "status" => out.status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `shop.yaml#/paths/~1products/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListProductsResponse {
    pub data: Vec<super::Product>,
    pub has_more: bool,
}
impl serde::Serialize for ListProductsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.field("has_more", &self.has_more)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListProductsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListProductsResponse {
    const NAME: &'static str = "ListProductsResponse";
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
