/// Schema: `shapes.yaml#/components/schemas/Patch`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Patch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
impl<'de> serde::Deserialize<'de> for Patch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Patch {
    const NAME: &'static str = "Patch";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "text" => out.text = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
