/// Schema: `paged.yaml#/paths/~1next-url~1calls/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCallsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calls: Option<Vec<super::Event>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_uri: Option<String>,
}
