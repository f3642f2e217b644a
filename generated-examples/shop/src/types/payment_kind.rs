/// Schema: `shop.yaml#/components/schemas/PaymentKind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PaymentKind {
    /// `card`
    Card,
    /// `bank_transfer`
    BankTransfer,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl PaymentKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::BankTransfer => "bank_transfer",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PaymentKind {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "bank_transfer" => Self::BankTransfer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for PaymentKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for PaymentKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for PaymentKind {
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
