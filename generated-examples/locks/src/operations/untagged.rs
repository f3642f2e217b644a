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
impl crate::Client {
    /// `GET /cookie-key` (operation `withCookieKey`).
    pub fn with_cookie_key(&self) -> WithCookieKey {
        WithCookieKey {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /cookie-key`; finish with [`WithCookieKey::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithCookieKey {
    client: crate::Client,
}
impl WithCookieKey {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithCookieKeyError>> {
        let request = self.request();
        let response = self.client.runtime().send::<WithCookieKeyError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/cookie-key", "withCookieKey");
        req.security(&[&["cookieKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withCookieKey`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithCookieKeyError {}
impl rt::ErrorBody for WithCookieKeyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /refresh` (operation `withRefreshToken`).
    pub fn with_refresh_token(&self) -> WithRefreshToken {
        WithRefreshToken {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /refresh`; finish with [`WithRefreshToken::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithRefreshToken {
    client: crate::Client,
}
impl WithRefreshToken {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithRefreshTokenError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithRefreshTokenError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/refresh", "withRefreshToken");
        req.security(&[&["refresh"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withRefreshToken`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithRefreshTokenError {}
impl rt::ErrorBody for WithRefreshTokenError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
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
impl crate::Client {
    /// Needs two keys at once (AND).
    ///
    /// `GET /both` (operation `withHeaderAndQueryKeys`).
    pub fn with_header_and_query_keys(&self) -> WithHeaderAndQueryKeys {
        WithHeaderAndQueryKeys {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /both`; finish with [`WithHeaderAndQueryKeys::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithHeaderAndQueryKeys {
    client: crate::Client,
}
impl WithHeaderAndQueryKeys {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithHeaderAndQueryKeysError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithHeaderAndQueryKeysError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/both",
            "withHeaderAndQueryKeys",
        );
        req.security(&[&["headerKey", "queryKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withHeaderAndQueryKeys`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithHeaderAndQueryKeysError {}
impl rt::ErrorBody for WithHeaderAndQueryKeysError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// Anonymous allowed; the key is sent when configured.
    ///
    /// `GET /optional` (operation `withOptionalKey`).
    pub fn with_optional_key(&self) -> WithOptionalKey {
        WithOptionalKey {
            client: self.clone(),
        }
    }
}
/// Request builder for `GET /optional`; finish with [`WithOptionalKey::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct WithOptionalKey {
    client: crate::Client,
}
impl WithOptionalKey {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Status, rt::Error<WithOptionalKeyError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<WithOptionalKeyError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/optional", "withOptionalKey");
        req.security(&[&[], &["headerKey"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `withOptionalKey`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum WithOptionalKeyError {}
impl rt::ErrorBody for WithOptionalKeyError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
