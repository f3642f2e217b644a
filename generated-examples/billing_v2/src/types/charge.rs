/// Schema: `billing-v2.yaml#/components/schemas/Charge`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Charge {
    pub id: String,
    pub amount: f64,
    pub currency: String,
    pub description: Option<String>,
    pub status: super::ChargeStatus,
    pub created_at: String,
    pub updated_at: String,
    pub card: Option<super::ChargeCard>,
    pub outcome: Option<super::ChargeOutcome>,
    pub refunds: Option<Vec<super::Refund>>,
    pub disputes: Option<Vec<super::Dispute>>,
    /// Properties not declared in the schema.
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
impl serde::Serialize for Charge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("amount", &self.amount)?;
        out.field("currency", &self.currency)?;
        out.optional("description", &self.description)?;
        out.field("status", &self.status)?;
        out.field("created_at", &self.created_at)?;
        out.field("updated_at", &self.updated_at)?;
        out.optional("card", &self.card)?;
        out.optional("outcome", &self.outcome)?;
        out.optional("refunds", &self.refunds)?;
        out.optional("disputes", &self.disputes)?;
        out.extra(&self.additional_properties)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Charge {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Charge {
    const NAME: &'static str = "Charge";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __amount = None;
        let mut __currency = None;
        let mut __description = None;
        let mut __status = None;
        let mut __created_at = None;
        let mut __updated_at = None;
        let mut __card = None;
        let mut __outcome = None;
        let mut __refunds = None;
        let mut __disputes = None;
        let mut __additional_properties = std::collections::BTreeMap::new();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "amount" => __amount = Some(map.next_value()?),
                "currency" => __currency = Some(map.next_value()?),
                "description" => __description = map.next_value()?,
                "status" => __status = Some(map.next_value()?),
                "created_at" => __created_at = Some(map.next_value()?),
                "updated_at" => __updated_at = Some(map.next_value()?),
                "card" => __card = map.next_value()?,
                "outcome" => __outcome = map.next_value()?,
                "refunds" => __refunds = map.next_value()?,
                "disputes" => __disputes = map.next_value()?,
                _ => key.insert_into(&mut __additional_properties, &mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(amount) = __amount else {
            return Err(serde::de::Error::missing_field("amount"));
        };
        let Some(currency) = __currency else {
            return Err(serde::de::Error::missing_field("currency"));
        };
        let Some(status) = __status else {
            return Err(serde::de::Error::missing_field("status"));
        };
        let Some(created_at) = __created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        let Some(updated_at) = __updated_at else {
            return Err(serde::de::Error::missing_field("updated_at"));
        };
        Ok(Self {
            id,
            amount,
            currency,
            description: __description,
            status,
            created_at,
            updated_at,
            card: __card,
            outcome: __outcome,
            refunds: __refunds,
            disputes: __disputes,
            additional_properties: __additional_properties,
        })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
/// Schema: `billing-v2.yaml#/components/schemas/Charge/properties/card`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChargeCard {
    pub brand: Option<String>,
    pub last4: Option<String>,
}
impl serde::Serialize for ChargeCard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("brand", &self.brand)?;
        out.optional("last4", &self.last4)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ChargeCard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ChargeCard {
    const NAME: &'static str = "ChargeCard";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "brand" => out.brand = map.next_value()?,
                "last4" => out.last4 = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `billing-v2.yaml#/components/schemas/Charge/properties/outcome`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ChargeOutcome {
    pub risk_level: Option<String>,
    pub network_status: Option<String>,
}
impl serde::Serialize for ChargeOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("risk_level", &self.risk_level)?;
        out.optional("network_status", &self.network_status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ChargeOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ChargeOutcome {
    const NAME: &'static str = "ChargeOutcome";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "risk_level" => out.risk_level = map.next_value()?,
                "network_status" => out.network_status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
