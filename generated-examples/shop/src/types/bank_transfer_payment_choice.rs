/// Schema: `shop.yaml#/components/schemas/BankTransferPaymentChoice`.
#[derive(Debug, Clone, PartialEq)]
pub struct BankTransferPaymentChoice {
    pub method: super::PaymentKind,
    pub iban: String,
}
impl serde::Serialize for BankTransferPaymentChoice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("method", &self.method)?;
        out.field("iban", &self.iban)?;
        out.end()
    }
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
