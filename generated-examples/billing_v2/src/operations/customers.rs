//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /customers` (operation `listCustomers`).
    pub fn list_customers(&self) -> ListCustomers {
        ListCustomers {
            client: self.clone(),
            offset: None,
            limit: None,
            created_after: None,
        }
    }
}
/// Request builder for `GET /customers`; finish with [`ListCustomers::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCustomers {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    created_after: Option<String>,
}
impl ListCustomers {
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Only customers created after this time.
    ///
    /// `created_after` (query parameter).
    pub fn created_after(mut self, value: impl Into<String>) -> Self {
        self.created_after = Some(value.into());
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
    /// Every page, in order (offset pagination: offset parameter 'offset' with total 'total').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListCustomersResponse, ListCustomersError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Offset,
            param: Some("offset"),
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
                item_count: Some(&page.customers).map_or(0, |items| items.len()),
                total: Some(&page.total).and_then(rt::ToCount::to_count),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Customer, ListCustomersError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListCustomersResponse| page.customers,
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
        ListCustomersError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Offset,
            param: Some("offset"),
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
                    .pointer("/customers")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                total: page.pointer("/total").and_then(rt::ToCount::to_count),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/customers", "listCustomers");
        req.query(
            "offset",
            &self.offset,
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
            "created_after",
            &self.created_after,
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
