//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /cookie-key` (operation `withCookieKey`).
    pub fn with_cookie_key(&self) -> WithCookieKey {
        WithCookieKey {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /cookie-key`; finish with [`WithCookieKey::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithCookieKey {
    client: crate::Client,
}
impl WithCookieKey {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithCookieKeyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<WithCookieKeyError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/cookie-key", "withCookieKey");
        req.security(&[&["cookieKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withCookieKey`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithCookieKeyError {}
impl rt::ErrorBody for WithCookieKeyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
