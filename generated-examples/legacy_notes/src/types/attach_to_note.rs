/// Schema: `legacy.json#/paths/~1notes~1{id}~1attachments/post`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttachToNoteBody {
    pub file: apitap_runtime::codegen::Binary,
    pub caption: Option<String>,
}
impl serde::Serialize for AttachToNoteBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("file", &self.file)?;
        out.optional("caption", &self.caption)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for AttachToNoteBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for AttachToNoteBody {
    const NAME: &'static str = "AttachToNoteBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __file = None;
        let mut __caption = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "file" => __file = Some(map.next_value()?),
                "caption" => __caption = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(file) = __file else {
            return Err(serde::de::Error::missing_field("file"));
        };
        Ok(Self { file, caption: __caption })
    }
}
