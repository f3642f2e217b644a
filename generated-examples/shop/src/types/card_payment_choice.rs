/// Schema: `shop.yaml#/components/schemas/CardPaymentChoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardPaymentChoice {
    pub method: super::PaymentKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
