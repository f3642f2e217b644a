//! Operations tagged `last_item_id`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /last-id/customers` (operation `listCustomers`).
    pub fn list_customers(&self) -> ListCustomers {
        ListCustomers {
            client: self.clone(),
            starting_after: None,
            limit: None,
        }
    }
}
/// Request builder for `GET /last-id/customers`; finish with [`ListCustomers::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCustomers {
    client: crate::Client,
    starting_after: Option<String>,
    limit: Option<i64>,
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
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListCustomersError> {
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
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/last-id/customers",
            "listCustomers",
        );
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
        req.security(&[&["token"]]);
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
    /// Pass the `last_id` of a page as `after` for the next (DigitalOcean's batches).
    ///
    /// `GET /last-id/batches` (operation `listBatches`).
    pub fn list_batches(&self) -> ListBatches {
        ListBatches {
            client: self.clone(),
            after: None,
            limit: None,
        }
    }
}
/// Request builder for `GET /last-id/batches`; finish with [`ListBatches::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListBatches {
    client: crate::Client,
    after: Option<String>,
    limit: Option<i64>,
}
impl ListBatches {
    /// `after` (query parameter).
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListBatchesResponse, rt::Error<ListBatchesError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListBatchesError>(request).await?;
        response.json()
    }
    /// Every page, in order (last_item_id pagination: 'after' takes 'last_id' of the last page, while 'has_more' is true).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListBatchesResponse, ListBatchesError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LastItemId,
            param: Some("after"),
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
            |page: &crate::types::ListBatchesResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.data).map_or(0, |items| items.len()),
                next_token: page.last_id.as_ref().and_then(rt::ToCursor::to_cursor),
                has_more: Some(&page.has_more).and_then(rt::ToFlag::to_flag),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(
        self,
    ) -> rt::PageStream<crate::types::ListBatchesResponseDataItem, ListBatchesError> {
        rt::items(self.pages(), |page: crate::types::ListBatchesResponse| page.data)
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/last-id/batches",
            "listBatches",
        );
        req.query(
            "after",
            &self.after,
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
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listBatches`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListBatchesError {}
impl rt::ErrorBody for ListBatchesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
