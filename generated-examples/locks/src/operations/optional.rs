//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// Anonymous allowed; the key is sent when configured.
    ///
    /// `GET /optional` (operation `withOptionalKey`).
    pub fn with_optional_key(&self) -> WithOptionalKey {
        WithOptionalKey {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /optional`; finish with [`WithOptionalKey::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithOptionalKey {
    client: crate::Client,
}
impl WithOptionalKey {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithOptionalKeyError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithOptionalKeyError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/optional", "withOptionalKey");
        req.security(&[&[], &["headerKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withOptionalKey`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithOptionalKeyError {}
impl rt::ErrorBody for WithOptionalKeyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
