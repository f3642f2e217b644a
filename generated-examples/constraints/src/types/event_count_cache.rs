/// Schema: `constraints.yaml#/components/schemas/EventCountCache`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct EventCountCache {
    pub name: Option<String>,
    pub configuration: super::EventCountCacheConfiguration,
}
impl serde::Serialize for EventCountCache {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("name", &self.name)?;
        out.field("configuration", &self.configuration)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for EventCountCache {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for EventCountCache {
    const NAME: &'static str = "EventCountCache";
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
/// Schema: `constraints.yaml#/components/schemas/EventCountCache/properties/configuration`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct EventCountCacheConfiguration {
    pub type_: Option<super::EventCountCacheConfigurationType>,
    pub ttl_seconds: Option<i64>,
}
impl serde::Serialize for EventCountCacheConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("type", &self.type_)?;
        out.optional("ttl_seconds", &self.ttl_seconds)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for EventCountCacheConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for EventCountCacheConfiguration {
    const NAME: &'static str = "EventCountCacheConfiguration";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "type" => out.type_ = map.next_value()?,
                "ttl_seconds" => out.ttl_seconds = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `constraints.yaml#/components/schemas/EventCountCache/properties/configuration/properties/type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EventCountCacheConfigurationType {
    /// `event_count`
    EventCount,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl EventCountCacheConfigurationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EventCount => "event_count",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EventCountCacheConfigurationType {
    fn from(value: &str) -> Self {
        match value {
            "event_count" => Self::EventCount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for EventCountCacheConfigurationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for EventCountCacheConfigurationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for EventCountCacheConfigurationType {
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
