/// Schema: `billing.yaml#/components/schemas/Plan`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Plan {
    pub id: String,
    pub name: String,
    pub amount: i64,
}
impl serde::Serialize for Plan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.field("name", &self.name)?;
        out.field("amount", &self.amount)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Plan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Plan {
    const NAME: &'static str = "Plan";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __name = None;
        let mut __amount = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "name" => __name = Some(map.next_value()?),
                "amount" => __amount = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        let Some(amount) = __amount else {
            return Err(serde::de::Error::missing_field("amount"));
        };
        Ok(Self { id, name, amount })
    }
}
