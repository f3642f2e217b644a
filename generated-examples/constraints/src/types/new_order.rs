/// Schema: `constraints.yaml#/components/schemas/NewOrder`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NewOrder {
    pub email: String,
    pub quantity: i64,
    pub tags: Vec<String>,
    pub code: super::Code,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<super::NewOrderChannel>,
    pub images: Vec<super::ImageRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mask: Option<super::ImageRef>,
}
/// Schema: `constraints.yaml#/components/schemas/NewOrder/properties/channel`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NewOrderChannel {
    /// `web`
    Web,
    /// `store`
    Store,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl NewOrderChannel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "web",
            Self::Store => "store",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NewOrderChannel {
    fn from(value: &str) -> Self {
        match value {
            "web" => Self::Web,
            "store" => Self::Store,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for NewOrderChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for NewOrderChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewOrderChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
