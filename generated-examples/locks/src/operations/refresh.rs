//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /refresh` (operation `withRefreshToken`).
    pub fn with_refresh_token(&self) -> WithRefreshToken {
        WithRefreshToken {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /refresh`; finish with [`WithRefreshToken::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithRefreshToken {
    client: crate::Client,
}
impl WithRefreshToken {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithRefreshTokenError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithRefreshTokenError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/refresh", "withRefreshToken");
        req.security(&[&["refresh"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withRefreshToken`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithRefreshTokenError {}
impl rt::ErrorBody for WithRefreshTokenError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
