/// Schema: `broken.yaml#/components/schemas/Widget`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Widget {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<super::WidgetDetail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shape: Option<super::WidgetShape>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mark: Option<super::WidgetMark>,
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/detail`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WidgetDetail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/shape`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WidgetShape {
    Square(super::Square),
    Variant2(serde_json::Value),
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/mark`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WidgetMark {
    String(String),
    Variant2(serde_json::Value),
}
