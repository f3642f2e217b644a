//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /plans` (operation `listPlans`).
    pub fn list_plans(&self) -> ListPlans {
        ListPlans {
            client: self.clone(),
            page: None,
            per_page: None,
        }
    }
}
/// Request builder for `GET /plans`; finish with [`ListPlans::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListPlans {
    client: crate::Client,
    page: Option<i64>,
    per_page: Option<i64>,
}
impl ListPlans {
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
    ) -> Result<crate::types::ListPlansResponse, rt::Error<ListPlansError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListPlansError>(request).await?;
        response.json()
    }
    /// Every page, in order (page_number pagination: page parameter 'page' with page count 'total_pages').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListPlansResponse, ListPlansError> {
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
            |page: &crate::types::ListPlansResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.plans).map_or(0, |items| items.len()),
                page_count: Some(&page.total_pages).and_then(rt::ToCount::to_count),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Plan, ListPlansError> {
        rt::items(self.pages(), |page: crate::types::ListPlansResponse| page.plans)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListPlansError> {
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
                    .pointer("/plans")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                page_count: page.pointer("/total_pages").and_then(rt::ToCount::to_count),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/plans", "listPlans");
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
/// Documented error responses of `listPlans`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListPlansError {}
impl rt::ErrorBody for ListPlansError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
