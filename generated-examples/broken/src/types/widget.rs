/// Schema: `broken.yaml#/components/schemas/Widget`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Widget {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<super::WidgetDetail>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<super::WidgetShape>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<super::WidgetMark>,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct WidgetDetail {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
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
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WidgetShape {
    Square(super::Square),
    Variant2(serde_json::Value),
}
/// Schema: `broken.yaml#/components/schemas/Widget/properties/mark`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum WidgetMark {
    String(String),
    Variant2(serde_json::Value),
}
