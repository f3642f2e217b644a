/// Schema: `broken.yaml#/components/schemas/MergeB`.
pub type MergeB = serde_json::Value;
