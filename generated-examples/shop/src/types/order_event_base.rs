/// Schema: `shop.yaml#/components/schemas/OrderEventBase`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderEventBase {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: super::OrderPlacedType,
}
