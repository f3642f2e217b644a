/// Schema: `schemas/pet.yaml#/Pet`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Pet {
    pub id: String,
    pub name: String,
    pub kind: super::PetKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::Owner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::PetDetails>,
}
/// Schema: `schemas/pet.yaml#/Pet/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PetKind {
    /// `dog`
    Dog,
    /// `cat`
    Cat,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl PetKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PetKind {
    fn from(value: &str) -> Self {
        match value {
            "dog" => Self::Dog,
            "cat" => Self::Cat,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for PetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PetKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Schema: `schemas/pet.yaml#/Pet/properties/details`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum PetDetails {
    DogDetails(super::DogDetails),
    CatDetails(super::CatDetails),
}
