/// Schema: `shop.yaml#/components/schemas/CardPaymentChoice`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CardPaymentChoice {
    pub method: super::PaymentKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
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
