/// Schema: `ledger.yaml#/paths/~1reports/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListReportsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reports: Option<Vec<super::Report>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
