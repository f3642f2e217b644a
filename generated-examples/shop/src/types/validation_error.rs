/// Schema: `shop.yaml#/components/schemas/ValidationError`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ValidationError {
    pub message: String,
    pub fields: std::collections::BTreeMap<String, Vec<String>>,
}
