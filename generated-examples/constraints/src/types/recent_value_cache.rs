/// Schema: `constraints.yaml#/components/schemas/RecentValueCache`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecentValueCache {
    pub name: Option<String>,
    pub configuration: super::RecentValueCacheConfiguration,
}
impl serde::Serialize for RecentValueCache {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("name", &self.name)?;
        out.field("configuration", &self.configuration)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecentValueCache {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for RecentValueCache {
    const NAME: &'static str = "RecentValueCache";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __name = None;
        let mut __configuration = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "name" => __name = map.next_value()?,
                "configuration" => __configuration = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(configuration) = __configuration else {
            return Err(serde::de::Error::missing_field("configuration"));
        };
        Ok(Self {
            name: __name,
            configuration,
        })
    }
}
/// Schema: `constraints.yaml#/components/schemas/RecentValueCache/properties/configuration`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct RecentValueCacheConfiguration {
    pub type_: Option<super::RecentValueCacheConfigurationType>,
    pub source: Option<String>,
}
impl serde::Serialize for RecentValueCacheConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("type", &self.type_)?;
        out.optional("source", &self.source)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecentValueCacheConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for RecentValueCacheConfiguration {
    const NAME: &'static str = "RecentValueCacheConfiguration";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "type" => out.type_ = map.next_value()?,
                "source" => out.source = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `constraints.yaml#/components/schemas/RecentValueCache/properties/configuration/properties/type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecentValueCacheConfigurationType {
    /// `recent_value`
    RecentValue,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl RecentValueCacheConfigurationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RecentValue => "recent_value",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RecentValueCacheConfigurationType {
    fn from(value: &str) -> Self {
        match value {
            "recent_value" => Self::RecentValue,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for RecentValueCacheConfigurationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for RecentValueCacheConfigurationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RecentValueCacheConfigurationType {
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
