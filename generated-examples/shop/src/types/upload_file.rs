/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileBody {
    pub file: apitap_runtime::codegen::Binary,
    pub purpose: Option<super::UploadFileBodyPurpose>,
    pub labels: Option<Vec<String>>,
    pub attachments: Option<Vec<apitap_runtime::codegen::Binary>>,
    pub link: Option<super::UploadFileBodyLink>,
    pub meta: Option<super::UploadFileBodyMeta>,
}
impl serde::Serialize for UploadFileBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("file", &self.file)?;
        out.optional("purpose", &self.purpose)?;
        out.optional("labels", &self.labels)?;
        out.optional("attachments", &self.attachments)?;
        out.optional("link", &self.link)?;
        out.optional("meta", &self.meta)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadFileBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for UploadFileBody {
    const NAME: &'static str = "UploadFileBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __file = None;
        let mut __purpose = None;
        let mut __labels = None;
        let mut __attachments = None;
        let mut __link = None;
        let mut __meta = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "file" => __file = Some(map.next_value()?),
                "purpose" => __purpose = map.next_value()?,
                "labels" => __labels = map.next_value()?,
                "attachments" => __attachments = map.next_value()?,
                "link" => __link = map.next_value()?,
                "meta" => __meta = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(file) = __file else {
            return Err(serde::de::Error::missing_field("file"));
        };
        Ok(Self {
            file,
            purpose: __purpose,
            labels: __labels,
            attachments: __attachments,
            link: __link,
            meta: __meta,
        })
    }
}
/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/purpose`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UploadFileBodyPurpose {
    /// `avatar`
    Avatar,
    /// `invoice`
    Invoice,
    /// A value this version of the spec does not list.
    Unknown(String),
}
impl UploadFileBodyPurpose {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Avatar => "avatar",
            Self::Invoice => "invoice",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UploadFileBodyPurpose {
    fn from(value: &str) -> Self {
        match value {
            "avatar" => Self::Avatar,
            "invoice" => Self::Invoice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl std::fmt::Display for UploadFileBodyPurpose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl serde::Serialize for UploadFileBodyPurpose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UploadFileBodyPurpose {
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
/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/link`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadFileBodyLink {
    pub expires: Option<i64>,
}
impl serde::Serialize for UploadFileBodyLink {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("expires", &self.expires)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadFileBodyLink {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for UploadFileBodyLink {
    const NAME: &'static str = "UploadFileBodyLink";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "expires" => out.expires = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/meta`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadFileBodyMeta {
    pub source: Option<String>,
}
impl serde::Serialize for UploadFileBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("source", &self.source)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadFileBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for UploadFileBodyMeta {
    const NAME: &'static str = "UploadFileBodyMeta";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "source" => out.source = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
