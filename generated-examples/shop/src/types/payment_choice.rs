/// Schema: `shop.yaml#/components/schemas/PaymentChoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PaymentChoice {
    CardPaymentChoice(super::CardPaymentChoice),
    BankTransferPaymentChoice(super::BankTransferPaymentChoice),
    WalletPaymentChoice(super::WalletPaymentChoice),
    /// A value whose discriminator matches no documented variant.
    Unknown(serde_json::Value),
}
impl<'de> serde::Deserialize<'de> for PaymentChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("method")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("card") => {
                serde_json::from_value(value)
                    .map(Self::CardPaymentChoice)
                    .map_err(D::Error::custom)
            }
            Some("bank_transfer") => {
                serde_json::from_value(value)
                    .map(Self::BankTransferPaymentChoice)
                    .map_err(D::Error::custom)
            }
            Some("apple_pay") | Some("google_pay") => {
                serde_json::from_value(value)
                    .map(Self::WalletPaymentChoice)
                    .map_err(D::Error::custom)
            }
            _ => {
                apitap_runtime::codegen::misfit();
                Ok(Self::Unknown(value))
            }
        }
    }
}
