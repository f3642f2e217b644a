/// Schema: `schemas/pet.yaml#/Owner`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Owner {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pets: Option<Vec<super::Pet>>,
}
