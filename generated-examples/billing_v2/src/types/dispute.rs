/// Schema: `billing-v2.yaml#/components/schemas/Dispute`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Dispute {
    pub id: String,
    pub reason: String,
}
impl serde::Serialize for Dispute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("reason", &self.reason)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Dispute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Dispute {
    const NAME: &'static str = "Dispute";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __reason = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "reason" => __reason = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(reason) = __reason else {
            return Err(serde::de::Error::missing_field("reason"));
        };
        Ok(Self { id, reason })
    }
}
