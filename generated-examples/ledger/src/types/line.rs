/// Schema: `ledger.yaml#/components/schemas/Line`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Line {
    pub id: String,
    pub sku: Option<String>,
    pub quantity: i64,
}
impl serde::Serialize for Line {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("id", &self.id)?;
        out.optional("sku", &self.sku)?;
        out.field("quantity", &self.quantity)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Line {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Line {
    const NAME: &'static str = "Line";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __id = None;
        let mut __sku = None;
        let mut __quantity = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "id" => __id = Some(map.next_value()?),
                "sku" => __sku = map.next_value()?,
                "quantity" => __quantity = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(id) = __id else {
            return Err(serde::de::Error::missing_field("id"));
        };
        let Some(quantity) = __quantity else {
            return Err(serde::de::Error::missing_field("quantity"));
        };
        Ok(Self { id, sku: __sku, quantity })
    }
}
