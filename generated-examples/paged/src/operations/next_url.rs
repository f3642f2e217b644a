//! Operations tagged `next_url`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /next-url/calls` (operation `listCalls`).
    pub fn list_calls(&self) -> ListCalls {
        ListCalls {
            client: self.clone(),
            page_size: None,
            page_token: None,
        }
    }
}
/// Request builder for `GET /next-url/calls`; finish with [`ListCalls::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCalls {
    client: crate::Client,
    page_size: Option<i64>,
    page_token: Option<String>,
}
impl ListCalls {
    /// `PageSize` (query parameter).
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }
    /// `PageToken` (query parameter).
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListCallsResponse, rt::Error<ListCallsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListCallsError>(request).await?;
        response.json()
    }
    /// Every page, in order (next_url pagination: next-page link 'next_page_uri' in the response (the 'PageToken' parameter travels inside it)).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListCallsResponse, ListCallsError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("PageSize"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &crate::types::ListCallsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: page.calls.as_ref().map_or(0, |items| items.len()),
                next_url: page.next_page_uri.as_ref().and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListCallsError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListCallsResponse| page.calls.unwrap_or_default(),
        )
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListCallsError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("PageSize"),
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
                    .pointer("/calls")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_url: page
                    .pointer("/next_page_uri")
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/next-url/calls", "listCalls");
        req.query(
            "PageSize",
            &self.page_size,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "PageToken",
            &self.page_token,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listCalls`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListCallsError {}
impl rt::ErrorBody for ListCallsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /next-url/droplets` (operation `listDroplets`).
    pub fn list_droplets(&self) -> ListDroplets {
        ListDroplets {
            client: self.clone(),
            page: None,
            per_page: None,
        }
    }
}
/// Request builder for `GET /next-url/droplets`; finish with [`ListDroplets::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListDroplets {
    client: crate::Client,
    page: Option<i64>,
    per_page: Option<i64>,
}
impl ListDroplets {
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
    ) -> Result<crate::types::ListDropletsResponse, rt::Error<ListDropletsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListDropletsError>(request).await?;
        response.json()
    }
    /// Every page, in order (next_url pagination: next-page link 'links.pages.next' in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListDropletsResponse, ListDropletsError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
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
            |page: &crate::types::ListDropletsResponse, response: &rt::Response| rt::PageInfo {
                item_count: page.droplets.as_ref().map_or(0, |items| items.len()),
                next_url: rt::json_path(&response.body, &["links", "pages", "next"])
                    .and_then(|v| rt::ToCursor::to_cursor(&v)),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListDropletsError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListDropletsResponse| page.droplets.unwrap_or_default(),
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
        ListDropletsError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::NextUrl,
            param: None,
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
                    .pointer("/droplets")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_url: page
                    .pointer("/links/pages/next")
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/next-url/droplets",
            "listDroplets",
        );
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
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listDroplets`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListDropletsError {}
impl rt::ErrorBody for ListDropletsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
