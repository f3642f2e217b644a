/// Schema: `shop.yaml#/components/schemas/Error`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Error {
    pub message: String,
    pub code: Option<String>,
    /// The file concerned, when the error is about one (a type of the Files group).
    ///
    /// Held as JSON (a detail of error responses): `FileObject` is compiled only with the features that use it.
    /// `file_typed()` decodes the field where it is compiled.
    pub file: Option<serde_json::Value>,
}
impl Error {
    /// `file` decoded as `FileObject`.
    #[cfg(feature = "files")]
    pub fn file_typed(&self) -> Result<Option<super::FileObject>, serde_json::Error> {
        apitap_runtime::codegen::decode_deferred(&self.file)
    }
}
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("message", &self.message)?;
        out.optional("code", &self.code)?;
        out.optional("file", &self.file)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Error {
    const NAME: &'static str = "Error";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __message = None;
        let mut __code = None;
        let mut __file = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "message" => __message = Some(map.next_value()?),
                "code" => __code = map.next_value()?,
                "file" => __file = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(message) = __message else {
            return Err(serde::de::Error::missing_field("message"));
        };
        Ok(Self {
            message,
            code: __code,
            file: __file,
        })
    }
}
