/// Schema: `shop.yaml#/components/schemas/CardPaymentChoice`.
#[derive(Debug, Clone, PartialEq)]
pub struct CardPaymentChoice {
    pub method: super::PaymentKind,
    pub token: Option<String>,
}
impl serde::Serialize for CardPaymentChoice {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("method", &self.method)?;
        out.optional("token", &self.token)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for CardPaymentChoice {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for CardPaymentChoice {
    const NAME: &'static str = "CardPaymentChoice";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __method = None;
        let mut __token = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "method" => __method = Some(map.next_value()?),
                "token" => __token = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(method) = __method else {
            return Err(serde::de::Error::missing_field("method"));
        };
        Ok(Self { method, token: __token })
    }
}
