//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// Charges, the most recently updated first.
    ///
    /// `GET /charges` (operation `listCharges`).
    pub fn list_charges(&self) -> ListCharges {
        ListCharges {
            client: self.clone(),
            starting_after: None,
            limit: None,
            updated_since: None,
            created_after: None,
        }
    }
}
/// Request builder for `GET /charges`; finish with [`ListCharges::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListCharges {
    client: crate::Client,
    starting_after: Option<String>,
    limit: Option<i64>,
    updated_since: Option<String>,
    created_after: Option<String>,
}
impl ListCharges {
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
    /// Only charges updated at or after this time.
    ///
    /// `updated_since` (query parameter).
    pub fn updated_since(mut self, value: impl Into<String>) -> Self {
        self.updated_since = Some(value.into());
        self
    }
    /// Only charges created after this time.
    ///
    /// `created_after` (query parameter).
    pub fn created_after(mut self, value: impl Into<String>) -> Self {
        self.created_after = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListChargesResponse, rt::Error<ListChargesError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListChargesError>(request).await?;
        response.json()
    }
    /// Every page, in order (last_item_id pagination: 'starting_after' takes the id of the last item while 'has_more' is true).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListChargesResponse, ListChargesError> {
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
            |page: &crate::types::ListChargesResponse, _response: &rt::Response| rt::PageInfo {
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
    pub fn items(self) -> rt::PageStream<crate::types::Charge, ListChargesError> {
        rt::items(self.pages(), |page: crate::types::ListChargesResponse| page.data)
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
        ListChargesError,
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
        let mut req = rt::Request::new(rt::Method::GET, "/charges", "listCharges");
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
        req.query(
            "updated_since",
            &self.updated_since,
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
/// Documented error responses of `listCharges`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListChargesError {}
impl rt::ErrorBody for ListChargesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
