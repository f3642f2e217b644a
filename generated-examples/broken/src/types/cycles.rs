/// Schema: `broken.yaml#/components/schemas/Cycles`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct Cycles {
    #[serde(rename = "loop")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loop_: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merged: Option<super::MergeA>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fine: Option<i64>,
}
impl<'de> serde::Deserialize<'de> for Cycles {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Cycles {
    const NAME: &'static str = "Cycles";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "loop" => out.loop_ = map.next_value()?,
                "merged" => out.merged = map.next_value()?,
                "fine" => out.fine = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
