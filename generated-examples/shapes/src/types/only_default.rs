/// Schema: `shapes.yaml#/paths/~1shapes~1only-default/get/responses/default/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OnlyDefaultDefaultResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
