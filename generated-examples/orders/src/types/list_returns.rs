/// Schema: `records.yaml#/paths/~1returns/get/responses/200/content/application~1json/schema`.
pub type ListReturnsResponse = super::ListOrdersResponse;
