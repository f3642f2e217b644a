/// Schema: `shop.yaml#/components/schemas/OrderEvent`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum OrderEvent {
    OrderPlaced(super::OrderPlaced),
    OrderRefunded(super::OrderRefunded),
    /// A value whose discriminator matches no documented variant.
    Unknown(serde_json::Value),
}
impl<'de> serde::Deserialize<'de> for OrderEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("order_placed") => {
                if let Ok(v) = serde_json::from_value(value.clone()) {
                    return Ok(Self::OrderPlaced(v));
                }
            }
            Some("order_refunded") => {
                if let Ok(v) = serde_json::from_value(value.clone()) {
                    return Ok(Self::OrderRefunded(v));
                }
            }
            _ => {}
        }
        if let Ok(v) = serde_json::from_value(value.clone()) {
            return Ok(Self::OrderPlaced(v));
        }
        if let Ok(v) = serde_json::from_value(value.clone()) {
            return Ok(Self::OrderRefunded(v));
        }
        apitap_runtime::codegen::misfit();
        Ok(Self::Unknown(value))
    }
}
