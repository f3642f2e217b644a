//! Operations tagged `attachments`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `POST /notes/{id}/attachments` (operation `attachToNote`).
    pub fn attach_to_note(
        &self,
        id: impl Into<i64>,
        body: impl Into<crate::types::AttachToNoteBody>,
    ) -> AttachToNote {
        AttachToNote {
            client: self.clone(),
            id: id.into(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /notes/{id}/attachments`; finish with [`AttachToNote::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct AttachToNote {
    client: crate::Client,
    id: i64,
    body: crate::types::AttachToNoteBody,
}
impl AttachToNote {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<AttachToNoteError>> {
        let request = self.request();
        let response = self.client.runtime().send::<AttachToNoteError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/notes/{id}/attachments",
            "attachToNote",
        );
        req.path_param("id", &self.id);
        req.security(&[&["basic"], &["oauth"]]);
        let fields = &self.body;
        let mut parts = Vec::new();
        {
            let v = &fields.file;
            parts.push(rt::Part::bytes("file", v.0.clone(), Some("file")));
        }
        if let Some(v) = &fields.caption {
            parts.push(rt::Part::text("caption", v));
        }
        req.multipart(parts);
        req
    }
}
/// Documented error responses of `attachToNote`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum AttachToNoteError {}
impl rt::ErrorBody for AttachToNoteError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
