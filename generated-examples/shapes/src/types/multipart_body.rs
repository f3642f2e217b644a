/// Schema: `shapes.yaml#/paths/~1shapes~1multipart-body/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MultipartBodyBody {
    pub file: apitap_runtime::codegen::Binary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
