/// Schema: `schemas/problem.yaml#`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    pub title: String,
    pub status: Option<i64>,
}
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("title", &self.title)?;
        out.optional("status", &self.status)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Problem {
    const NAME: &'static str = "Problem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __title = None;
        let mut __status = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "title" => __title = Some(map.next_value()?),
                "status" => __status = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(title) = __title else {
            return Err(serde::de::Error::missing_field("title"));
        };
        Ok(Self { title, status: __status })
    }
}
