//! Operations tagged `offset`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /offset/incidents` (operation `listIncidents`).
    pub fn list_incidents(&self) -> ListIncidents {
        ListIncidents {
            client: self.clone(),
            offset: None,
            limit: None,
        }
    }
}
/// Request builder for `GET /offset/incidents`; finish with [`ListIncidents::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListIncidents {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
}
impl ListIncidents {
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
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListIncidentsResponse, rt::Error<ListIncidentsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListIncidentsError>(request).await?;
        response.json()
    }
    /// Every page, in order (offset pagination: offset parameter 'offset' with total 'total').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListIncidentsResponse, ListIncidentsError> {
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
            |page: &crate::types::ListIncidentsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: page.incidents.as_ref().map_or(0, |items| items.len()),
                total: page.total.as_ref().and_then(rt::ToCount::to_count),
                has_more: page.more.as_ref().and_then(rt::ToFlag::to_flag),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListIncidentsError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListIncidentsResponse| {
                page.incidents.unwrap_or_default()
            },
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
        ListIncidentsError,
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
                    .pointer("/incidents")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                total: page.pointer("/total").and_then(rt::ToCount::to_count),
                has_more: page.pointer("/more").and_then(rt::ToFlag::to_flag),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/offset/incidents",
            "listIncidents",
        );
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
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listIncidents`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListIncidentsError {}
impl rt::ErrorBody for ListIncidentsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
