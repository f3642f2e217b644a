/// Schema: `paged.yaml#/paths/~1last-id~1customers/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListCustomersResponse {
    pub object: super::ListCustomersResponseObject,
    pub data: Vec<super::Event>,
    pub has_more: bool,
}
impl serde::Serialize for ListCustomersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("object", &self.object)?;
        out.field("data", &self.data)?;
        out.field("has_more", &self.has_more)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCustomersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListCustomersResponse {
    const NAME: &'static str = "ListCustomersResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __object = None;
        let mut __data = None;
        let mut __has_more = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "object" => __object = Some(map.next_value()?),
                "data" => __data = Some(map.next_value()?),
                "has_more" => __has_more = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(object) = __object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(data) = __data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(has_more) = __has_more else {
            return Err(serde::de::Error::missing_field("has_more"));
        };
        Ok(Self { object, data, has_more })
    }
}
/// Schema: `paged.yaml#/paths/~1last-id~1customers/get/responses/200/content/application~1json/schema/properties/object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListCustomersResponseObject {
    /// `list`
    List,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListCustomersResponseObject {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListCustomersResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "list" => Self::List,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ListCustomersResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ListCustomersResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ListCustomersResponseObject {
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
