/// Schema: `ledger.yaml#/paths/~1customers~1{customer}~1invoices/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ListCustomerInvoicesResponse {
    pub data: Vec<super::Invoice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}
