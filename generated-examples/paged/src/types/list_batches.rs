/// Schema: `paged.yaml#/paths/~1last-id~1batches/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListBatchesResponse {
    pub data: Vec<super::ListBatchesResponseDataItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_id: Option<String>,
    pub has_more: bool,
}
/// Schema: `paged.yaml#/paths/~1last-id~1batches/get/responses/200/content/application~1json/schema/properties/data/items`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListBatchesResponseDataItem {
    pub batch_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}
