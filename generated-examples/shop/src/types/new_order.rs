/// Schema: `shop.yaml#/components/schemas/NewOrder`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewOrder {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    pub items: Vec<super::LineItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<super::NewOrderNote>,
}
/// Schema: `shop.yaml#/components/schemas/NewOrder/properties/note`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum NewOrderNote {
    Integer(i64),
    String(String),
}
