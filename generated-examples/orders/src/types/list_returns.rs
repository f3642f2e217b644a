/// Schema: `records.yaml#/paths/~1returns/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListReturnsResponse {
    pub data: Vec<super::Order>,
    pub has_more: bool,
}
