/// Schema: `ledger.yaml#/paths/~1reports/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListReportsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reports: Option<Vec<super::Report>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
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
