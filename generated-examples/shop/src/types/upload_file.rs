/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UploadFileBody {
    pub file: apitap_runtime::codegen::Binary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<super::UploadFileBodyPurpose>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<apitap_runtime::codegen::Binary>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<super::UploadFileBodyLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<super::UploadFileBodyMeta>,
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
        Ok(Self::from(value.as_ref()))
    }
}
/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/link`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UploadFileBodyLink {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<i64>,
}
/// Schema: `shop.yaml#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/meta`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UploadFileBodyMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
