/// A product. Hostile text stays text: */ } ] fn main() {} `code`
///
/// Schema: `shop.yaml#/components/schemas/Product`.
#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    pub id: String,
    pub name: String,
    pub status: super::ProductStatus,
    pub type_: super::ProductType,
    /// A link to this product.
    pub self_: Option<String>,
    pub price: Option<super::Money>,
    pub weight_grams: Option<f32>,
    pub stock: Option<i32>,
    pub created: Option<i64>,
    pub updated_at: Option<String>,
    pub attributes: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Categories nest (a recursive schema).
    pub category: Option<super::Category>,
    pub n2fa_required: Option<bool>,
    pub plus_1: Option<i64>,
    pub odata_etag: Option<String>,
}
impl serde::Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.field("status", &self.status)?;
        out.field("type", &self.type_)?;
        out.optional("self", &self.self_)?;
        out.optional("price", &self.price)?;
        out.optional("weight_grams", &self.weight_grams)?;
        out.optional("stock", &self.stock)?;
        out.optional("created", &self.created)?;
        out.optional("updated_at", &self.updated_at)?;
        out.optional("attributes", &self.attributes)?;
        out.optional("category", &self.category)?;
        out.optional("2fa-required", &self.n2fa_required)?;
        out.optional("+1", &self.plus_1)?;
        out.optional("@odata.etag", &self.odata_etag)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Product {
    const NAME: &'static str = "Product";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __status = None;
        let mut __type_ = None;
        let mut __self_ = None;
        let mut __price = None;
        let mut __weight_grams = None;
        let mut __stock = None;
        let mut __created = None;
        let mut __updated_at = None;
        let mut __attributes = None;
        let mut __category = None;
        let mut __n2fa_required = None;
        let mut __plus_1 = None;
        let mut __odata_etag = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "status" => __status = Some(map.next_value()?),
                "type" => __type_ = Some(map.next_value()?),
                "self" => __self_ = map.next_value()?,
                "price" => __price = map.next_value()?,
                "weight_grams" => __weight_grams = map.next_value()?,
                "stock" => __stock = map.next_value()?,
                "created" => __created = map.next_value()?,
                "updated_at" => __updated_at = map.next_value()?,
                "attributes" => __attributes = map.next_value()?,
                "category" => __category = map.next_value()?,
                "2fa-required" => __n2fa_required = map.next_value()?,
                "+1" => __plus_1 = map.next_value()?,
                "@odata.etag" => __odata_etag = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(status) = __status else {
            return Err(serde::de::Error::missing_field("status"));
        };
        let Some(type_) = __type_ else {
            return Err(serde::de::Error::missing_field("type"));
        };
        Ok(Self {
            id,
            name,
            status,
            type_,
            self_: __self_,
            price: __price,
            weight_grams: __weight_grams,
            stock: __stock,
            created: __created,
            updated_at: __updated_at,
            attributes: __attributes,
            category: __category,
            n2fa_required: __n2fa_required,
            plus_1: __plus_1,
            odata_etag: __odata_etag,
        })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
