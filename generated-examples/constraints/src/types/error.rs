/// Schema: `constraints.yaml#/components/schemas/Error`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Error {
    pub name: String,
    pub details: Vec<super::ErrorDetailsItem>,
}
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("name", &self.name)?;
        out.field("details", &self.details)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Error {
    const NAME: &'static str = "Error";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __name = None;
        let mut __details = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "name" => __name = Some(map.next_value()?),
                "details" => __details = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(details) = __details else {
            return Err(serde::de::Error::missing_field("details"));
        };
        Ok(Self { name, details })
    }
}
/// Schema: `constraints.yaml#/components/schemas/Error/properties/details/items`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ErrorDetailsItem {
    pub issue: String,
    pub description: Option<String>,
}
impl serde::Serialize for ErrorDetailsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("issue", &self.issue)?;
        out.optional("description", &self.description)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ErrorDetailsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ErrorDetailsItem {
    const NAME: &'static str = "ErrorDetailsItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __issue = None;
        let mut __description = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "issue" => __issue = Some(map.next_value()?),
                "description" => __description = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(issue) = __issue else {
            return Err(serde::de::Error::missing_field("issue"));
        };
        Ok(Self {
            issue,
            description: __description,
        })
    }
}
