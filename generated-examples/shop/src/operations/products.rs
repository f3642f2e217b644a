//! Operations tagged `Products`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// List products.
    ///
    /// `GET /products` (operation `listProducts`).
    pub fn list_products(&self) -> ListProducts {
        ListProducts {
            client: self.clone(),
            limit: None,
            tags: None,
            ids: None,
            filter: None,
            x_request_source: None,
            session: None,
        }
    }
}
/// Request builder for `GET /products`; finish with [`ListProducts::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListProducts {
    client: crate::Client,
    limit: Option<i32>,
    tags: Option<Vec<String>>,
    ids: Option<Vec<i64>>,
    filter: Option<crate::types::ListProductsFilter>,
    x_request_source: Option<String>,
    session: Option<String>,
}
impl ListProducts {
    /// `limit` (query parameter).
    pub fn limit(mut self, value: impl Into<i32>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Only products with all these tags.
    ///
    /// `tags` (query parameter).
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// `ids` (query parameter).
    pub fn ids(mut self, value: impl Into<Vec<i64>>) -> Self {
        self.ids = Some(value.into());
        self
    }
    /// `filter` (query parameter).
    pub fn filter(mut self, value: impl Into<crate::types::ListProductsFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// `X-Request-Source` (header parameter).
    pub fn x_request_source(mut self, value: impl Into<String>) -> Self {
        self.x_request_source = Some(value.into());
        self
    }
    /// `session` (cookie parameter).
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListProductsResponse, rt::Error<ListProductsError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListProductsError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::GET, "/products", "listProducts");
        req.query(
            "limit",
            &self.limit,
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
        req.query(
            "ids",
            &self.ids,
            rt::QueryStyle::Form {
                explode: false,
            },
        );
        req.query("filter", &self.filter, rt::QueryStyle::DeepObject);
        req.header("X-Request-Source", &self.x_request_source);
        req.cookie("session", &self.session);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `listProducts`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListProductsError {
    /// Bad request.
    Status400(crate::types::Error),
    /// Any other error.
    Default(crate::types::Error),
}
impl rt::ErrorBody for ListProductsError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            400u16 => rt::decode_json(body).map(Self::Status400),
            _ => rt::decode_json(body).map(Self::Default),
        }
    }
}
impl crate::Client {
    /// Create a product (form-encoded, Stripe style).
    ///
    /// `POST /products` (operation `createProduct`).
    pub fn create_product(
        &self,
        body: impl Into<crate::types::CreateProductBody>,
    ) -> CreateProduct {
        CreateProduct {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /products`; finish with [`CreateProduct::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct CreateProduct {
    client: crate::Client,
    body: crate::types::CreateProductBody,
}
impl CreateProduct {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Product, rt::Error<CreateProductError>> {
        let request = self.request();
        let response = self.client.runtime().send::<CreateProductError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/products", "createProduct");
        req.security(&[&["bearerAuth"]]);
        req.form_styled(
            &self.body,
            &[
                ("metadata", rt::QueryStyle::DeepObject),
                ("tags", rt::QueryStyle::DeepObject),
                ("price", rt::QueryStyle::DeepObject),
            ],
        );
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `createProduct`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateProductError {
    /// Validation failed.
    Status422(crate::types::ValidationError),
}
impl rt::ErrorBody for CreateProductError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            422u16 => rt::decode_json(body).map(Self::Status422),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `GET /products/{product_id}` (operation `getProduct`).
    pub fn get_product(&self, product_id: impl Into<String>) -> GetProduct {
        GetProduct {
            client: self.clone(),
            product_id: product_id.into(),
            expand: None,
        }
    }
}
/// Request builder for `GET /products/{product_id}`; finish with [`GetProduct::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetProduct {
    client: crate::Client,
    product_id: String,
    expand: Option<Vec<String>>,
}
impl GetProduct {
    /// `expand` (query parameter).
    pub fn expand(mut self, value: impl Into<Vec<String>>) -> Self {
        self.expand = Some(value.into());
        self
    }
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Product, rt::Error<GetProductError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetProductError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/products/{product_id}",
            "getProduct",
        );
        req.path_param("product_id", &self.product_id);
        req.query(
            "expand",
            &self.expand,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getProduct`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetProductError {
    /// Any other error.
    Status404(crate::types::Error),
}
impl rt::ErrorBody for GetProductError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            404u16 => rt::decode_json(body).map(Self::Status404),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `PUT /products/{product_id}` (operation `replaceProduct`).
    pub fn replace_product(
        &self,
        product_id: impl Into<String>,
        body: impl Into<crate::types::Product>,
    ) -> ReplaceProduct {
        ReplaceProduct {
            client: self.clone(),
            product_id: product_id.into(),
            body: body.into(),
        }
    }
}
/// Request builder for `PUT /products/{product_id}`; finish with [`ReplaceProduct::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ReplaceProduct {
    client: crate::Client,
    product_id: String,
    body: crate::types::Product,
}
impl ReplaceProduct {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::Product, rt::Error<ReplaceProductError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ReplaceProductError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PUT,
            "/products/{product_id}",
            "replaceProduct",
        );
        req.path_param("product_id", &self.product_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `replaceProduct`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ReplaceProductError {}
impl rt::ErrorBody for ReplaceProductError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// `DELETE /products/{product_id}` (operation `deleteProduct`).
    pub fn delete_product(&self, product_id: impl Into<String>) -> DeleteProduct {
        DeleteProduct {
            client: self.clone(),
            product_id: product_id.into(),
        }
    }
}
/// Request builder for `DELETE /products/{product_id}`; finish with [`DeleteProduct::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct DeleteProduct {
    client: crate::Client,
    product_id: String,
}
impl DeleteProduct {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<(), rt::Error<DeleteProductError>> {
        let request = self.request();
        let response = self.client.runtime().send::<DeleteProductError>(request).await?;
        let _ = response;
        Ok(())
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::DELETE,
            "/products/{product_id}",
            "deleteProduct",
        );
        req.path_param("product_id", &self.product_id);
        req
    }
}
/// Documented error responses of `deleteProduct`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum DeleteProductError {}
impl rt::ErrorBody for DeleteProductError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
