/// Schema: `broken.yaml#/components/schemas/Cycles`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Cycles {
    pub loop_: Option<serde_json::Value>,
    pub merged: Option<super::MergeA>,
    pub fine: Option<i64>,
}
impl serde::Serialize for Cycles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("loop", &self.loop_)?;
        out.optional("merged", &self.merged)?;
        out.optional("fine", &self.fine)?;
        out.end()
    }
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
