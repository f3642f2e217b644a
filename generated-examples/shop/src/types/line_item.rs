/// Schema: `shop.yaml#/components/schemas/LineItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct LineItem {
    /// The product id, or the product when expanded.
    pub product: apitap_runtime::codegen::Expandable<super::Product>,
    pub quantity: i32,
}
impl serde::Serialize for LineItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("product", &self.product)?;
        out.field("quantity", &self.quantity)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for LineItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for LineItem {
    const NAME: &'static str = "LineItem";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __product = None;
        let mut __quantity = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "product" => __product = Some(map.next_value()?),
                "quantity" => __quantity = Some(map.next_value()?),
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(product) = __product else {
            return Err(serde::de::Error::missing_field("product"));
        };
        let Some(quantity) = __quantity else {
            return Err(serde::de::Error::missing_field("quantity"));
        };
        Ok(Self { product, quantity })
    }
}
