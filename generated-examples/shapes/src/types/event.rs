/// Schema: `shapes.yaml#/components/schemas/Event`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Event {
    pub id: String,
    pub kind: String,
}
