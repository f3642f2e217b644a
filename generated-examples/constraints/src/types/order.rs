/// Schema: `constraints.yaml#/components/schemas/Order`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Order {
    pub id: String,
    pub number: i64,
    pub total: f64,
    pub email: String,
    pub site: String,
    pub placed: String,
    pub host: Option<String>,
    pub address6: Option<String>,
    pub token: Option<String>,
    pub codes: Vec<super::Code>,
    pub kind: super::OrderKind,
    pub version: i64,
    pub currency: Option<String>,
    pub note: Option<String>,
    pub retired: serde_json::Value,
    pub latest: Option<super::Code>,
    pub extension: super::Extension,
    pub days: String,
    pub shipping: Option<super::Shipping>,
    pub amount: super::OrderAmount,
    pub grouping: super::OrderGrouping,
    pub cache: super::OrderCache,
}
impl serde::Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("number", &self.number)?;
        out.field("total", &self.total)?;
        out.field("email", &self.email)?;
        out.field("site", &self.site)?;
        out.field("placed", &self.placed)?;
        out.optional("host", &self.host)?;
        out.optional("address6", &self.address6)?;
        out.optional("token", &self.token)?;
        out.field("codes", &self.codes)?;
        out.field("kind", &self.kind)?;
        out.field("version", &self.version)?;
        out.optional("currency", &self.currency)?;
        out.optional("note", &self.note)?;
        out.field("retired", &self.retired)?;
        out.optional("latest", &self.latest)?;
        out.field("extension", &self.extension)?;
        out.field("days", &self.days)?;
        out.field("shipping", &self.shipping)?;
        out.field("amount", &self.amount)?;
        out.field("grouping", &self.grouping)?;
        out.field("cache", &self.cache)?;
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
        let mut __number = None;
        let mut __total = None;
        let mut __email = None;
        let mut __site = None;
        let mut __placed = None;
        let mut __host = None;
        let mut __address6 = None;
        let mut __token = None;
        let mut __codes = None;
        let mut __kind = None;
        let mut __version = None;
        let mut __currency = None;
        let mut __note = None;
        let mut __retired = None;
        let mut __latest = None;
        let mut __extension = None;
        let mut __days = None;
        let mut __shipping = None;
        let mut __amount = None;
        let mut __grouping = None;
        let mut __cache = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "number" => __number = Some(map.next_value()?),
                "total" => __total = Some(map.next_value()?),
                "email" => __email = Some(map.next_value()?),
                "site" => __site = Some(map.next_value()?),
                "placed" => __placed = Some(map.next_value()?),
                "host" => __host = map.next_value()?,
                "address6" => __address6 = map.next_value()?,
                "token" => __token = map.next_value()?,
                "codes" => __codes = Some(map.next_value()?),
                "kind" => __kind = Some(map.next_value()?),
                "version" => __version = Some(map.next_value()?),
                "currency" => __currency = map.next_value()?,
                "note" => __note = map.next_value()?,
                "retired" => __retired = Some(map.next_value()?),
                "latest" => __latest = map.next_value()?,
                "extension" => __extension = Some(map.next_value()?),
                "days" => __days = Some(map.next_value()?),
                "shipping" => __shipping = map.next_value()?,
                "amount" => __amount = Some(map.next_value()?),
                "grouping" => __grouping = Some(map.next_value()?),
                "cache" => __cache = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(number) = __number else {
            return Err(serde::de::Error::missing_field("number"));
        };
        let Some(total) = __total else {
            return Err(serde::de::Error::missing_field("total"));
        };
        let Some(email) = __email else {
            return Err(serde::de::Error::missing_field("email"));
        };
        let Some(site) = __site else {
            return Err(serde::de::Error::missing_field("site"));
        };
        let Some(placed) = __placed else {
            return Err(serde::de::Error::missing_field("placed"));
        };
        let Some(codes) = __codes else {
            return Err(serde::de::Error::missing_field("codes"));
        };
        let Some(kind) = __kind else {
            return Err(serde::de::Error::missing_field("kind"));
        };
        let Some(version) = __version else {
            return Err(serde::de::Error::missing_field("version"));
        };
        let Some(retired) = __retired else {
            return Err(serde::de::Error::missing_field("retired"));
        };
        let Some(extension) = __extension else {
            return Err(serde::de::Error::missing_field("extension"));
        };
        let Some(days) = __days else {
            return Err(serde::de::Error::missing_field("days"));
        };
        let Some(amount) = __amount else {
            return Err(serde::de::Error::missing_field("amount"));
        };
        let Some(grouping) = __grouping else {
            return Err(serde::de::Error::missing_field("grouping"));
        };
        let Some(cache) = __cache else {
            return Err(serde::de::Error::missing_field("cache"));
        };
        Ok(Self {
            id,
            number,
            total,
            email,
            site,
            placed,
            host: __host,
            address6: __address6,
            token: __token,
            codes,
            kind,
            version,
            currency: __currency,
            note: __note,
            retired,
            latest: __latest,
            extension,
            days,
            shipping: __shipping,
            amount,
            grouping,
            cache,
        })
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderKind {
    /// `retail`
    Retail,
    /// `wholesale`
    Wholesale,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retail => "retail",
            Self::Wholesale => "wholesale",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderKind {
    fn from(value: &str) -> Self {
        match value {
            "retail" => Self::Retail,
            "wholesale" => Self::Wholesale,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderKind {
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
/// Schema: `constraints.yaml#/components/schemas/Order/properties/days`.
pub type OrderDays = String;
/// Schema: `constraints.yaml#/components/schemas/Order/properties/amount`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderAmount {
    Integer(i64),
    Number(f64),
}
impl serde::Serialize for OrderAmount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::Number(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for OrderAmount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "OrderAmount",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Integer),
                |v| serde::Deserialize::deserialize(v).map(Self::Number),
            ],
            &[],
        )
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/grouping`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderGrouping {
    Variant1(super::OrderGroupingVariant1),
    Variant2(super::OrderGroupingVariant2),
}
impl serde::Serialize for OrderGrouping {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Variant1(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for OrderGrouping {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "OrderGrouping",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Variant1),
                |v| serde::Deserialize::deserialize(v).map(Self::Variant2),
            ],
            &[],
        )
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/grouping/oneOf/0`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderGroupingVariant1 {
    pub type_: Option<super::OrderGroupingVariant1Type>,
    pub timeout: Option<i64>,
}
impl serde::Serialize for OrderGroupingVariant1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("type", &self.type_)?;
        out.optional("timeout", &self.timeout)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderGroupingVariant1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderGroupingVariant1 {
    const NAME: &'static str = "OrderGroupingVariant1";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "type" => out.type_ = map.next_value()?,
                "timeout" => out.timeout = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/grouping/oneOf/0/properties/type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderGroupingVariant1Type {
    /// `time`
    Time,
    /// `content`
    Content,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderGroupingVariant1Type {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Time => "time",
            Self::Content => "content",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderGroupingVariant1Type {
    fn from(value: &str) -> Self {
        match value {
            "time" => Self::Time,
            "content" => Self::Content,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderGroupingVariant1Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderGroupingVariant1Type {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderGroupingVariant1Type {
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
/// Schema: `constraints.yaml#/components/schemas/Order/properties/grouping/oneOf/1`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrderGroupingVariant2 {
    pub type_: Option<String>,
    pub id: Option<String>,
}
impl serde::Serialize for OrderGroupingVariant2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("type", &self.type_)?;
        out.optional("id", &self.id)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrderGroupingVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for OrderGroupingVariant2 {
    const NAME: &'static str = "OrderGroupingVariant2";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "type" => out.type_ = map.next_value()?,
                "id" => out.id = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `constraints.yaml#/components/schemas/Order/properties/cache`.
#[derive(Debug, Clone, PartialEq)]
pub enum OrderCache {
    RecentValueCache(super::RecentValueCache),
    EventCountCache(super::EventCountCache),
}
impl serde::Serialize for OrderCache {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::RecentValueCache(value) => {
                serde::Serialize::serialize(value, serializer)
            }
            Self::EventCountCache(value) => {
                serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> serde::Deserialize<'de> for OrderCache {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "OrderCache",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::RecentValueCache),
                |v| serde::Deserialize::deserialize(v).map(Self::EventCountCache),
            ],
            &[],
        )
    }
}
