/// Schema: `shop.yaml#/components/schemas/FileObject`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct FileObject {
    pub id: String,
    pub size: i64,
    pub purpose: Option<String>,
}
impl serde::Serialize for FileObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("size", &self.size)?;
        out.optional("purpose", &self.purpose)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for FileObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for FileObject {
    const NAME: &'static str = "FileObject";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __size = None;
        let mut __purpose = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "size" => __size = Some(map.next_value()?),
                "purpose" => __purpose = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(size) = __size else {
            return Err(serde::de::Error::missing_field("size"));
        };
        Ok(Self {
            id,
            size,
            purpose: __purpose,
        })
    }
}
