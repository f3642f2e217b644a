//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// Needs two keys at once (AND).
    ///
    /// `GET /both` (operation `withHeaderAndQueryKeys`).
    pub fn with_header_and_query_keys(&self) -> WithHeaderAndQueryKeys {
        WithHeaderAndQueryKeys {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /both`; finish with [`WithHeaderAndQueryKeys::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithHeaderAndQueryKeys {
    client: crate::Client,
}
impl WithHeaderAndQueryKeys {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithHeaderAndQueryKeysError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithHeaderAndQueryKeysError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/both",
            "withHeaderAndQueryKeys",
        );
        req.security(&[&["headerKey", "queryKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withHeaderAndQueryKeys`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithHeaderAndQueryKeysError {}
impl rt::ErrorBody for WithHeaderAndQueryKeysError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
