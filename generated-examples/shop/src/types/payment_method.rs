/// Schema: `shop.yaml#/components/schemas/PaymentMethod`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PaymentMethod {
    Card(super::Card),
    BankAccount(super::BankAccount),
    /// A value whose discriminator matches no documented variant.
    Unknown(serde_json::Value),
}
impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("object")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("card") => {
                serde_json::from_value(value).map(Self::Card).map_err(D::Error::custom)
            }
            Some("bank_account") => {
                serde_json::from_value(value)
                    .map(Self::BankAccount)
                    .map_err(D::Error::custom)
            }
            _ => {
                apitap_runtime::codegen::misfit();
                Ok(Self::Unknown(value))
            }
        }
    }
}
