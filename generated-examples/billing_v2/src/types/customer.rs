/// Schema: `billing-v2.yaml#/components/schemas/Customer`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Customer {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub created_at: String,
    pub updated_at: Option<String>,
}
impl serde::Serialize for Customer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.optional("email", &self.email)?;
        out.field("created_at", &self.created_at)?;
        out.optional("updated_at", &self.updated_at)?;
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
        let mut __created_at = None;
        let mut __updated_at = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "email" => __email = map.next_value()?,
                "created_at" => __created_at = Some(map.next_value()?),
                "updated_at" => __updated_at = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(created_at) = __created_at else {
            return Err(serde::de::Error::missing_field("created_at"));
        };
        Ok(Self {
            id,
            name,
            email: __email,
            created_at,
            updated_at: __updated_at,
        })
    }
}
