/// Schema: `legacy.json#/paths/~1login/post`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoginBody {
    pub user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remember: Option<bool>,
}
/// Schema: `legacy.json#/paths/~1login/post/responses/200/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct LoginResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
