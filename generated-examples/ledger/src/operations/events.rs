//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /events` (operation `listEvents`).
    pub fn list_events(&self) -> ListEvents {
        ListEvents {
            client: self.clone(),
            cursor: None,
            limit: None,
        }
    }
}
/// Request builder for `GET /events`; finish with [`ListEvents::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListEvents {
    client: crate::Client,
    cursor: Option<String>,
    limit: Option<i64>,
}
impl ListEvents {
    /// `cursor` (query parameter).
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
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
    ) -> Result<crate::types::ListEventsResponse, rt::Error<ListEventsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListEventsError>(request).await?;
        response.json()
    }
    /// Every page, in order (cursor pagination: cursor parameter 'cursor' and next cursor 'next_cursor' in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListEventsResponse, ListEventsError> {
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
            |page: &crate::types::ListEventsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.events).map_or(0, |items| items.len()),
                next_token: page.next_cursor.as_ref().and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListEventsError> {
        rt::items(self.pages(), |page: crate::types::ListEventsResponse| page.events)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListEventsError> {
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
                    .pointer("/next_cursor")
                    .and_then(rt::ToCursor::to_cursor),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/events", "listEvents");
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
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listEvents`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListEventsError {}
impl rt::ErrorBody for ListEventsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
