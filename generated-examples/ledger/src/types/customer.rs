/// Schema: `ledger.yaml#/components/schemas/Customer`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    /// Unix time of the last change.
    pub updated: i64,
}
impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.optional("email", &self.email)?;
        out.field("updated", &self.updated)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Customer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Customer {
    const NAME: &'static str = "Customer";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __email = None;
        let mut __updated = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "email" => __email = map.next_value()?,
                "updated" => __updated = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(updated) = __updated else {
            return Err(serde::de::Error::missing_field("updated"));
        };
        Ok(Self {
            id,
            name,
            email: __email,
            updated,
        })
    }
}
