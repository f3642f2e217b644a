//! Operations tagged `owners`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /owners/{owner_id}` (operation `getOwner`).
    pub fn get_owner(&self, owner_id: impl Into<String>) -> GetOwner {
        GetOwner {
            client: self.clone(),
            owner_id: owner_id.into(),
        }
    }
}
/// Request builder for `GET /owners/{owner_id}`; finish with [`GetOwner::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetOwner {
    client: crate::Client,
    owner_id: String,
}
impl GetOwner {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Owner, rt::Error<GetOwnerError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetOwnerError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/owners/{owner_id}",
            "getOwner",
        );
        req.path_param("owner_id", &self.owner_id);
        req.security(&[&["oauth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getOwner`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetOwnerError {}
impl rt::ErrorBody for GetOwnerError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
