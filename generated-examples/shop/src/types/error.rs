/// Schema: `shop.yaml#/components/schemas/Error`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The file concerned, when the error is about one (a type of the Files group).
    ///
    /// Held as JSON (a detail of error responses): `FileObject` is compiled only with the features that use it.
    /// `file_typed()` decodes the field where it is compiled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<serde_json::Value>,
}
impl Error {
    /// `file` decoded as `FileObject`.
    #[cfg(feature = "files")]
    pub fn file_typed(&self) -> Result<Option<super::FileObject>, serde_json::Error> {
        apitap_runtime::codegen::decode_deferred(&self.file)
    }
}
