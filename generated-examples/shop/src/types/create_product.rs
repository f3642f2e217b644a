/// Schema: `shop.yaml#/paths/~1products/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProductBody {
    pub name: String,
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    pub tags: Option<Vec<String>>,
    pub price: Option<super::Money>,
    pub labels: Option<Vec<String>>,
}
impl serde::Serialize for CreateProductBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("name", &self.name)?;
        out.optional("metadata", &self.metadata)?;
        out.optional("tags", &self.tags)?;
        out.optional("price", &self.price)?;
        out.optional("labels", &self.labels)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateProductBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for CreateProductBody {
    const NAME: &'static str = "CreateProductBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __name = None;
        let mut __metadata = None;
        let mut __tags = None;
        let mut __price = None;
        let mut __labels = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "name" => __name = Some(map.next_value()?),
                "metadata" => __metadata = map.next_value()?,
                "tags" => __tags = map.next_value()?,
                "price" => __price = map.next_value()?,
                "labels" => __labels = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        Ok(Self {
            name,
            metadata: __metadata,
            tags: __tags,
            price: __price,
            labels: __labels,
        })
    }
}
