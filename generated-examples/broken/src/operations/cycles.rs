//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /cycles` (operation `get_cycles`).
    pub fn get_cycles(&self) -> GetCycles {
        GetCycles { client: self.clone() }
    }
}
/// Request builder for `GET /cycles`; finish with [`GetCycles::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetCycles {
    client: crate::Client,
}
impl GetCycles {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Cycles, rt::Error<GetCyclesError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetCyclesError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/cycles", "get_cycles");
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `get_cycles`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetCyclesError {}
impl rt::ErrorBody for GetCyclesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
