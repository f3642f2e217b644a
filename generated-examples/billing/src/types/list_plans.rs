/// Schema: `billing.yaml#/paths/~1plans/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListPlansResponse {
    pub plans: Vec<super::Plan>,
    pub total_pages: i64,
}
