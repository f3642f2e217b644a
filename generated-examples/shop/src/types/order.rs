/// Schema: `shop.yaml#/components/schemas/Order`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Order {
    pub customer: Option<String>,
    pub items: Vec<super::LineItem>,
    pub note: Option<super::NewOrderNote>,
    pub created: Option<i64>,
    pub updated: Option<i64>,
    pub id: String,
    pub state: super::OrderState,
    /// When the order will arrive, once it is known.
    pub delivery: Option<super::DeliveryWindow>,
    pub buyer: Option<super::Customer>,
    /// The receipt file's id, or the file when expanded (a type of the Files group).
    ///
    /// Expanded objects are held as JSON: `FileObject` is compiled only with the features that use it.
    /// `receipt_typed()` decodes the field where it is compiled.
    pub receipt: Option<apitap_runtime::codegen::Expandable<serde_json::Value>>,
}
impl Order {
    /// `receipt` decoded as `FileObject`.
    #[cfg(feature = "files")]
    pub fn receipt_typed(
        &self,
    ) -> Result<
        Option<apitap_runtime::codegen::Expandable<super::FileObject>>,
        serde_json::Error,
    > {
        apitap_runtime::codegen::decode_deferred(&self.receipt)
    }
}
impl serde::Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("customer", &self.customer)?;
        out.field("items", &self.items)?;
        out.optional("note", &self.note)?;
        out.optional("created", &self.created)?;
        out.optional("updated", &self.updated)?;
        out.field("id", &self.id)?;
        out.field("state", &self.state)?;
        out.field("delivery", &self.delivery)?;
        out.optional("buyer", &self.buyer)?;
        out.optional("receipt", &self.receipt)?;
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
        let mut __customer = None;
        let mut __items = None;
        let mut __note = None;
        let mut __created = None;
        let mut __updated = None;
        let mut __id = None;
        let mut __state = None;
        let mut __delivery = None;
        let mut __buyer = None;
        let mut __receipt = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "customer" => __customer = map.next_value()?,
                "items" => __items = Some(map.next_value()?),
                "note" => __note = map.next_value()?,
                "created" => __created = map.next_value()?,
                "updated" => __updated = map.next_value()?,
                "id" => __id = Some(map.next_value()?),
                "state" => __state = Some(map.next_value()?),
                "delivery" => __delivery = map.next_value()?,
                "buyer" => __buyer = map.next_value()?,
                "receipt" => __receipt = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(items) = __items else {
            return Err(serde::de::Error::missing_field("items"));
        };
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(state) = __state else {
            return Err(serde::de::Error::missing_field("state"));
        };
        Ok(Self {
            customer: __customer,
            items,
            note: __note,
            created: __created,
            updated: __updated,
            id,
            state,
            delivery: __delivery,
            buyer: __buyer,
            receipt: __receipt,
        })
    }
}
/// Schema: `shop.yaml#/components/schemas/Order/allOf/2/properties/state`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderState {
    /// `open`
    Open,
    /// `paid`
    Paid,
    /// `shipped`
    Shipped,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl OrderState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Shipped => "shipped",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrderState {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "paid" => Self::Paid,
            "shipped" => Self::Shipped,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for OrderState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for OrderState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for OrderState {
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
