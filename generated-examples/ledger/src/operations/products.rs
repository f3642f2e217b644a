//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /products` (operation `listProducts`).
    pub fn list_products(&self) -> ListProducts {
        ListProducts {
            client: self.clone(),
            offset: None,
            limit: None,
        }
    }
}
/// Request builder for `GET /products`; finish with [`ListProducts::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListProducts {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
}
impl ListProducts {
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
    ) -> Result<crate::types::ListProductsResponse, rt::Error<ListProductsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListProductsError>(request).await?;
        response.json()
    }
    /// Every page, in order (offset pagination: offset parameter 'offset' with total 'total').
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<crate::types::ListProductsResponse, ListProductsError> {
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
            |page: &crate::types::ListProductsResponse, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page.products).map_or(0, |items| items.len()),
                total: page.total.as_ref().and_then(rt::ToCount::to_count),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Product, ListProductsError> {
        rt::items(self.pages(), |page: crate::types::ListProductsResponse| page.products)
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
        ListProductsError,
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
                    .pointer("/products")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                total: page.pointer("/total").and_then(rt::ToCount::to_count),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/products", "listProducts");
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
        req.security(&[&["key"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listProducts`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListProductsError {}
impl rt::ErrorBody for ListProductsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
