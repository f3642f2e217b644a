/// Schema: `records.yaml#/paths/~1orders/get/parameters/2/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ListOrdersCreated {
    Integer(i64),
    Variant2(super::ListOrdersCreatedVariant2),
}
/// Schema: `records.yaml#/paths/~1orders/get/parameters/2/schema/anyOf/1`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListOrdersCreatedVariant2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gt: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
}
/// Schema: `records.yaml#/paths/~1orders/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListOrdersResponse {
    pub data: Vec<super::Order>,
    pub has_more: bool,
}
