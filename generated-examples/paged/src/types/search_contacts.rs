/// Schema: `paged.yaml#/paths/~1search~1contacts/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchContactsBody {
    pub query: String,
    pub pagination: Option<super::SearchContactsBodyPagination>,
}
impl serde::Serialize for SearchContactsBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("query", &self.query)?;
        out.optional("pagination", &self.pagination)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchContactsBodyPagination {
    pub per_page: Option<i64>,
    pub starting_after: Option<String>,
}
impl serde::Serialize for SearchContactsBodyPagination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("per_page", &self.per_page)?;
        out.optional("starting_after", &self.starting_after)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchContactsResponse {
    pub data: Option<Vec<super::Event>>,
    pub pages: Option<super::SearchContactsResponsePages>,
}
impl serde::Serialize for SearchContactsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("data", &self.data)?;
        out.optional("pages", &self.pages)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchContactsResponsePages {
    pub next: Option<super::SearchContactsResponsePagesNext>,
}
impl serde::Serialize for SearchContactsResponsePages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("next", &self.next)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchContactsResponsePagesNext {
    pub starting_after: Option<String>,
}
impl serde::Serialize for SearchContactsResponsePagesNext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("starting_after", &self.starting_after)?;
        out.end()
    }
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
