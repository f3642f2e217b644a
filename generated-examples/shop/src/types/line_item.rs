/// Schema: `shop.yaml#/components/schemas/LineItem`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LineItem {
    /// The product id, or the product when expanded.
    #[cfg(feature = "products")]
    pub product: apitap_runtime::codegen::Expandable<super::Product>,
    /// The product id, or the product when expanded.
    #[cfg(not(feature = "products"))]
    pub product: apitap_runtime::codegen::Expandable<serde_json::Value>,
    pub quantity: i32,
}
