/// Schema: `shop.yaml#/components/schemas/Money`.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// Amount in minor units.
    pub amount: i64,
    pub currency: String,
}
impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("amount", &self.amount)?;
        out.field("currency", &self.currency)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Money {
    const NAME: &'static str = "Money";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __amount = None;
        let mut __currency = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "amount" => __amount = Some(map.next_value()?),
                "currency" => __currency = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(amount) = __amount else {
            return Err(serde::de::Error::missing_field("amount"));
        };
        let Some(currency) = __currency else {
            return Err(serde::de::Error::missing_field("currency"));
        };
        Ok(Self { amount, currency })
    }
}
