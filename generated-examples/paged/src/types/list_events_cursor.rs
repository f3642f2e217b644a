/// Schema: `paged.yaml#/paths/~1cursor~1events/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEventsCursorResponse {
    pub events: Vec<super::Event>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_metadata: Option<super::ListEventsCursorResponseResponseMetadata>,
}
/// Schema: `paged.yaml#/paths/~1cursor~1events/get/responses/200/content/application~1json/schema/properties/response_metadata`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEventsCursorResponseResponseMetadata {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
