//! Operations tagged `orders`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /orders` (operation `listOrders`).
    pub fn list_orders(&self) -> ListOrders {
        ListOrders {
            client: self.clone(),
            limit: None,
            starting_after: None,
            created: None,
        }
    }
}
/// Request builder for `GET /orders`; finish with [`ListOrders::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListOrders {
    client: crate::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    created: Option<crate::types::ListOrdersCreated>,
}
impl ListOrders {
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// `starting_after` (query parameter).
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// `created` (query parameter).
    pub fn created(mut self, value: impl Into<crate::types::ListOrdersCreated>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListOrdersResponse, rt::Error<ListOrdersError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListOrdersError>(request).await?;
        response.json()
    }
    /// Every page, in order (last_item_id pagination: 'starting_after' takes the id of the last item while 'has_more' is true).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListOrdersResponse, ListOrdersError> {
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
            |page: &crate::types::ListOrdersResponse, _response: &rt::Response| rt::PageInfo {
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
    pub fn items(self) -> rt::PageStream<crate::types::Order, ListOrdersError> {
        rt::items(self.pages(), |page: crate::types::ListOrdersResponse| page.data)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListOrdersError> {
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
        let mut req = rt::Request::new(rt::Method::GET, "/orders", "listOrders");
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "starting_after",
            &self.starting_after,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query("created", &self.created, rt::QueryStyle::DeepObject);
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listOrders`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListOrdersError {}
impl rt::ErrorBody for ListOrdersError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// Orders sent back, in the same shape; a second stream into the same tables.
    ///
    /// `GET /returns` (operation `listReturns`).
    pub fn list_returns(&self) -> ListReturns {
        ListReturns {
            client: self.clone(),
            limit: None,
            starting_after: None,
        }
    }
}
/// Request builder for `GET /returns`; finish with [`ListReturns::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListReturns {
    client: crate::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
}
impl ListReturns {
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// `starting_after` (query parameter).
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListReturnsResponse, rt::Error<ListReturnsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListReturnsError>(request).await?;
        response.json()
    }
    /// Every page, in order (last_item_id pagination: 'starting_after' takes the id of the last item while 'has_more' is true).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListReturnsResponse, ListReturnsError> {
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
            |page: &crate::types::ListReturnsResponse, _response: &rt::Response| rt::PageInfo {
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
    pub fn items(self) -> rt::PageStream<crate::types::Order, ListReturnsError> {
        rt::items(self.pages(), |page: crate::types::ListReturnsResponse| page.data)
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
        ListReturnsError,
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
        let mut req = rt::Request::new(rt::Method::GET, "/returns", "listReturns");
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "starting_after",
            &self.starting_after,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listReturns`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListReturnsError {}
impl rt::ErrorBody for ListReturnsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /orders/{id}` (operation `getOrder`).
    pub fn get_order(&self, id: impl Into<String>) -> GetOrder {
        GetOrder {
            client: self.clone(),
            id: id.into(),
        }
    }
}
/// Request builder for `GET /orders/{id}`; finish with [`GetOrder::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetOrder {
    client: crate::Client,
    id: String,
}
impl GetOrder {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Order, rt::Error<GetOrderError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetOrderError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/orders/{id}", "getOrder");
        req.path_param("id", &self.id);
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getOrder`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetOrderError {}
impl rt::ErrorBody for GetOrderError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
