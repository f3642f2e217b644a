/// Schema: `shop.yaml#/components/schemas/LineItem`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LineItem {
    /// The product id, or the product when expanded.
    pub product: apitap_runtime::codegen::Expandable<super::Product>,
    pub quantity: i32,
}
