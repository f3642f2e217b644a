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
    /// broken.yaml#/paths/~1widgets/post response Code(201)
    #[cfg(feature = "widgets")]
    example_1: crate::types::Widget = "{\"id\":\"w_1\",\"name\":\"first\"}";
}
