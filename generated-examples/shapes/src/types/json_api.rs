/// Schema: `shapes.yaml#/paths/~1shapes~1json-api/post/requestBody/content/application~1vnd.api+json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonApiBody {
    pub data: super::Note,
}
/// Schema: `shapes.yaml#/paths/~1shapes~1json-api/post/responses/201/content/application~1vnd.api+json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct JsonApiResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<super::Note>,
}
