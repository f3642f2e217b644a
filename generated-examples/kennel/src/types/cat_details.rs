/// Schema: `schemas/pet.yaml#/CatDetails`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CatDetails {
    pub lives: i64,
}
impl serde::Serialize for CatDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("lives", &self.lives)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for CatDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for CatDetails {
    const NAME: &'static str = "CatDetails";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __lives = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "lives" => __lives = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(lives) = __lives else {
            return Err(serde::de::Error::missing_field("lives"));
        };
        Ok(Self { lives })
    }
}
