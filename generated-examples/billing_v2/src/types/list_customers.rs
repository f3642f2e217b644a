/// Schema: `billing-v2.yaml#/paths/~1customers/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCustomersResponse {
    pub customers: Vec<super::Customer>,
    pub total: i64,
}
