//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /customers` (operation `listCustomers`).
    pub fn list_customers(&self) -> ListCustomers {
        ListCustomers {
            client: self.clone(),
            starting_after: None,
            limit: None,
            since: None,
        }
    }
}
/// Request builder for `GET /customers`; finish with [`ListCustomers::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCustomers {
    client: crate::Client,
    starting_after: Option<String>,
    limit: Option<i64>,
    since: Option<i64>,
}
impl ListCustomers {
    /// `starting_after` (query parameter).
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Customers updated at or after this time.
    ///
    /// `since` (query parameter).
    pub fn since(mut self, value: impl Into<i64>) -> Self {
        self.since = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListCustomersResponse, rt::Error<ListCustomersError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListCustomersError>(request).await?;
        response.json()
    }
    /// Every page, in order (last_item_id pagination: 'starting_after' takes the id of the last item while 'has_more' is true).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListCustomersResponse, ListCustomersError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LastItemId,
            param: Some("starting_after"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("limit"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &crate::types::ListCustomersResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.data).map_or(0, |items| items.len()),
                next_token: Some(&page.data)
                    .and_then(|items| items.last())
                    .and_then(|item| rt::ToCursor::to_cursor(&item.id)),
                has_more: Some(&page.has_more).and_then(rt::ToFlag::to_flag),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Customer, ListCustomersError> {
        rt::items(self.pages(), |page: crate::types::ListCustomersResponse| page.data)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<
        (serde_json::Value, Option<rt::PagePosition>),
        ListCustomersError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LastItemId,
            param: Some("starting_after"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("limit"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        rt::paginate_from(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &serde_json::Value, _response: &rt::Response| rt::PageInfo {
                item_count: page
                    .pointer("/data")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_token: page
                    .pointer("/data")
                    .and_then(serde_json::Value::as_array)
                    .and_then(|items| items.last())
                    .and_then(|item| rt::ToCursor::to_cursor(&item["id"])),
                has_more: page.pointer("/has_more").and_then(rt::ToFlag::to_flag),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/customers", "listCustomers");
        req.query(
            "starting_after",
            &self.starting_after,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "since",
            &self.since,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listCustomers`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListCustomersError {}
impl rt::ErrorBody for ListCustomersError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /customers/{customer}/invoices` (operation `listCustomerInvoices`).
    pub fn list_customer_invoices(
        &self,
        customer: impl Into<String>,
    ) -> ListCustomerInvoices {
        ListCustomerInvoices {
            client: self.clone(),
            customer: customer.into(),
            page: None,
            per_page: None,
        }
    }
}
/// Request builder for `GET /customers/{customer}/invoices`; finish with [`ListCustomerInvoices::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCustomerInvoices {
    client: crate::Client,
    customer: String,
    page: Option<i64>,
    per_page: Option<i64>,
}
impl ListCustomerInvoices {
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ListCustomerInvoicesResponse,
        rt::Error<ListCustomerInvoicesError>,
    > {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<ListCustomerInvoicesError>(request)
            .await?;
        response.json()
    }
    /// Every page, in order (page_number pagination: page parameter 'page' with page count 'total_pages').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<
        crate::types::ListCustomerInvoicesResponse,
        ListCustomerInvoicesError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::PageNumber,
            param: Some("page"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("per_page"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |
                page: &crate::types::ListCustomerInvoicesResponse,
                _response: &rt::Response|
            rt::PageInfo {
                item_count: Some(&page.data).map_or(0, |items| items.len()),
                page_count: page.total_pages.as_ref().and_then(rt::ToCount::to_count),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(
        self,
    ) -> rt::PageStream<crate::types::Invoice, ListCustomerInvoicesError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListCustomerInvoicesResponse| page.data,
        )
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<
        (serde_json::Value, Option<rt::PagePosition>),
        ListCustomerInvoicesError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::PageNumber,
            param: Some("page"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("per_page"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        rt::paginate_from(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &serde_json::Value, _response: &rt::Response| rt::PageInfo {
                item_count: page
                    .pointer("/data")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                page_count: page.pointer("/total_pages").and_then(rt::ToCount::to_count),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/customers/{customer}/invoices",
            "listCustomerInvoices",
        );
        req.path_param("customer", &self.customer);
        req.query(
            "page",
            &self.page,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "per_page",
            &self.per_page,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listCustomerInvoices`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListCustomerInvoicesError {}
impl rt::ErrorBody for ListCustomerInvoicesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /customers/{customer}/invoices/{invoice}/lines` (operation `listInvoiceLines`).
    pub fn list_invoice_lines(
        &self,
        customer: impl Into<String>,
        invoice: impl Into<String>,
    ) -> ListInvoiceLines {
        ListInvoiceLines {
            client: self.clone(),
            customer: customer.into(),
            invoice: invoice.into(),
            page_token: None,
            page_size: None,
        }
    }
}
/// Request builder for `GET /customers/{customer}/invoices/{invoice}/lines`; finish with [`ListInvoiceLines::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListInvoiceLines {
    client: crate::Client,
    customer: String,
    invoice: String,
    page_token: Option<String>,
    page_size: Option<i64>,
}
impl ListInvoiceLines {
    /// `page_token` (query parameter).
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// `page_size` (query parameter).
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ListInvoiceLinesResponse,
        rt::Error<ListInvoiceLinesError>,
    > {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<ListInvoiceLinesError>(request)
            .await?;
        response.json()
    }
    /// Every page, in order (next_url pagination: next-page link 'next' in the response (the 'page_token' parameter travels inside it)).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListInvoiceLinesResponse, ListInvoiceLinesError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("page_size"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &crate::types::ListInvoiceLinesResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.lines).map_or(0, |items| items.len()),
                next_url: page.next.as_ref().and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Line, ListInvoiceLinesError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListInvoiceLinesResponse| page.lines,
        )
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<
        (serde_json::Value, Option<rt::PagePosition>),
        ListInvoiceLinesError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("page_size"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        rt::paginate_from(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &serde_json::Value, _response: &rt::Response| rt::PageInfo {
                item_count: page
                    .pointer("/lines")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_url: page.pointer("/next").and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/customers/{customer}/invoices/{invoice}/lines",
            "listInvoiceLines",
        );
        req.path_param("customer", &self.customer);
        req.path_param("invoice", &self.invoice);
        req.query(
            "page_token",
            &self.page_token,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "page_size",
            &self.page_size,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listInvoiceLines`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListInvoiceLinesError {}
impl rt::ErrorBody for ListInvoiceLinesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
