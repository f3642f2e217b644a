/// Schema: `shapes.yaml#/components/schemas/Patch`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Patch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
