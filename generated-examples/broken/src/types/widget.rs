/// Schema: `broken.yaml#/components/schemas/Widget`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Widget {
    pub id: String,
    pub name: Option<String>,
    pub owner: Option<serde_json::Value>,
    pub parts: Option<Vec<serde_json::Value>>,
    pub labels: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    pub detail: Option<super::WidgetDetail>,
    pub shape: Option<super::WidgetShape>,
    pub mark: Option<super::WidgetMark>,
}
impl serde::Serialize for Widget {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.optional("name", &self.name)?;
        out.optional("owner", &self.owner)?;
        out.optional("parts", &self.parts)?;
        out.optional("labels", &self.labels)?;
        out.optional("detail", &self.detail)?;
        out.optional("shape", &self.shape)?;
        out.optional("mark", &self.mark)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Widget {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Widget {
    const NAME: &'static str = "Widget";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __owner = None;
        let mut __parts = None;
        let mut __labels = None;
        let mut __detail = None;
        let mut __shape = None;
        let mut __mark = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = map.next_value()?,
                "owner" => __owner = map.next_value()?,
                "parts" => __parts = map.next_value()?,
                "labels" => __labels = map.next_value()?,
                "detail" => __detail = map.next_value()?,
                "shape" => __shape = map.next_value()?,
                "mark" => __mark = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        Ok(Self {
            id,
            name: __name,
            owner: __owner,
            parts: __parts,
            labels: __labels,
            detail: __detail,
            shape: __shape,
            mark: __mark,
        })
    }
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/detail`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct WidgetDetail {
    pub color: Option<String>,
}
impl serde::Serialize for WidgetDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("color", &self.color)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for WidgetDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for WidgetDetail {
    const NAME: &'static str = "WidgetDetail";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "color" => out.color = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/shape`.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetShape {
    Square(super::Square),
    Variant2(serde_json::Value),
}
impl serde::Serialize for WidgetShape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Square(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for WidgetShape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "WidgetShape",
            &[|v| serde::Deserialize::deserialize(v).map(Self::Square)],
            &[|v| serde::Deserialize::deserialize(v).map(Self::Variant2)],
        )
    }
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/mark`.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetMark {
    String(String),
    Variant2(serde_json::Value),
}
impl serde::Serialize for WidgetMark {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => serde::Serialize::serialize(value, serializer),
            Self::Variant2(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for WidgetMark {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "WidgetMark",
            &[|v| serde::Deserialize::deserialize(v).map(Self::String)],
            &[|v| serde::Deserialize::deserialize(v).map(Self::Variant2)],
        )
    }
}
