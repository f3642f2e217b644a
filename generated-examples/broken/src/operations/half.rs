//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `DELETE /half` (operation `delete_half`).
    pub fn delete_half(&self) -> DeleteHalf {
        DeleteHalf { client: self.clone() }
    }
}
/// Request builder for `DELETE /half`; finish with [`DeleteHalf::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct DeleteHalf {
    client: crate::Client,
}
impl DeleteHalf {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<DeleteHalfError>> {
        let request = self.request();
        let response = self.client.runtime().send::<DeleteHalfError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::DELETE, "/half", "delete_half");
        req.security(&[&["token"]]);
        req
    }
}
/// Documented error responses of `delete_half`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DeleteHalfError {}
impl rt::ErrorBody for DeleteHalfError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
