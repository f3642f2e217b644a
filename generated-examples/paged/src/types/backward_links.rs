/// Schema: `paged.yaml#/components/schemas/BackwardLinks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct BackwardLinks {
    pub first: Option<String>,
    pub prev: Option<String>,
}
impl serde::Serialize for BackwardLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("first", &self.first)?;
        out.optional("prev", &self.prev)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for BackwardLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for BackwardLinks {
    const NAME: &'static str = "BackwardLinks";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "first" => out.first = map.next_value()?,
                "prev" => out.prev = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
