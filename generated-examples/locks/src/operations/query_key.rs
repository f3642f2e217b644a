//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /query-key` (operation `withQueryKey`).
    pub fn with_query_key(&self) -> WithQueryKey {
        WithQueryKey {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /query-key`; finish with [`WithQueryKey::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithQueryKey {
    client: crate::Client,
}
impl WithQueryKey {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithQueryKeyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<WithQueryKeyError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/query-key", "withQueryKey");
        req.security(&[&["queryKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withQueryKey`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithQueryKeyError {
    /// Bad credentials.
    Status401(crate::types::Status),
}
impl rt::ErrorBody for WithQueryKeyError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            401u16 => rt::decode_json(body).map(Self::Status401),
            _ => None,
        }
    }
}
