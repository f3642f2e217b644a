/// Schema: `shapes.yaml#/paths/~1shapes~1form-body/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormBodyBody {
    pub text: String,
    pub count: Option<i64>,
}
impl serde::Serialize for FormBodyBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("text", &self.text)?;
        out.optional("count", &self.count)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for FormBodyBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for FormBodyBody {
    const NAME: &'static str = "FormBodyBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __text = None;
        let mut __count = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "text" => __text = Some(map.next_value()?),
                "count" => __count = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(text) = __text else {
            return Err(serde::de::Error::missing_field("text"));
        };
        Ok(Self { text, count: __count })
    }
}
