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
round_trip! {}
