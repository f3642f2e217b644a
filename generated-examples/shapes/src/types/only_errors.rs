/// Schema: `shapes.yaml#/paths/~1shapes~1only-errors/get/responses/404/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OnlyErrorsStatus404 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
