/// Schema: `shop.yaml#/components/schemas/ProductStatus`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProductStatus {
    /// `active`
    Active,
    /// `archived`
    Archived,
    /// ``
    Empty,
    /// `Unknown`
    Unknown2,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ProductStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Archived => "archived",
            Self::Empty => "",
            Self::Unknown2 => "Unknown",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProductStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "archived" => Self::Archived,
            "" => Self::Empty,
            "Unknown" => Self::Unknown2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ProductStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProductStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProductStatus {
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
