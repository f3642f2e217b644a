/// Schema: `ledger.yaml#/components/schemas/Invoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Invoice {
    pub id: String,
    pub amount: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::InvoiceStatus>,
    pub created: i64,
}
/// Schema: `ledger.yaml#/components/schemas/Invoice/properties/status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InvoiceStatus {
    /// `draft`
    Draft,
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl InvoiceStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for InvoiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "draft" => Self::Draft,
            "open" => Self::Open,
            "paid" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for InvoiceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for InvoiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
