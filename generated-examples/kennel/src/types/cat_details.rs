/// Schema: `schemas/pet.yaml#/CatDetails`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CatDetails {
    pub lives: i64,
}
