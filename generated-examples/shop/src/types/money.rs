/// Schema: `shop.yaml#/components/schemas/Money`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    /// Amount in minor units.
    pub amount: i64,
    pub currency: String,
}
