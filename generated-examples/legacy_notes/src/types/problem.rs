/// Schema: `legacy.json#/definitions/Problem`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Problem {
    pub detail: Option<String>,
    pub status: Option<i32>,
}
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("detail", &self.detail)?;
        out.optional("status", &self.status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Problem {
    const NAME: &'static str = "Problem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "detail" => out.detail = map.next_value()?,
                "status" => out.status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
