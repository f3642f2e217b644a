/// Categories nest (a recursive schema).
///
/// Schema: `shop.yaml#/components/schemas/Category`.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub name: String,
    /// Categories nest (a recursive schema).
    pub parent: Option<Box<super::Category>>,
    pub children: Option<Vec<super::Category>>,
}
impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("name", &self.name)?;
        out.optional("parent", &self.parent)?;
        out.optional("children", &self.children)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for Category {
    const NAME: &'static str = "Category";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __name = None;
        let mut __parent = None;
        let mut __children = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "name" => __name = Some(map.next_value()?),
                "parent" => __parent = map.next_value()?,
                "children" => __children = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(name) = __name else {
            return Err(serde::de::Error::missing_field("name"));
        };
        Ok(Self {
            name,
            parent: __parent,
            children: __children,
        })
    }
}
