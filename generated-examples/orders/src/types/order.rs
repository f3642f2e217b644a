/// Schema: `records.yaml#/components/schemas/Order`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Order {
    pub id: String,
    pub status: super::OrderStatus,
    pub created: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// A scalar union stays a text column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<super::OrderReference>,
    /// A union of objects becomes JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<super::OrderPayload>,
    /// Expandable (id or object) becomes the id column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<apitap_runtime::codegen::Expandable<super::Customer>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<super::OrderShipping>,
    pub lines: Vec<super::OrderLinesItem>,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderStatus {
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "paid" => Self::Paid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
/// A scalar union stays a text column.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/reference`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrderReference {
    Integer(i64),
    String(String),
}
/// A union of objects becomes JSON.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/payload`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum OrderPayload {
    Variant1(super::OrderPayloadVariant1),
    Variant2(super::OrderPayloadVariant2),
}
/// Schema: `records.yaml#/components/schemas/Order/properties/payload/oneOf/0`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderPayloadVariant1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub a: i64,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/payload/oneOf/1`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderPayloadVariant2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub b: String,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderShipping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<super::OrderShippingAddress>,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping/properties/address`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderShippingAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Beyond the depth limit this becomes one JSON column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo: Option<super::OrderShippingAddressGeo>,
}
/// Beyond the depth limit this becomes one JSON column.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping/properties/address/properties/geo`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderShippingAddressGeo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderLinesItem {
    pub sku: String,
    pub quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<Vec<super::OrderLinesItemDiscountsItem>>,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items/properties/discounts/items`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderLinesItemDiscountsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Arrays of objects below the table depth limit become JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<super::OrderLinesItemDiscountsItemRulesItem>>,
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items/properties/discounts/items/properties/rules/items`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct OrderLinesItemDiscountsItemRulesItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}
