/// Schema: `ledger.yaml#/paths/~1customers~1{customer}~1invoices~1{invoice}~1lines/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListInvoiceLinesResponse {
    pub lines: Vec<super::Line>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}
