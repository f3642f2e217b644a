//! Operations tagged `link_header`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /link/repos` (operation `listRepos`).
    pub fn list_repos(&self) -> ListRepos {
        ListRepos {
            client: self.clone(),
            per_page: None,
            page: None,
        }
    }
}
/// Request builder for `GET /link/repos`; finish with [`ListRepos::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListRepos {
    client: crate::Client,
    per_page: Option<i64>,
    page: Option<i64>,
}
impl ListRepos {
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }
    /// `page` (query parameter).
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Event>, rt::Error<ListReposError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListReposError>(request).await?;
        response.json()
    }
    /// Every page, in order (link_header pagination: the success response declares a 'Link' header; records in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(self) -> rt::PageStream<Vec<crate::types::Event>, ListReposError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LinkHeader,
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
            |page: &Vec<crate::types::Event>, response: &rt::Response| rt::PageInfo {
                item_count: Some(&page).map_or(0, |items| items.len()),
                next_url: rt::link_next(response),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Event, ListReposError> {
        rt::items(self.pages(), |page: Vec<crate::types::Event>| page)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListReposError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LinkHeader,
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
            |page: &serde_json::Value, response: &rt::Response| rt::PageInfo {
                item_count: page
                    .pointer("")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                next_url: rt::link_next(response),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/link/repos", "listRepos");
        req.query(
            "per_page",
            &self.per_page,
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
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listRepos`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListReposError {}
impl rt::ErrorBody for ListReposError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
