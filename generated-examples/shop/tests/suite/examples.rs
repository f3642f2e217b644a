//! The spec's examples, decoded into their generated types and encoded back: equal up
//! to key order, null versus absent, and number form.
macro_rules! round_trip {
    ($($(#[$attr:meta])* $name:ident: $ty:ty = $json:expr;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                apitap_runtime::codegen::testing::assert_round_trip::<$ty>($json);
            }
        )*
    };
}
round_trip! {
    /// shop.yaml#/components/schemas/Product
    #[cfg(any(feature = "orders", feature = "products"))]
    example_1: crate::types::Product =
        "{\"id\":\"prod_1\",\"name\":\"Mug\",\"status\":\"active\",\"type\":\"physical\",\"price\":{\"amount\":1200,\"currency\":\"eur\"}}";
    /// shop.yaml#/paths/~1products/get response Code(200)
    #[cfg(feature = "products")]
    example_2: crate::types::ListProductsResponse =
        "{\"data\":[{\"id\":\"prod_1\",\"name\":\"Mug\",\"status\":\"active\",\"price\":{\"amount\":1200,\"currency\":\"eur\"},\"type\":\"physical\",\"created\":1700000000}],\"has_more\":false}";
}
