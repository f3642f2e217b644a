/// Schema: `auth.yaml#/components/schemas/Status`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Status {
    pub ok: bool,
}
