/// Schema: `auth.yaml#/components/schemas/Status`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Status {
    pub ok: bool,
}
