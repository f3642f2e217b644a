/// Schema: `paged.yaml#/paths/~1search~1contacts/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SearchContactsBody {
    pub query: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<super::SearchContactsBodyPagination>,
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/requestBody/content/application~1json/schema/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SearchContactsBodyPagination {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchContactsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::Event>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<super::SearchContactsResponsePages>,
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema/properties/pages`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchContactsResponsePages {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<super::SearchContactsResponsePagesNext>,
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema/properties/pages/properties/next`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SearchContactsResponsePagesNext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}
