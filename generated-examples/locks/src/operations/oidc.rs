//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /oidc` (operation `withOpenIdConnect`).
    pub fn with_open_id_connect(&self) -> WithOpenIdConnect {
        WithOpenIdConnect {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /oidc`; finish with [`WithOpenIdConnect::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithOpenIdConnect {
    client: crate::Client,
}
impl WithOpenIdConnect {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithOpenIdConnectError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithOpenIdConnectError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/oidc", "withOpenIdConnect");
        req.security(&[&["oidc"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withOpenIdConnect`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithOpenIdConnectError {}
impl rt::ErrorBody for WithOpenIdConnectError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
