//! Operations tagged `Files`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `POST /files` (operation `uploadFile`).
    pub fn upload_file(&self) -> UploadFile {
        UploadFile {
            client: self.clone(),
            body: None,
        }
    }
}
/// Request builder for `POST /files`; finish with [`UploadFile::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct UploadFile {
    client: crate::Client,
    body: Option<crate::types::UploadFileBody>,
}
impl UploadFile {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::types::UploadFileBody>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::FileObject, rt::Error<UploadFileError>> {
        let request = self.request();
        let response = self.client.runtime().send::<UploadFileError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/files", "uploadFile");
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        if let Some(body) = &self.body {
            let fields = body;
            let mut parts = Vec::new();
            {
                let v = &fields.file;
                parts.push(rt::Part::bytes("file", v.0.clone(), Some("file")));
            }
            if let Some(v) = &fields.purpose {
                parts.push(rt::Part::text("purpose", v));
            }
            if let Some(v) = &fields.labels {
                parts.push(rt::Part::text("labels", v));
            }
            if let Some(v) = &fields.attachments {
                for f in v {
                    parts
                        .push(
                            rt::Part::bytes(
                                "attachments",
                                f.0.clone(),
                                Some("attachments"),
                            ),
                        );
                }
            }
            if let Some(v) = &fields.link {
                parts.push(rt::Part::text("link", v));
            }
            if let Some(v) = &fields.meta {
                parts.push(rt::Part::json("meta", v));
            }
            req.multipart(parts);
        }
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `uploadFile`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum UploadFileError {}
impl rt::ErrorBody for UploadFileError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /files/{file_id}/content` (operation `downloadFile`).
    pub fn download_file(&self, file_id: impl Into<String>) -> DownloadFile {
        DownloadFile {
            client: self.clone(),
            file_id: file_id.into(),
        }
    }
}
/// Request builder for `GET /files/{file_id}/content`; finish with [`DownloadFile::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct DownloadFile {
    client: crate::Client,
    file_id: String,
}
impl DownloadFile {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<rt::Bytes, rt::Error<DownloadFileError>> {
        let request = self.request();
        let response = self.client.runtime().send::<DownloadFileError>(request).await?;
        Ok(response.bytes())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/files/{file_id}/content",
            "downloadFile",
        );
        req.path_param("file_id", &self.file_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.accept("application/octet-stream");
        req
    }
}
/// Documented error responses of `downloadFile`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DownloadFileError {}
impl rt::ErrorBody for DownloadFileError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `PUT /files/{file_id}/content` (operation `replaceFileContent`).
    pub fn replace_file_content(
        &self,
        file_id: impl Into<String>,
        body: impl Into<rt::Binary>,
    ) -> ReplaceFileContent {
        ReplaceFileContent {
            client: self.clone(),
            file_id: file_id.into(),
            body: body.into(),
        }
    }
}
/// Request builder for `PUT /files/{file_id}/content`; finish with [`ReplaceFileContent::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ReplaceFileContent {
    client: crate::Client,
    file_id: String,
    body: rt::Binary,
}
impl ReplaceFileContent {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<ReplaceFileContentError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<ReplaceFileContentError>(request)
            .await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PUT,
            "/files/{file_id}/content",
            "replaceFileContent",
        );
        req.path_param("file_id", &self.file_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.raw(self.body.0.clone(), "application/octet-stream");
        req
    }
}
/// Documented error responses of `replaceFileContent`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ReplaceFileContentError {}
impl rt::ErrorBody for ReplaceFileContentError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
