/// Schema: `shop.yaml#/components/schemas/OrderRefunded`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderRefunded {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: super::OrderPlacedType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund: Option<i64>,
}
