/// Schema: `constraints.yaml#/components/schemas/Shipping`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Shipping {
    pub carrier: String,
}
impl serde::Serialize for Shipping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("carrier", &self.carrier)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Shipping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Shipping {
    const NAME: &'static str = "Shipping";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __carrier = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "carrier" => __carrier = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(carrier) = __carrier else {
            return Err(serde::de::Error::missing_field("carrier"));
        };
        Ok(Self { carrier })
    }
}
