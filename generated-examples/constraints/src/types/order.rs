/// Schema: `constraints.yaml#/components/schemas/Order`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Order {
    pub id: String,
    pub number: i64,
    pub total: f64,
    pub email: String,
    pub site: String,
    pub placed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address6: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub codes: Vec<super::Code>,
    pub kind: super::OrderKind,
    pub version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub retired: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<super::Code>,
    pub extension: super::Extension,
    pub days: String,
    #[serde(default)]
    pub shipping: Option<super::Shipping>,
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderKind {
    /// `retail`
    Retail,
    /// `wholesale`
    Wholesale,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retail => "retail",
            Self::Wholesale => "wholesale",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderKind {
    fn from(value: &str) -> Self {
        match value {
            "retail" => Self::Retail,
            "wholesale" => Self::Wholesale,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/days`.
pub type OrderDays = String;
