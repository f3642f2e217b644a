/// Schema: `records.yaml#/paths/~1orders/get/parameters/2/schema`.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersCreated {
    Integer(i64),
    Variant2(super::ListOrdersCreatedVariant2),
}
impl serde::Serialize for ListOrdersCreated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListOrdersCreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "ListOrdersCreated",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Integer),
                |v| serde::Deserialize::deserialize(v).map(Self::Variant2),
            ],
            &[],
        )
    }
}
/// Schema: `records.yaml#/paths/~1orders/get/parameters/2/schema/anyOf/1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrdersCreatedVariant2 {
    pub gt: Option<i64>,
    pub gte: Option<i64>,
}
impl serde::Serialize for ListOrdersCreatedVariant2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("gt", &self.gt)?;
        out.optional("gte", &self.gte)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListOrdersCreatedVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListOrdersCreatedVariant2 {
    const NAME: &'static str = "ListOrdersCreatedVariant2";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "gt" => out.gt = map.next_value()?,
                "gte" => out.gte = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `records.yaml#/paths/~1orders/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListOrdersResponse {
    pub data: Vec<super::Order>,
    pub has_more: bool,
}
impl serde::Serialize for ListOrdersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("data", &self.data)?;
        out.field("has_more", &self.has_more)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListOrdersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListOrdersResponse {
    const NAME: &'static str = "ListOrdersResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __data = None;
        let mut __has_more = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => __data = Some(map.next_value()?),
                "has_more" => __has_more = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(data) = __data else {
            return Err(serde::de::Error::missing_field("data"));
        };
        let Some(has_more) = __has_more else {
            return Err(serde::de::Error::missing_field("has_more"));
        };
        Ok(Self { data, has_more })
    }
}
