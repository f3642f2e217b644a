/// Schema: `legacy.json#/definitions/Note`.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub id: Option<i64>,
    pub title: String,
    pub body: Option<String>,
    pub tags: Option<Vec<String>>,
}
impl serde::Serialize for Note {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("id", &self.id)?;
        out.field("title", &self.title)?;
        out.optional("body", &self.body)?;
        out.optional("tags", &self.tags)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Note {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Note {
    const NAME: &'static str = "Note";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __title = None;
        let mut __body = None;
        let mut __tags = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = map.next_value()?,
                "title" => __title = Some(map.next_value()?),
                "body" => __body = map.next_value()?,
                "tags" => __tags = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(title) = __title else {
            return Err(serde::de::Error::missing_field("title"));
        };
        Ok(Self {
            id: __id,
            title,
            body: __body,
            tags: __tags,
        })
    }
}
