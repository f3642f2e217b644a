/// Schema: `shop.yaml#/components/schemas/BankAccount`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BankAccount {
    pub id: String,
    pub object: super::BankAccountObject,
    pub iban: String,
}
impl serde::Serialize for BankAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("object", &self.object)?;
        out.field("iban", &self.iban)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for BankAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for BankAccount {
    const NAME: &'static str = "BankAccount";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __object = None;
        let mut __iban = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "object" => __object = Some(map.next_value()?),
                "iban" => __iban = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(object) = __object else {
            return Err(serde::de::Error::missing_field("object"));
        };
        let Some(iban) = __iban else {
            return Err(serde::de::Error::missing_field("iban"));
        };
        Ok(Self { id, object, iban })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
