/// Schema: `shop.yaml#/components/schemas/Timestamps`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Timestamps {
    pub created: Option<i64>,
    pub updated: Option<i64>,
}
impl serde::Serialize for Timestamps {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("created", &self.created)?;
        out.optional("updated", &self.updated)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Timestamps {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Timestamps {
    const NAME: &'static str = "Timestamps";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "created" => out.created = map.next_value()?,
                "updated" => out.updated = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
