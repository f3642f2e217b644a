/// Schema: `ledger.yaml#/components/schemas/Event`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Event {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub created: i64,
}
