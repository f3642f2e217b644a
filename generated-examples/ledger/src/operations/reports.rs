//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /reports` (operation `listReports`).
    pub fn list_reports(&self, account: impl Into<String>) -> ListReports {
        ListReports {
            client: self.clone(),
            account: account.into(),
            page: None,
        }
    }
}
/// Request builder for `GET /reports`; finish with [`ListReports::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListReports {
    client: crate::Client,
    account: String,
    page: Option<i64>,
}
impl ListReports {
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListReportsResponse, rt::Error<ListReportsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListReportsError>(request).await?;
        response.json()
    }
    /// Every page, in order (page_number pagination: page parameter 'page' with page count 'total_pages').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListReportsResponse, ListReportsError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::PageNumber,
            param: Some("page"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: None,
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &crate::types::ListReportsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: page.reports.as_ref().map_or(0, |items| items.len()),
                page_count: page.total_pages.as_ref().and_then(rt::ToCount::to_count),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Report, ListReportsError> {
        rt::items(
            self.pages(),
            |page: crate::types::ListReportsResponse| page.reports.unwrap_or_default(),
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
        ListReportsError,
    > {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::PageNumber,
            param: Some("page"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: None,
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
                    .pointer("/reports")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                page_count: page.pointer("/total_pages").and_then(rt::ToCount::to_count),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/reports", "listReports");
        req.query(
            "account",
            &self.account,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "page",
            &self.page,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listReports`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListReportsError {}
impl rt::ErrorBody for ListReportsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
