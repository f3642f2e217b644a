/// Schema: `paged.yaml#/paths/~1search~1contacts/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SearchContactsBody {
    pub query: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<super::SearchContactsBodyPagination>,
}
impl<'de> serde::Deserialize<'de> for SearchContactsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for SearchContactsBody {
    const NAME: &'static str = "SearchContactsBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __query = None;
        let mut __pagination = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "query" => __query = Some(map.next_value()?),
                "pagination" => __pagination = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(query) = __query else {
            return Err(serde::de::Error::missing_field("query"));
        };
        Ok(Self {
            query,
            pagination: __pagination,
        })
    }
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/requestBody/content/application~1json/schema/properties/pagination`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct SearchContactsBodyPagination {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}
impl<'de> serde::Deserialize<'de> for SearchContactsBodyPagination {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for SearchContactsBodyPagination {
    const NAME: &'static str = "SearchContactsBodyPagination";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "per_page" => out.per_page = map.next_value()?,
                "starting_after" => out.starting_after = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct SearchContactsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<super::Event>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<super::SearchContactsResponsePages>,
}
impl<'de> serde::Deserialize<'de> for SearchContactsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for SearchContactsResponse {
    const NAME: &'static str = "SearchContactsResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "data" => out.data = map.next_value()?,
                "pages" => out.pages = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema/properties/pages`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct SearchContactsResponsePages {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<super::SearchContactsResponsePagesNext>,
}
impl<'de> serde::Deserialize<'de> for SearchContactsResponsePages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for SearchContactsResponsePages {
    const NAME: &'static str = "SearchContactsResponsePages";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "next" => out.next = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `paged.yaml#/paths/~1search~1contacts/post/responses/200/content/application~1json/schema/properties/pages/properties/next`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[non_exhaustive]
pub struct SearchContactsResponsePagesNext {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}
impl<'de> serde::Deserialize<'de> for SearchContactsResponsePagesNext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de>
for SearchContactsResponsePagesNext {
    const NAME: &'static str = "SearchContactsResponsePagesNext";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "starting_after" => out.starting_after = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
