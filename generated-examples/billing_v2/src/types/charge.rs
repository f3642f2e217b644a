/// Schema: `billing-v2.yaml#/components/schemas/Charge`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Charge {
    pub id: String,
    pub amount: f64,
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: super::ChargeStatus,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<super::ChargeCard>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<super::ChargeOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refunds: Option<Vec<super::Refund>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disputes: Option<Vec<super::Dispute>>,
    /// Properties not declared in the schema.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
/// Schema: `billing-v2.yaml#/components/schemas/Charge/properties/status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeStatus {
    /// `pending`
    Pending,
    /// `succeeded`
    Succeeded,
    /// `failed`
    Failed,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ChargeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ChargeStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "succeeded" => Self::Succeeded,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ChargeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ChargeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChargeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// Schema: `billing-v2.yaml#/components/schemas/Charge/properties/card`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeCard {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<String>,
}
/// Schema: `billing-v2.yaml#/components/schemas/Charge/properties/outcome`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeOutcome {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_status: Option<String>,
}
