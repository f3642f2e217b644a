/// Schema: `auth.yaml#/components/schemas/Status`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Status {
    pub ok: bool,
}
impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("ok", &self.ok)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Status {
    const NAME: &'static str = "Status";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __ok = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "ok" => __ok = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(ok) = __ok else {
            return Err(serde::de::Error::missing_field("ok"));
        };
        Ok(Self { ok })
    }
}
