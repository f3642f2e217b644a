/// Schema: `shapes.yaml#/paths/~1shapes~1union-list/get/responses/200/content/application~1json/schema/items`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnionListResponseItem {
    Event(super::Event),
    Note(super::Note),
}
