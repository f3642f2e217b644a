//! Operations tagged `cursor`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /cursor/events` (operation `listEventsCursor`).
    pub fn list_events_cursor(&self) -> ListEventsCursor {
        ListEventsCursor {
            client: self.clone(),
            cursor: None,
            limit: None,
            kind: None,
        }
    }
}
/// Request builder for `GET /cursor/events`; finish with [`ListEventsCursor::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListEventsCursor {
    client: crate::Client,
    cursor: Option<String>,
    limit: Option<i32>,
    kind: Option<String>,
}
impl ListEventsCursor {
    /// `cursor` (query parameter).
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// `kind` (query parameter).
    pub fn kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<
        crate::types::ListEventsCursorResponse,
        rt::Error<ListEventsCursorError>,
    > {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<ListEventsCursorError>(request)
            .await?;
        response.json()
    }
    /// Every page, in order (cursor pagination: cursor parameter 'cursor' and next cursor 'response_metadata.next_cursor' in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListEventsCursorResponse, ListEventsCursorError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Cursor,
            param: Some("cursor"),
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
            |page: &crate::types::ListEventsCursorResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.events).map_or(0, |items| items.len()),
                next_token: page
                    .response_metadata
                    .as_ref()
                    .and_then(|v| v.next_cursor.as_ref())
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListEventsCursorError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListEventsCursorResponse| page.events,
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
        ListEventsCursorError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Cursor,
            param: Some("cursor"),
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
                    .pointer("/events")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_token: page
                    .pointer("/response_metadata/next_cursor")
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/cursor/events",
            "listEventsCursor",
        );
        req.query(
            "cursor",
            &self.cursor,
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
            "kind",
            &self.kind,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listEventsCursor`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListEventsCursorError {}
impl rt::ErrorBody for ListEventsCursorError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /search/contacts` (operation `searchContacts`).
    pub fn search_contacts(
        &self,
        body: impl Into<crate::types::SearchContactsBody>,
    ) -> SearchContacts {
        SearchContacts {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /search/contacts`; finish with [`SearchContacts::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct SearchContacts {
    client: crate::Client,
    body: crate::types::SearchContactsBody,
}
impl SearchContacts {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::SearchContactsResponse, rt::Error<SearchContactsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<SearchContactsError>(request).await?;
        response.json()
    }
    /// Every page, in order (cursor pagination: cursor parameter 'pagination.starting_after' and next cursor 'pages.next.starting_after' in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::SearchContactsResponse, SearchContactsError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Cursor,
            param: Some("pagination"),
            param_in: rt::ParamIn::Body,
            param_path: &["pagination", "starting_after"],
            size_param: Some("pagination"),
            size_in: rt::ParamIn::Body,
            size_path: &["pagination", "per_page"],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &crate::types::SearchContactsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: page.data.as_ref().map_or(0, |items| items.len()),
                next_token: page
                    .pages
                    .as_ref()
                    .and_then(|v| v.next.as_ref())
                    .and_then(|v| v.starting_after.as_ref())
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, SearchContactsError> {
        rt::items(
            self.pages(),
            |page: crate::types::SearchContactsResponse| page.data.unwrap_or_default(),
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
        SearchContactsError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Cursor,
            param: Some("pagination"),
            param_in: rt::ParamIn::Body,
            param_path: &["pagination", "starting_after"],
            size_param: Some("pagination"),
            size_in: rt::ParamIn::Body,
            size_path: &["pagination", "per_page"],
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
                    .pointer("/pages/next/starting_after")
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/search/contacts",
            "searchContacts",
        );
        req.security(&[&["token"]]);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `searchContacts`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SearchContactsError {}
impl rt::ErrorBody for SearchContactsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
