/// Schema: `ledger.yaml#/components/schemas/Product`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Product {
    pub id: String,
    pub name: String,
    pub tags: Option<Vec<String>>,
}
impl serde::Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.optional("tags", &self.tags)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Product {
    const NAME: &'static str = "Product";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __tags = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "tags" => __tags = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        Ok(Self { id, name, tags: __tags })
    }
}
