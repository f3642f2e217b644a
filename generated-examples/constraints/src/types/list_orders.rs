/// Schema: `constraints.yaml#/paths/~1accounts~1{account_id}~1orders/get/parameters/4/schema`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListOrdersStatus {
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ListOrdersStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListOrdersStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "paid" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ListOrdersStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ListOrdersStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ListOrdersStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Schema: `constraints.yaml#/paths/~1accounts~1{account_id}~1orders/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListOrdersResponse {
    pub data: Vec<super::Order>,
    pub has_more: bool,
}
