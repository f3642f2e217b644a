/// Schema: `billing-v2.yaml#/components/schemas/Dispute`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Dispute {
    pub id: String,
    pub reason: String,
}
