//! Operations tagged `pets`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /pets` (operation `listPets`).
    pub fn list_pets(&self) -> ListPets {
        ListPets {
            client: self.clone(),
            limit: None,
        }
    }
}
/// Request builder for `GET /pets`; finish with [`ListPets::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListPets {
    client: crate::Client,
    limit: Option<i32>,
}
impl ListPets {
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<Vec<crate::types::Pet>, rt::Error<ListPetsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListPetsError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/pets", "listPets");
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["oauth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listPets`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListPetsError {}
impl rt::ErrorBody for ListPetsError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `GET /pets/{pet_id}` (operation `getPet`).
    pub fn get_pet(&self, pet_id: impl Into<String>) -> GetPet {
        GetPet {
            client: self.clone(),
            pet_id: pet_id.into(),
        }
    }
}
/// Request builder for `GET /pets/{pet_id}`; finish with [`GetPet::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetPet {
    client: crate::Client,
    pet_id: String,
}
impl GetPet {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Pet, rt::Error<GetPetError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetPetError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/pets/{pet_id}", "getPet");
        req.path_param("pet_id", &self.pet_id);
        req.security(&[&["oauth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getPet`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetPetError {
    /// Not found.
    Status404(crate::types::Problem),
}
impl rt::ErrorBody for GetPetError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            404u16 => rt::decode_json(body).map(Self::Status404),
            _ => None,
        }
    }
}
