/// Schema: `billing.yaml#/paths/~1plans/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListPlansResponse {
    pub plans: Vec<super::Plan>,
    pub total_pages: i64,
}
impl serde::Serialize for ListPlansResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("plans", &self.plans)?;
        out.field("total_pages", &self.total_pages)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPlansResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListPlansResponse {
    const NAME: &'static str = "ListPlansResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __plans = None;
        let mut __total_pages = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "plans" => __plans = Some(map.next_value()?),
                "total_pages" => __total_pages = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(plans) = __plans else {
            return Err(serde::de::Error::missing_field("plans"));
        };
        let Some(total_pages) = __total_pages else {
            return Err(serde::de::Error::missing_field("total_pages"));
        };
        Ok(Self { plans, total_pages })
    }
}
