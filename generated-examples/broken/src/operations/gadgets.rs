//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /gadgets/{id}` (operation `get_gadget`).
    pub fn get_gadget(&self, id: impl Into<String>) -> GetGadget {
        GetGadget {
            client: self.clone(),
            id: id.into(),
        }
    }
}
/// Request builder for `GET /gadgets/{id}`; finish with [`GetGadget::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetGadget {
    client: crate::Client,
    id: String,
}
impl GetGadget {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<serde_json::Value, rt::Error<GetGadgetError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetGadgetError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/gadgets/{id}", "get_gadget");
        req.path_param("id", &self.id);
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `get_gadget`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetGadgetError {}
impl rt::ErrorBody for GetGadgetError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
