/// Schema: `billing-v2.yaml#/paths/~1charges/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListChargesResponse {
    pub data: Vec<super::Charge>,
    pub has_more: bool,
}
