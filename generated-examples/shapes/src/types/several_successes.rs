/// Schema: `shapes.yaml#/paths/~1shapes~1several-successes/post/responses/201/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SeveralSuccessesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<bool>,
}
