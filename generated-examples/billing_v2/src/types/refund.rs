/// Schema: `billing-v2.yaml#/components/schemas/Refund`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Refund {
    pub id: String,
    pub amount: i64,
}
