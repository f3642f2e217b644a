/// Schema: `broken.yaml#/components/schemas/Cycles`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Cycles {
    #[serde(rename = "loop")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loop_: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged: Option<super::MergeA>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fine: Option<i64>,
}
