/// Schema: `ledger.yaml#/paths/~1products/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListProductsResponse {
    pub products: Vec<super::Product>,
    pub total: Option<i64>,
}
impl serde::Serialize for ListProductsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("products", &self.products)?;
        out.optional("total", &self.total)?;
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
        let mut __products = None;
        let mut __total = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "products" => __products = Some(map.next_value()?),
                "total" => __total = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(products) = __products else {
            return Err(serde::de::Error::missing_field("products"));
        };
        Ok(Self { products, total: __total })
    }
}
