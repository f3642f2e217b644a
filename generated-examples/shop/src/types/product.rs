/// A product. Hostile text stays text: */ } ] fn main() {} `code`
///
/// Schema: `shop.yaml#/components/schemas/Product`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Product {
    pub id: String,
    pub name: String,
    pub status: super::ProductStatus,
    #[serde(rename = "type")]
    pub type_: super::ProductType,
    /// A link to this product.
    #[serde(rename = "self")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<super::Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_grams: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Categories nest (a recursive schema).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<super::Category>,
    #[serde(rename = "2fa-required")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n2fa_required: Option<bool>,
    #[serde(rename = "+1")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus_1: Option<i64>,
    #[serde(rename = "@odata.etag")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub odata_etag: Option<String>,
}
/// Schema: `shop.yaml#/components/schemas/Product/properties/type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProductType {
    /// `physical`
    Physical,
    /// `digital`
    Digital,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl ProductType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Physical => "physical",
            Self::Digital => "digital",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProductType {
    fn from(value: &str) -> Self {
        match value {
            "physical" => Self::Physical,
            "digital" => Self::Digital,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for ProductType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for ProductType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ProductType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}
