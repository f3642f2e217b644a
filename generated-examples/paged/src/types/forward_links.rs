/// Schema: `paged.yaml#/components/schemas/ForwardLinks`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ForwardLinks {
    pub last: Option<String>,
    pub next: Option<String>,
}
impl serde::Serialize for ForwardLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("last", &self.last)?;
        out.optional("next", &self.next)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ForwardLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ForwardLinks {
    const NAME: &'static str = "ForwardLinks";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "last" => out.last = map.next_value()?,
                "next" => out.next = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
