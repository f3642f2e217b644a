//! Operations tagged `notes`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /notes` (operation `listNotes`).
    pub fn list_notes(&self) -> ListNotes {
        ListNotes {
            client: self.clone(),
            offset: None,
            labels: None,
            fields: None,
        }
    }
}
/// Request builder for `GET /notes`; finish with [`ListNotes::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListNotes {
    client: crate::Client,
    offset: Option<i32>,
    labels: Option<Vec<String>>,
    fields: Option<Vec<String>>,
}
impl ListNotes {
    /// `offset` (query parameter).
    pub fn offset(mut self, value: impl Into<i32>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// `labels` (query parameter).
    pub fn labels(mut self, value: impl Into<Vec<String>>) -> Self {
        self.labels = Some(value.into());
        self
    }
    /// `fields` (query parameter).
    pub fn fields(mut self, value: impl Into<Vec<String>>) -> Self {
        self.fields = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<Vec<crate::types::Note>, rt::Error<ListNotesError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListNotesError>(request).await?;
        response.json()
    }
    /// Every page, in order (offset pagination: offset parameter 'offset' without a total: reads until an empty page).
    ///
    /// Stops after the last page, on an empty page, or at the configured page cap; a cursor
    /// seen before is an error, never a silent stop.
    pub fn pages(self) -> rt::PageStream<Vec<crate::types::Note>, ListNotesError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Offset,
            param: Some("offset"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: None,
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        let request = self.request();
        rt::paginate(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &Vec<crate::types::Note>, _response: &rt::Response| rt::PageInfo {
                item_count: Some(&page).map_or(0, |items| items.len()),
                ..Default::default()
            },
        )
    }
    /// Every record of every page, in order (see [`Self::pages`]).
    pub fn items(self) -> rt::PageStream<crate::types::Note, ListNotesError> {
        rt::items(self.pages(), |page: Vec<crate::types::Note>| page)
    }
    /// The pages as JSON from `start`, each with the position of the next page, for
    /// `sync` (see [`Self::pages`]).
    #[cfg(feature = "cli")]
    pub(crate) fn record_pages(
        self,
        request: rt::Request,
        start: rt::PageStart,
    ) -> rt::PageStream<(serde_json::Value, Option<rt::PagePosition>), ListNotesError> {
        static PLAN: rt::PagePlan = rt::PagePlan {
            kind: rt::PageKind::Offset,
            param: Some("offset"),
            param_in: rt::ParamIn::Query,
            param_path: &[],
            size_param: None,
            size_in: rt::ParamIn::Query,
            size_path: &[],
            first_page: 1u64,
        };
        rt::paginate_from(
            self.client.runtime().clone(),
            request,
            &PLAN,
            |page: &serde_json::Value, _response: &rt::Response| rt::PageInfo {
                item_count: page
                    .pointer("")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
                ..Default::default()
            },
            start,
        )
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/notes", "listNotes");
        req.query(
            "offset",
            &self.offset,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "labels",
            &self.labels,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "fields",
            &self.fields,
            rt::QueryStyle::Form {
                explode: false,
            },
        );
        req.security(&[&["basic"], &["oauth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listNotes`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListNotesError {
    /// Error.
    Default(crate::types::Problem),
}
impl rt::ErrorBody for ListNotesError {
    fn decode(_status: u16, body: &[u8]) -> Option<Self> {
        rt::decode_json(body).map(Self::Default)
    }
}
impl crate::Client {
    /// `POST /notes` (operation `createNote`).
    pub fn create_note(&self, body: impl Into<crate::types::Note>) -> CreateNote {
        CreateNote {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /notes`; finish with [`CreateNote::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct CreateNote {
    client: crate::Client,
    body: crate::types::Note,
}
impl CreateNote {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Note, rt::Error<CreateNoteError>> {
        let request = self.request();
        let response = self.client.runtime().send::<CreateNoteError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/notes", "createNote");
        req.security(&[&["basic"], &["oauth"]]);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `createNote`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateNoteError {}
impl rt::ErrorBody for CreateNoteError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
