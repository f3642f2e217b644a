/// Schema: `ledger.yaml#/paths/~1reports/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListReportsResponse {
    pub reports: Option<Vec<super::Report>>,
    pub total_pages: Option<i64>,
}
impl serde::Serialize for ListReportsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("reports", &self.reports)?;
        out.optional("total_pages", &self.total_pages)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReportsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListReportsResponse {
    const NAME: &'static str = "ListReportsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "reports" => out.reports = map.next_value()?,
                "total_pages" => out.total_pages = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
