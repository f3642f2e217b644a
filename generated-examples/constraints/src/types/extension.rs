/// Schema: `constraints.yaml#/components/schemas/Extension`.
#[derive(Debug, Clone, PartialEq)]
pub enum Extension {
    String(String),
    String2(super::ExtensionString),
}
impl serde::Serialize for Extension {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::String2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Extension {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "Extension",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::String),
                |v| serde::Deserialize::deserialize(v).map(Self::String2),
            ],
            &[],
        )
    }
}
/// Schema: `constraints.yaml#/components/schemas/Extension/oneOf/0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExtensionString {
    /// `none`
    None,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ExtensionString {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExtensionString {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ExtensionString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ExtensionString {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ExtensionString {
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
