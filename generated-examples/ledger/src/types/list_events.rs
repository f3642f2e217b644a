/// Schema: `ledger.yaml#/paths/~1events/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListEventsResponse {
    pub events: Vec<super::Event>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}
