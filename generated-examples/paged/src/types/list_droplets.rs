/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDropletsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub droplets: Option<Vec<super::Event>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<super::ListDropletsResponseLinks>,
}
/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema/properties/links`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListDropletsResponseLinks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<super::ListDropletsResponseLinksPages>,
}
/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema/properties/links/properties/pages`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ListDropletsResponseLinksPages {
    ForwardLinks(super::ForwardLinks),
    BackwardLinks(super::BackwardLinks),
}
