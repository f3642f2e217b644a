/// Schema: `constraints.yaml#/components/schemas/Code`.
pub type Code = String;
