//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /shapes/nothing` (operation `nothing`).
    pub fn nothing(&self) -> Nothing {
        Nothing { client: self.clone() }
    }
}
/// Request builder for `GET /shapes/nothing`; finish with [`Nothing::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct Nothing {
    client: crate::Client,
}
impl Nothing {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<NothingError>> {
        let request = self.request();
        let response = self.client.runtime().send::<NothingError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        rt::Request::new(rt::Method::GET, "/shapes/nothing", "nothing")
    }
}
/// Documented error responses of `nothing`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum NothingError {}
impl rt::ErrorBody for NothingError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `HEAD /shapes/head` (operation `head_only`).
    pub fn head_only(&self) -> HeadOnly {
        HeadOnly { client: self.clone() }
    }
}
/// Request builder for `HEAD /shapes/head`; finish with [`HeadOnly::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct HeadOnly {
    client: crate::Client,
}
impl HeadOnly {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<HeadOnlyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<HeadOnlyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        rt::Request::new(rt::Method::HEAD, "/shapes/head", "head_only")
    }
}
/// Documented error responses of `head_only`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum HeadOnlyError {}
impl rt::ErrorBody for HeadOnlyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/only-headers` (operation `only_headers`).
    pub fn only_headers(&self, x_request_id: impl Into<String>) -> OnlyHeaders {
        OnlyHeaders {
            client: self.clone(),
            x_request_id: x_request_id.into(),
            x_trace: None,
        }
    }
}
/// Request builder for `GET /shapes/only-headers`; finish with [`OnlyHeaders::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyHeaders {
    client: crate::Client,
    x_request_id: String,
    x_trace: Option<i64>,
}
impl OnlyHeaders {
    /// `X-Trace` (header parameter).
    pub fn x_trace(mut self, value: impl Into<i64>) -> Self {
        self.x_trace = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Note, rt::Error<OnlyHeadersError>> {
        let request = self.request();
        let response = self.client.runtime().send::<OnlyHeadersError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/only-headers",
            "only_headers",
        );
        req.header("X-Request-Id", &self.x_request_id);
        req.header("X-Trace", &self.x_trace);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `only_headers`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyHeadersError {}
impl rt::ErrorBody for OnlyHeadersError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/only-optional-header` (operation `only_optional_header`).
    pub fn only_optional_header(&self) -> OnlyOptionalHeader {
        OnlyOptionalHeader {
            client: self.clone(),
            x_locale: None,
        }
    }
}
/// Request builder for `GET /shapes/only-optional-header`; finish with [`OnlyOptionalHeader::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyOptionalHeader {
    client: crate::Client,
    x_locale: Option<String>,
}
impl OnlyOptionalHeader {
    /// `X-Locale` (header parameter).
    pub fn x_locale(mut self, value: impl Into<String>) -> Self {
        self.x_locale = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OnlyOptionalHeaderError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<OnlyOptionalHeaderError>(request)
            .await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/only-optional-header",
            "only_optional_header",
        );
        req.header("X-Locale", &self.x_locale);
        req
    }
}
/// Documented error responses of `only_optional_header`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyOptionalHeaderError {}
impl rt::ErrorBody for OnlyOptionalHeaderError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/only-cookies` (operation `only_cookies`).
    pub fn only_cookies(&self, session: impl Into<String>) -> OnlyCookies {
        OnlyCookies {
            client: self.clone(),
            session: session.into(),
        }
    }
}
/// Request builder for `GET /shapes/only-cookies`; finish with [`OnlyCookies::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyCookies {
    client: crate::Client,
    session: String,
}
impl OnlyCookies {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OnlyCookiesError>> {
        let request = self.request();
        let response = self.client.runtime().send::<OnlyCookiesError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/only-cookies",
            "only_cookies",
        );
        req.cookie("session", &self.session);
        req
    }
}
/// Documented error responses of `only_cookies`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyCookiesError {}
impl rt::ErrorBody for OnlyCookiesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/only-optional-query` (operation `only_optional_query`).
    pub fn only_optional_query(&self) -> OnlyOptionalQuery {
        OnlyOptionalQuery {
            client: self.clone(),
            q: None,
            tags: None,
            filter: None,
        }
    }
}
/// Request builder for `GET /shapes/only-optional-query`; finish with [`OnlyOptionalQuery::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyOptionalQuery {
    client: crate::Client,
    q: Option<String>,
    tags: Option<Vec<String>>,
    filter: Option<crate::types::OnlyOptionalQueryFilter>,
}
impl OnlyOptionalQuery {
    /// `q` (query parameter).
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.q = Some(value.into());
        self
    }
    /// `tags` (query parameter).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// `filter` (query parameter).
    pub fn filter(
        mut self,
        value: impl Into<crate::types::OnlyOptionalQueryFilter>,
    ) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Note>, rt::Error<OnlyOptionalQueryError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<OnlyOptionalQueryError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/only-optional-query",
            "only_optional_query",
        );
        req.query(
            "q",
            &self.q,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "tags",
            &self.tags,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query("filter", &self.filter, rt::QueryStyle::DeepObject);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `only_optional_query`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyOptionalQueryError {}
impl rt::ErrorBody for OnlyOptionalQueryError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/security-only` (operation `security_only`).
    pub fn security_only(&self) -> SecurityOnly {
        SecurityOnly {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /shapes/security-only`; finish with [`SecurityOnly::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct SecurityOnly {
    client: crate::Client,
}
impl SecurityOnly {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<String, rt::Error<SecurityOnlyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<SecurityOnlyError>(request).await?;
        response.text()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/security-only",
            "security_only",
        );
        req.security(&[&["key"]]);
        req.accept("text/plain");
        req
    }
}
/// Documented error responses of `security_only`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SecurityOnlyError {}
impl rt::ErrorBody for SecurityOnlyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `DELETE /shapes/path/{id}` (operation `only_path`).
    pub fn only_path(&self, id: impl Into<String>) -> OnlyPath {
        OnlyPath {
            client: self.clone(),
            id: id.into(),
        }
    }
}
/// Request builder for `DELETE /shapes/path/{id}`; finish with [`OnlyPath::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyPath {
    client: crate::Client,
    id: String,
}
impl OnlyPath {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OnlyPathError>> {
        let request = self.request();
        let response = self.client.runtime().send::<OnlyPathError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::DELETE,
            "/shapes/path/{id}",
            "only_path",
        );
        req.path_param("id", &self.id);
        req
    }
}
/// Documented error responses of `only_path`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyPathError {}
impl rt::ErrorBody for OnlyPathError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/json-body` (operation `json_body`).
    pub fn json_body(&self, body: impl Into<crate::types::Note>) -> JsonBody {
        JsonBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/json-body`; finish with [`JsonBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct JsonBody {
    client: crate::Client,
    body: crate::types::Note,
}
impl JsonBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Note, rt::Error<JsonBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<JsonBodyError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/json-body",
            "json_body",
        );
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `json_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum JsonBodyError {}
impl rt::ErrorBody for JsonBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/optional-json-body` (operation `optional_json_body`).
    pub fn optional_json_body(&self) -> OptionalJsonBody {
        OptionalJsonBody {
            client: self.clone(),
            body: None,
        }
    }
}
/// Request builder for `POST /shapes/optional-json-body`; finish with [`OptionalJsonBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OptionalJsonBody {
    client: crate::Client,
    body: Option<crate::types::Note>,
}
impl OptionalJsonBody {
    /// The request body.
    pub fn body(mut self, value: impl Into<crate::types::Note>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OptionalJsonBodyError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<OptionalJsonBodyError>(request)
            .await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/optional-json-body",
            "optional_json_body",
        );
        if let Some(body) = &self.body {
            req.json(body);
        }
        req
    }
}
/// Documented error responses of `optional_json_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OptionalJsonBodyError {}
impl rt::ErrorBody for OptionalJsonBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/text-json-body` (operation `text_json_body`).
    pub fn text_json_body(&self, body: impl Into<crate::types::Note>) -> TextJsonBody {
        TextJsonBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/text-json-body`; finish with [`TextJsonBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct TextJsonBody {
    client: crate::Client,
    body: crate::types::Note,
}
impl TextJsonBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<TextJsonBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<TextJsonBodyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/text-json-body",
            "text_json_body",
        );
        req.content_type("text/json");
        req.json(&self.body);
        req
    }
}
/// Documented error responses of `text_json_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TextJsonBodyError {}
impl rt::ErrorBody for TextJsonBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `PATCH /shapes/merge-patch` (operation `merge_patch`).
    pub fn merge_patch(&self, body: impl Into<crate::types::Patch>) -> MergePatch {
        MergePatch {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `PATCH /shapes/merge-patch`; finish with [`MergePatch::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct MergePatch {
    client: crate::Client,
    body: crate::types::Patch,
}
impl MergePatch {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Note, rt::Error<MergePatchError>> {
        let request = self.request();
        let response = self.client.runtime().send::<MergePatchError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PATCH,
            "/shapes/merge-patch",
            "merge_patch",
        );
        req.content_type("application/merge-patch+json");
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `merge_patch`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum MergePatchError {}
impl rt::ErrorBody for MergePatchError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/json-api` (operation `json_api`).
    pub fn json_api(&self, body: impl Into<crate::types::JsonApiBody>) -> JsonApi {
        JsonApi {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/json-api`; finish with [`JsonApi::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct JsonApi {
    client: crate::Client,
    body: crate::types::JsonApiBody,
}
impl JsonApi {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::JsonApiResponse, rt::Error<JsonApiError>> {
        let request = self.request();
        let response = self.client.runtime().send::<JsonApiError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/shapes/json-api", "json_api");
        req.content_type("application/vnd.api+json");
        req.json(&self.body);
        req.accept("application/vnd.api+json");
        req
    }
}
/// Documented error responses of `json_api`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum JsonApiError {}
impl rt::ErrorBody for JsonApiError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/form-body` (operation `form_body`).
    pub fn form_body(&self, body: impl Into<crate::types::FormBodyBody>) -> FormBody {
        FormBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/form-body`; finish with [`FormBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct FormBody {
    client: crate::Client,
    body: crate::types::FormBodyBody,
}
impl FormBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<FormBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<FormBodyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/form-body",
            "form_body",
        );
        req.form_styled(&self.body, &[]);
        req
    }
}
/// Documented error responses of `form_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum FormBodyError {}
impl rt::ErrorBody for FormBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/multipart-body` (operation `multipart_body`).
    pub fn multipart_body(
        &self,
        body: impl Into<crate::types::MultipartBodyBody>,
    ) -> MultipartBody {
        MultipartBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/multipart-body`; finish with [`MultipartBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct MultipartBody {
    client: crate::Client,
    body: crate::types::MultipartBodyBody,
}
impl MultipartBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<MultipartBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<MultipartBodyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/multipart-body",
            "multipart_body",
        );
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
/// Documented error responses of `multipart_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum MultipartBodyError {}
impl rt::ErrorBody for MultipartBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/empty-multipart` (operation `empty_multipart`).
    pub fn empty_multipart(&self) -> EmptyMultipart {
        EmptyMultipart {
            client: self.clone(),
            body: None,
        }
    }
}
/// Request builder for `POST /shapes/empty-multipart`; finish with [`EmptyMultipart::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct EmptyMultipart {
    client: crate::Client,
    body: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}
impl EmptyMultipart {
    /// The request body.
    pub fn body(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, serde_json::Value>>,
    ) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<EmptyMultipartError>> {
        let request = self.request();
        let response = self.client.runtime().send::<EmptyMultipartError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/empty-multipart",
            "empty_multipart",
        );
        if let Some(body) = &self.body {
            req.multipart(vec![rt::Part::text("body", body)]);
        }
        req
    }
}
/// Documented error responses of `empty_multipart`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum EmptyMultipartError {}
impl rt::ErrorBody for EmptyMultipartError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `PUT /shapes/text-body` (operation `text_body`).
    pub fn text_body(&self, body: impl Into<String>) -> TextBody {
        TextBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `PUT /shapes/text-body`; finish with [`TextBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct TextBody {
    client: crate::Client,
    body: String,
}
impl TextBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<TextBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<TextBodyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PUT,
            "/shapes/text-body",
            "text_body",
        );
        req.raw(self.body.clone(), "text/plain");
        req
    }
}
/// Documented error responses of `text_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TextBodyError {}
impl rt::ErrorBody for TextBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `PUT /shapes/binary-body` (operation `binary_body`).
    pub fn binary_body(&self, body: impl Into<rt::Binary>) -> BinaryBody {
        BinaryBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `PUT /shapes/binary-body`; finish with [`BinaryBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct BinaryBody {
    client: crate::Client,
    body: rt::Binary,
}
impl BinaryBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<rt::Bytes, rt::Error<BinaryBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<BinaryBodyError>(request).await?;
        Ok(response.bytes())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PUT,
            "/shapes/binary-body",
            "binary_body",
        );
        req.raw(self.body.0.clone(), "application/octet-stream");
        req.accept("application/octet-stream");
        req
    }
}
/// Documented error responses of `binary_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum BinaryBodyError {}
impl rt::ErrorBody for BinaryBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/array-body` (operation `array_body`).
    pub fn array_body(&self, body: impl Into<Vec<String>>) -> ArrayBody {
        ArrayBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/array-body`; finish with [`ArrayBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ArrayBody {
    client: crate::Client,
    body: Vec<String>,
}
impl ArrayBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<ArrayBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ArrayBodyError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/array-body",
            "array_body",
        );
        req.json(&self.body);
        req
    }
}
/// Documented error responses of `array_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ArrayBodyError {}
impl rt::ErrorBody for ArrayBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/several-successes` (operation `several_successes`).
    pub fn several_successes(&self) -> SeveralSuccesses {
        SeveralSuccesses {
            client: self.clone(),
        }
    }
}
/// Request builder for `POST /shapes/several-successes`; finish with [`SeveralSuccesses::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct SeveralSuccesses {
    client: crate::Client,
}
impl SeveralSuccesses {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Note, rt::Error<SeveralSuccessesError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<SeveralSuccessesError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/several-successes",
            "several_successes",
        );
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `several_successes`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SeveralSuccessesError {}
impl rt::ErrorBody for SeveralSuccessesError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /shapes/only-default` (operation `only_default`).
    pub fn only_default(&self) -> OnlyDefault {
        OnlyDefault {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /shapes/only-default`; finish with [`OnlyDefault::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyDefault {
    client: crate::Client,
}
impl OnlyDefault {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OnlyDefaultError>> {
        let request = self.request();
        let response = self.client.runtime().send::<OnlyDefaultError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        rt::Request::new(rt::Method::GET, "/shapes/only-default", "only_default")
    }
}
/// Documented error responses of `only_default`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyDefaultError {
    /// whatever the server says
    Default(crate::types::OnlyDefaultDefaultResponse),
}
impl rt::ErrorBody for OnlyDefaultError {
    fn decode(_status: u16, body: &[u8]) -> Option<Self> {
        rt::decode_json(body).map(Self::Default)
    }
}
impl crate::Client {
    /// `GET /shapes/only-errors` (operation `only_errors`).
    pub fn only_errors(&self) -> OnlyErrors {
        OnlyErrors { client: self.clone() }
    }
}
/// Request builder for `GET /shapes/only-errors`; finish with [`OnlyErrors::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct OnlyErrors {
    client: crate::Client,
}
impl OnlyErrors {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<OnlyErrorsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<OnlyErrorsError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        rt::Request::new(rt::Method::GET, "/shapes/only-errors", "only_errors")
    }
}
/// Documented error responses of `only_errors`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OnlyErrorsError {
    /// not found
    Status404(crate::types::OnlyErrorsStatus404),
}
impl rt::ErrorBody for OnlyErrorsError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            404u16 => rt::decode_json(body).map(Self::Status404),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `GET /shapes/xml` (operation `xml_response`).
    pub fn xml_response(&self) -> XmlResponse {
        XmlResponse {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /shapes/xml`; finish with [`XmlResponse::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct XmlResponse {
    client: crate::Client,
}
impl XmlResponse {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<String, rt::Error<XmlResponseError>> {
        let request = self.request();
        let response = self.client.runtime().send::<XmlResponseError>(request).await?;
        response.text()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/shapes/xml", "xml_response");
        req.accept("application/xml");
        req
    }
}
/// Documented error responses of `xml_response`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum XmlResponseError {}
impl rt::ErrorBody for XmlResponseError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `POST /shapes/wildcard` (operation `wildcard_body`).
    pub fn wildcard_body(&self, body: impl Into<crate::types::Note>) -> WildcardBody {
        WildcardBody {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /shapes/wildcard`; finish with [`WildcardBody::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WildcardBody {
    client: crate::Client,
    body: crate::types::Note,
}
impl WildcardBody {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Note, rt::Error<WildcardBodyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<WildcardBodyError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/shapes/wildcard",
            "wildcard_body",
        );
        req.json(&self.body);
        req
    }
}
/// Documented error responses of `wildcard_body`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WildcardBodyError {}
impl rt::ErrorBody for WildcardBodyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// Lists notes or events. Pagination via the Link header.
    ///
    /// `GET /shapes/union-list` (operation `union_list`).
    pub fn union_list(&self) -> UnionList {
        UnionList {
            client: self.clone(),
            after: None,
            per_page: None,
        }
    }
}
/// Request builder for `GET /shapes/union-list`; finish with [`UnionList::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct UnionList {
    client: crate::Client,
    after: Option<String>,
    per_page: Option<i64>,
}
impl UnionList {
    /// `after` (query parameter).
    pub fn after(mut self, value: impl Into<String>) -> Self {
        self.after = Some(value.into());
        self
    }
    /// `per_page` (query parameter).
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::UnionListResponseItem>, rt::Error<UnionListError>> {
        let request = self.request();
        let response = self.client.runtime().send::<UnionListError>(request).await?;
        response.json()
    }
    /// Every page, in order (link_header pagination: the description says the next page is in the 'Link' header (and a page parameter is declared); records in the response).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(
        self,
    ) -> rt::PageStream<Vec<crate::types::UnionListResponseItem>, UnionListError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::LinkHeader,
            param: None,
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: Some("per_page"),
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &Vec<crate::types::UnionListResponseItem>, response: &rt::Response| rt::PageInfo {
                item_count: Some(&page).map_or(0, |items| items.len()),
                next_url: rt::link_next(response),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(
        self,
    ) -> rt::PageStream<crate::types::UnionListResponseItem, UnionListError> {
        rt::items(self.pages(), |page: Vec<crate::types::UnionListResponseItem>| page)
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/union-list",
            "union_list",
        );
        req.query(
            "after",
            &self.after,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "per_page",
            &self.per_page,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `union_list`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum UnionListError {}
impl rt::ErrorBody for UnionListError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// PagerDuty style; the header is sent although there is no body.
    ///
    /// `GET /shapes/declared-content-type` (operation `declared_content_type`).
    pub fn declared_content_type(&self) -> DeclaredContentType {
        DeclaredContentType {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /shapes/declared-content-type`; finish with [`DeclaredContentType::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct DeclaredContentType {
    client: crate::Client,
}
impl DeclaredContentType {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<DeclaredContentTypeError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<DeclaredContentTypeError>(request)
            .await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/declared-content-type",
            "declared_content_type",
        );
        req.content_type("application/json");
        req
    }
}
/// Documented error responses of `declared_content_type`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DeclaredContentTypeError {}
impl rt::ErrorBody for DeclaredContentTypeError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// The Accept a strict server checks is the declared parameter's, not the response's media type.
    ///
    /// `GET /shapes/declared-accept` (operation `declared_accept`).
    pub fn declared_accept(&self) -> DeclaredAccept {
        DeclaredAccept {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /shapes/declared-accept`; finish with [`DeclaredAccept::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct DeclaredAccept {
    client: crate::Client,
}
impl DeclaredAccept {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::DeclaredAcceptResponse, rt::Error<DeclaredAcceptError>> {
        let request = self.request();
        let response = self.client.runtime().send::<DeclaredAcceptError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/shapes/declared-accept",
            "declared_accept",
        );
        req.accept("application/octet-stream");
        req
    }
}
/// Documented error responses of `declared_accept`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DeclaredAcceptError {}
impl rt::ErrorBody for DeclaredAcceptError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
