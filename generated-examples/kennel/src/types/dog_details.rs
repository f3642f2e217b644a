/// Schema: `schemas/pet.yaml#/DogDetails`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DogDetails {
    pub barks: bool,
}
