/// Schema: `paged.yaml#/paths/~1offset~1incidents/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListIncidentsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<Vec<super::Event>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub more: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
