/// Schema: `shop.yaml#/components/schemas/WalletPaymentChoice`.
#[derive(Debug, Clone, PartialEq)]
pub struct WalletPaymentChoice {
    pub method: super::WalletPaymentChoiceMethod,
}
impl serde::Serialize for WalletPaymentChoice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("method", &self.method)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for WalletPaymentChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for WalletPaymentChoice {
    const NAME: &'static str = "WalletPaymentChoice";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __method = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "method" => __method = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(method) = __method else {
            return Err(serde::de::Error::missing_field("method"));
        };
        Ok(Self { method })
    }
}
/// Schema: `shop.yaml#/components/schemas/WalletPaymentChoice/properties/method`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WalletPaymentChoiceMethod {
    /// `apple_pay`
    ApplePay,
    /// `google_pay`
    GooglePay,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl WalletPaymentChoiceMethod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApplePay => "apple_pay",
            Self::GooglePay => "google_pay",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WalletPaymentChoiceMethod {
    fn from(value: &str) -> Self {
        match value {
            "apple_pay" => Self::ApplePay,
            "google_pay" => Self::GooglePay,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for WalletPaymentChoiceMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for WalletPaymentChoiceMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WalletPaymentChoiceMethod {
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
