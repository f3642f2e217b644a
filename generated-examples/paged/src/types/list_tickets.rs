/// Schema: `paged.yaml#/paths/~1pages~1tickets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTicketsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tickets: Option<Vec<super::Event>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::ListTicketsResponseMeta>,
}
/// Schema: `paged.yaml#/paths/~1pages~1tickets/get/responses/200/content/application~1json/schema/properties/meta`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListTicketsResponseMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
