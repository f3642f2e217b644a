//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /health` (operation `health`).
    pub fn health(&self) -> Health {
        Health { client: self.clone() }
    }
}
/// Request builder for `GET /health`; finish with [`Health::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct Health {
    client: crate::Client,
}
impl Health {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<String, rt::Error<HealthError>> {
        let request = self.request();
        let response = self.client.runtime().send::<HealthError>(request).await?;
        response.text()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/health", "health");
        req.accept("text/plain");
        req
    }
}
/// Documented error responses of `health`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum HealthError {}
impl rt::ErrorBody for HealthError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
