/// Schema: `constraints.yaml#/components/schemas/Shipping`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Shipping {
    pub carrier: String,
}
