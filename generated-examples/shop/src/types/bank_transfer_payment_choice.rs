/// Schema: `shop.yaml#/components/schemas/BankTransferPaymentChoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankTransferPaymentChoice {
    pub method: super::PaymentKind,
    pub iban: String,
}
