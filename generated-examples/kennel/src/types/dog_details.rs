/// Schema: `schemas/pet.yaml#/DogDetails`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DogDetails {
    pub barks: bool,
}
impl serde::Serialize for DogDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("barks", &self.barks)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for DogDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for DogDetails {
    const NAME: &'static str = "DogDetails";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __barks = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "barks" => __barks = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(barks) = __barks else {
            return Err(serde::de::Error::missing_field("barks"));
        };
        Ok(Self { barks })
    }
}
