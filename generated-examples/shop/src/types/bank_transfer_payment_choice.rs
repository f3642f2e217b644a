/// Schema: `shop.yaml#/components/schemas/BankTransferPaymentChoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BankTransferPaymentChoice {
    pub method: super::PaymentKind,
    pub iban: String,
}
impl<'de> serde::Deserialize<'de> for BankTransferPaymentChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for BankTransferPaymentChoice {
    const NAME: &'static str = "BankTransferPaymentChoice";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __method = None;
        let mut __iban = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "method" => __method = Some(map.next_value()?),
                "iban" => __iban = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(method) = __method else {
            return Err(serde::de::Error::missing_field("method"));
        };
        let Some(iban) = __iban else {
            return Err(serde::de::Error::missing_field("iban"));
        };
        Ok(Self { method, iban })
    }
}
