/// Schema: `schemas/pet.yaml#/Pet`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet {
    pub id: String,
    pub name: String,
    pub kind: super::PetKind,
    pub nickname: Option<String>,
    pub age: Option<i64>,
    pub owner: Option<super::Owner>,
    pub version: Option<i64>,
    pub details: Option<super::PetDetails>,
}
impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.field("kind", &self.kind)?;
        out.optional("nickname", &self.nickname)?;
        out.optional("age", &self.age)?;
        out.optional("owner", &self.owner)?;
        out.optional("version", &self.version)?;
        out.optional("details", &self.details)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Pet {
    const NAME: &'static str = "Pet";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __kind = None;
        let mut __nickname = None;
        let mut __age = None;
        let mut __owner = None;
        let mut __version = None;
        let mut __details = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "kind" => __kind = Some(map.next_value()?),
                "nickname" => __nickname = map.next_value()?,
                "age" => __age = map.next_value()?,
                "owner" => __owner = map.next_value()?,
                "version" => __version = map.next_value()?,
                "details" => __details = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(kind) = __kind else {
            return Err(serde::de::Error::missing_field("kind"));
        };
        Ok(Self {
            id,
            name,
            kind,
            nickname: __nickname,
            age: __age,
            owner: __owner,
            version: __version,
            details: __details,
        })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
/// Schema: `schemas/pet.yaml#/Pet/properties/details`.
#[derive(Debug, Clone, PartialEq)]
pub enum PetDetails {
    DogDetails(super::DogDetails),
    CatDetails(super::CatDetails),
}
impl serde::Serialize for PetDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::DogDetails(value) => serde::Serialize::serialize(value, serializer),
            Self::CatDetails(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for PetDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "PetDetails",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::DogDetails),
                |v| serde::Deserialize::deserialize(v).map(Self::CatDetails),
            ],
            &[],
        )
    }
}
