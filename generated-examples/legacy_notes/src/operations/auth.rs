//! Operations tagged `auth`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `POST /login` (operation `login`).
    pub fn login(&self, body: impl Into<crate::types::LoginBody>) -> Login {
        Login {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /login`; finish with [`Login::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct Login {
    client: crate::Client,
    body: crate::types::LoginBody,
}
impl Login {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::LoginResponse, rt::Error<LoginError>> {
        let request = self.request();
        let response = self.client.runtime().send::<LoginError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/login", "login");
        req.form_styled(
            &self.body,
            &[
                (
                    "scopes",
                    rt::QueryStyle::Form {
                        explode: false,
                    },
                ),
            ],
        );
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `login`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum LoginError {}
impl rt::ErrorBody for LoginError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
