/// Schema: `schemas/pet.yaml#/DogDetails`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DogDetails {
    pub barks: bool,
}
