/// Schema: `billing-v2.yaml#/components/schemas/Plan`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Plan {
    pub id: String,
    pub name: String,
    pub amount: i64,
}
