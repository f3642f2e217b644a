/// Schema: `broken.yaml#/components/schemas/Square`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Square {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<f64>,
}
