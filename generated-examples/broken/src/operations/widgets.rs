//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /widgets` (operation `list_widgets`).
    pub fn list_widgets(&self) -> ListWidgets {
        ListWidgets {
            client: self.clone(),
            limit: None,
        }
    }
}
/// Request builder for `GET /widgets`; finish with [`ListWidgets::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListWidgets {
    client: crate::Client,
    limit: Option<i64>,
}
impl ListWidgets {
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Widget>, rt::Error<ListWidgetsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListWidgetsError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/widgets", "list_widgets");
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `list_widgets`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListWidgetsError {
    Status404(serde_json::Value),
}
impl rt::ErrorBody for ListWidgetsError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            404u16 => rt::decode_json(body).map(Self::Status404),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `POST /widgets` (operation `create_widget`).
    pub fn create_widget(&self) -> CreateWidget {
        CreateWidget {
            client: self.clone(),
            body: None,
        }
    }
}
/// Request builder for `POST /widgets`; finish with [`CreateWidget::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct CreateWidget {
    client: crate::Client,
    body: Option<serde_json::Value>,
}
impl CreateWidget {
    /// The request body.
    pub fn body(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.body = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Widget, rt::Error<CreateWidgetError>> {
        let request = self.request();
        let response = self.client.runtime().send::<CreateWidgetError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/widgets", "create_widget");
        req.security(&[&["token"]]);
        if let Some(body) = &self.body {
            req.json(body);
        }
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `create_widget`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateWidgetError {}
impl rt::ErrorBody for CreateWidgetError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /widgets/{widget_id}` (operation `get_widget`).
    pub fn get_widget(&self, widget_id: impl Into<String>) -> GetWidget {
        GetWidget {
            client: self.clone(),
            widget_id: widget_id.into(),
        }
    }
}
/// Request builder for `GET /widgets/{widget_id}`; finish with [`GetWidget::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetWidget {
    client: crate::Client,
    widget_id: String,
}
impl GetWidget {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Widget, rt::Error<GetWidgetError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetWidgetError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/widgets/{widget_id}",
            "get_widget",
        );
        req.path_param("widget_id", &self.widget_id);
        req.security(&[&["token"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `get_widget`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetWidgetError {}
impl rt::ErrorBody for GetWidgetError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
