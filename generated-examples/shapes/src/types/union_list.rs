/// Schema: `shapes.yaml#/paths/~1shapes~1union-list/get/responses/200/content/application~1json/schema/items`.
#[derive(Debug, Clone, PartialEq)]
pub enum UnionListResponseItem {
    Event(super::Event),
    Note(super::Note),
}
impl serde::Serialize for UnionListResponseItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Event(value) => serde::Serialize::serialize(value, serializer),
            Self::Note(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UnionListResponseItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_untagged(
            deserializer,
            "UnionListResponseItem",
            &[
                |v| serde::Deserialize::deserialize(v).map(Self::Event),
                |v| serde::Deserialize::deserialize(v).map(Self::Note),
            ],
            &[],
        )
    }
}
