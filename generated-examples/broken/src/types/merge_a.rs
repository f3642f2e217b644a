/// Schema: `broken.yaml#/components/schemas/MergeA`.
pub type MergeA = serde_json::Value;
