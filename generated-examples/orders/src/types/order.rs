/// Schema: `records.yaml#/components/schemas/Order`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Order {
    pub id: String,
    pub status: super::OrderStatus,
    pub created: i64,
    pub updated_at: Option<String>,
    pub total: Option<f64>,
    pub paid: Option<bool>,
    pub tags: Option<Vec<String>>,
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// A scalar union stays a text column.
    pub reference: Option<super::OrderReference>,
    /// A union of objects becomes JSON.
    pub payload: Option<super::OrderPayload>,
    /// Expandable (id or object) becomes the id column.
    pub customer: Option<apitap_runtime::codegen::Expandable<super::Customer>>,
    pub shipping: Option<super::OrderShipping>,
    pub lines: Vec<super::OrderLinesItem>,
}
impl serde::Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("status", &self.status)?;
        out.field("created", &self.created)?;
        out.optional("updated_at", &self.updated_at)?;
        out.optional("total", &self.total)?;
        out.optional("paid", &self.paid)?;
        out.optional("tags", &self.tags)?;
        out.optional("metadata", &self.metadata)?;
        out.optional("reference", &self.reference)?;
        out.optional("payload", &self.payload)?;
        out.optional("customer", &self.customer)?;
        out.optional("shipping", &self.shipping)?;
        out.field("lines", &self.lines)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Order {
    const NAME: &'static str = "Order";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __status = None;
        let mut __created = None;
        let mut __updated_at = None;
        let mut __total = None;
        let mut __paid = None;
        let mut __tags = None;
        let mut __metadata = None;
        let mut __reference = None;
        let mut __payload = None;
        let mut __customer = None;
        let mut __shipping = None;
        let mut __lines = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "status" => __status = Some(map.next_value()?),
                "created" => __created = Some(map.next_value()?),
                "updated_at" => __updated_at = map.next_value()?,
                "total" => __total = map.next_value()?,
                "paid" => __paid = map.next_value()?,
                "tags" => __tags = map.next_value()?,
                "metadata" => __metadata = map.next_value()?,
                "reference" => __reference = map.next_value()?,
                "payload" => __payload = map.next_value()?,
                "customer" => __customer = map.next_value()?,
                "shipping" => __shipping = map.next_value()?,
                "lines" => __lines = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(status) = __status else {
            return Err(serde::de::Error::missing_field("status"));
        };
        let Some(created) = __created else {
            return Err(serde::de::Error::missing_field("created"));
        };
        let Some(lines) = __lines else {
            return Err(serde::de::Error::missing_field("lines"));
        };
        Ok(Self {
            id,
            status,
            created,
            updated_at: __updated_at,
            total: __total,
            paid: __paid,
            tags: __tags,
            metadata: __metadata,
            reference: __reference,
            payload: __payload,
            customer: __customer,
            shipping: __shipping,
            lines,
        })
    }
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
        let value = Self::from(value.as_ref());
        if let Self::Unknown(_) = value {
            apitap_runtime::codegen::misfit();
        }
        Ok(value)
    }
}
/// A scalar union stays a text column.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/reference`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderReference {
    Integer(i64),
    String(String),
}
impl serde::Serialize for OrderReference {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::String(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for OrderReference {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "OrderReference",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Integer),
                |v| serde::Deserialize::deserialize(v).map(Self::String),
            ],
            &[],
        )
    }
}
/// A union of objects becomes JSON.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/payload`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderPayload {
    Variant1(super::OrderPayloadVariant1),
    Variant2(super::OrderPayloadVariant2),
}
impl serde::Serialize for OrderPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Variant1(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for OrderPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "OrderPayload",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Variant1),
                |v| serde::Deserialize::deserialize(v).map(Self::Variant2),
            ],
            &[],
        )
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/payload/oneOf/0`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderPayloadVariant1 {
    pub kind: Option<String>,
    pub a: i64,
}
impl serde::Serialize for OrderPayloadVariant1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("kind", &self.kind)?;
        out.field("a", &self.a)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderPayloadVariant1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderPayloadVariant1 {
    const NAME: &'static str = "OrderPayloadVariant1";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __kind = None;
        let mut __a = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "kind" => __kind = map.next_value()?,
                "a" => __a = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(a) = __a else {
            return Err(serde::de::Error::missing_field("a"));
        };
        Ok(Self { kind: __kind, a })
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/payload/oneOf/1`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderPayloadVariant2 {
    pub kind: Option<String>,
    pub b: String,
}
impl serde::Serialize for OrderPayloadVariant2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("kind", &self.kind)?;
        out.field("b", &self.b)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderPayloadVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderPayloadVariant2 {
    const NAME: &'static str = "OrderPayloadVariant2";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __kind = None;
        let mut __b = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "kind" => __kind = map.next_value()?,
                "b" => __b = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(b) = __b else {
            return Err(serde::de::Error::missing_field("b"));
        };
        Ok(Self { kind: __kind, b })
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderShipping {
    pub name: Option<String>,
    pub address: Option<super::OrderShippingAddress>,
}
impl serde::Serialize for OrderShipping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("name", &self.name)?;
        out.optional("address", &self.address)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderShipping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderShipping {
    const NAME: &'static str = "OrderShipping";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "name" => out.name = map.next_value()?,
                "address" => out.address = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping/properties/address`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderShippingAddress {
    pub city: Option<String>,
    /// Beyond the depth limit this becomes one JSON column.
    pub geo: Option<super::OrderShippingAddressGeo>,
}
impl serde::Serialize for OrderShippingAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("city", &self.city)?;
        out.optional("geo", &self.geo)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderShippingAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderShippingAddress {
    const NAME: &'static str = "OrderShippingAddress";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "city" => out.city = map.next_value()?,
                "geo" => out.geo = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Beyond the depth limit this becomes one JSON column.
///
/// Schema: `records.yaml#/components/schemas/Order/properties/shipping/properties/address/properties/geo`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderShippingAddressGeo {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}
impl serde::Serialize for OrderShippingAddressGeo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("lat", &self.lat)?;
        out.optional("lon", &self.lon)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderShippingAddressGeo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderShippingAddressGeo {
    const NAME: &'static str = "OrderShippingAddressGeo";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "lat" => out.lat = map.next_value()?,
                "lon" => out.lon = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrderLinesItem {
    pub sku: String,
    pub quantity: i64,
    pub discounts: Option<Vec<super::OrderLinesItemDiscountsItem>>,
}
impl serde::Serialize for OrderLinesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("sku", &self.sku)?;
        out.field("quantity", &self.quantity)?;
        out.optional("discounts", &self.discounts)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderLinesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderLinesItem {
    const NAME: &'static str = "OrderLinesItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __sku = None;
        let mut __quantity = None;
        let mut __discounts = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "sku" => __sku = Some(map.next_value()?),
                "quantity" => __quantity = Some(map.next_value()?),
                "discounts" => __discounts = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(sku) = __sku else {
            return Err(serde::de::Error::missing_field("sku"));
        };
        let Some(quantity) = __quantity else {
            return Err(serde::de::Error::missing_field("quantity"));
        };
        Ok(Self {
            sku,
            quantity,
            discounts: __discounts,
        })
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items/properties/discounts/items`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderLinesItemDiscountsItem {
    pub code: Option<String>,
    pub amount: Option<i64>,
    /// Arrays of objects below the table depth limit become JSON.
    pub rules: Option<Vec<super::OrderLinesItemDiscountsItemRulesItem>>,
}
impl serde::Serialize for OrderLinesItemDiscountsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("code", &self.code)?;
        out.optional("amount", &self.amount)?;
        out.optional("rules", &self.rules)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderLinesItemDiscountsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderLinesItemDiscountsItem {
    const NAME: &'static str = "OrderLinesItemDiscountsItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "code" => out.code = map.next_value()?,
                "amount" => out.amount = map.next_value()?,
                "rules" => out.rules = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `records.yaml#/components/schemas/Order/properties/lines/items/properties/discounts/items/properties/rules/items`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderLinesItemDiscountsItemRulesItem {
    pub rule: Option<String>,
}
impl serde::Serialize for OrderLinesItemDiscountsItemRulesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("rule", &self.rule)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderLinesItemDiscountsItemRulesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de>
for OrderLinesItemDiscountsItemRulesItem {
    const NAME: &'static str = "OrderLinesItemDiscountsItemRulesItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "rule" => out.rule = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
