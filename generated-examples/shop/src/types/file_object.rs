/// Schema: `shop.yaml#/components/schemas/FileObject`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct FileObject {
    pub id: String,
    pub size: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}
