/// Schema: `paged.yaml#/paths/~1next-url~1droplets/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListDropletsResponse {
    pub droplets: Option<Vec<super::Event>>,
    pub links: Option<super::ListDropletsResponseLinks>,
}
impl serde::Serialize for ListDropletsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("droplets", &self.droplets)?;
        out.optional("links", &self.links)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListDropletsResponseLinks {
    pub pages: Option<super::ListDropletsResponseLinksPages>,
}
impl serde::Serialize for ListDropletsResponseLinks {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("pages", &self.pages)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq)]
pub enum ListDropletsResponseLinksPages {
    ForwardLinks(super::ForwardLinks),
    BackwardLinks(super::BackwardLinks),
}
impl serde::Serialize for ListDropletsResponseLinksPages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ForwardLinks(value) => serde::Serialize::serialize(value, serializer),
            Self::BackwardLinks(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListDropletsResponseLinksPages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "ListDropletsResponseLinksPages",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::ForwardLinks),
                |v| serde::Deserialize::deserialize(v).map(Self::BackwardLinks),
            ],
            &[],
        )
    }
}
