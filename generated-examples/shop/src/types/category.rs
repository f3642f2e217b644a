/// Categories nest (a recursive schema).
///
/// Schema: `shop.yaml#/components/schemas/Category`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Category {
    pub name: String,
    /// Categories nest (a recursive schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<super::Category>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Category>>,
}
