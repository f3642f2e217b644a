/// Schema: `billing.yaml#/paths/~1customers/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListCustomersResponse {
    pub customers: Vec<super::Customer>,
    pub total: i64,
}
impl serde::Serialize for ListCustomersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("customers", &self.customers)?;
        out.field("total", &self.total)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCustomersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListCustomersResponse {
    const NAME: &'static str = "ListCustomersResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __customers = None;
        let mut __total = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "customers" => __customers = Some(map.next_value()?),
                "total" => __total = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(customers) = __customers else {
            return Err(serde::de::Error::missing_field("customers"));
        };
        let Some(total) = __total else {
            return Err(serde::de::Error::missing_field("total"));
        };
        Ok(Self { customers, total })
    }
}
