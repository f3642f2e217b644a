/// Schema: `shop.yaml#/paths/~1products/get/parameters/3/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProductsFilter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::ProductStatus>,
}
/// Schema: `shop.yaml#/paths/~1products/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListProductsResponse {
    pub data: Vec<super::Product>,
    pub has_more: bool,
}
