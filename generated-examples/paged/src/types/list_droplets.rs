/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListDropletsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub droplets: Option<Vec<super::Event>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub links: Option<super::ListDropletsResponseLinks>,
}
impl<'de> serde::Deserialize<'de> for ListDropletsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListDropletsResponse {
    const NAME: &'static str = "ListDropletsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "droplets" => out.droplets = map.next_value()?,
                "links" => out.links = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema/properties/links`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct ListDropletsResponseLinks {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<super::ListDropletsResponseLinksPages>,
}
impl<'de> serde::Deserialize<'de> for ListDropletsResponseLinks {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListDropletsResponseLinks {
    const NAME: &'static str = "ListDropletsResponseLinks";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "pages" => out.pages = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema/properties/links/properties/pages`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ListDropletsResponseLinksPages {
    ForwardLinks(super::ForwardLinks),
    BackwardLinks(super::BackwardLinks),
}
