/// Schema: `shapes.yaml#/paths/~1shapes~1only-optional-query/get/parameters/2/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OnlyOptionalQueryFilter {
    pub status: Option<super::OnlyOptionalQueryFilterStatus>,
}
impl serde::Serialize for OnlyOptionalQueryFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("status", &self.status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OnlyOptionalQueryFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OnlyOptionalQueryFilter {
    const NAME: &'static str = "OnlyOptionalQueryFilter";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "status" => out.status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `shapes.yaml#/paths/~1shapes~1only-optional-query/get/parameters/2/schema/properties/status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OnlyOptionalQueryFilterStatus {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OnlyOptionalQueryFilterStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OnlyOptionalQueryFilterStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OnlyOptionalQueryFilterStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OnlyOptionalQueryFilterStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OnlyOptionalQueryFilterStatus {
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
