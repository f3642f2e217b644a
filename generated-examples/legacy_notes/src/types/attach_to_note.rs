/// Schema: `legacy.json#/paths/~1notes~1{id}~1attachments/post`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AttachToNoteBody {
    pub file: apitap_runtime::codegen::Binary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
