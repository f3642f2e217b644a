/// Schema: `ledger.yaml#/paths/~1customers~1{customer}~1invoices/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListCustomerInvoicesResponse {
    pub data: Vec<super::Invoice>,
    pub total_pages: Option<i64>,
}
impl serde::Serialize for ListCustomerInvoicesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.optional("total_pages", &self.total_pages)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCustomerInvoicesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListCustomerInvoicesResponse {
    const NAME: &'static str = "ListCustomerInvoicesResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __data = None;
        let mut __total_pages = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => __data = Some(map.next_value()?),
                "total_pages" => __total_pages = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(data) = __data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        Ok(Self {
            data,
            total_pages: __total_pages,
        })
    }
}
