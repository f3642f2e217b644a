/// Schema: `shop.yaml#/components/schemas/BankAccount`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct BankAccount {
    pub id: String,
    pub object: super::BankAccountObject,
    pub iban: String,
}
/// Schema: `shop.yaml#/components/schemas/BankAccount/properties/object`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BankAccountObject {
    /// `bank_account`
    BankAccount,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl BankAccountObject {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BankAccount => "bank_account",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BankAccountObject {
    fn from(value: &str) -> Self {
        match value {
            "bank_account" => Self::BankAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for BankAccountObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for BankAccountObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BankAccountObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
