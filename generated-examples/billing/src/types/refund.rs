/// Schema: `billing.yaml#/components/schemas/Refund`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Refund {
    pub id: String,
    pub amount: i64,
}
