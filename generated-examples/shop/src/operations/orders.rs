//! Operations tagged `Orders`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `POST /orders` (operation `createOrder`).
    pub fn create_order(&self, body: impl Into<crate::types::NewOrder>) -> CreateOrder {
        CreateOrder {
            client: self.clone(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /orders`; finish with [`CreateOrder::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct CreateOrder {
    client: crate::Client,
    body: crate::types::NewOrder,
}
impl CreateOrder {
    /// Send the request and decode the response.
    pub async fn send(self) -> Result<crate::types::Order, rt::Error<CreateOrderError>> {
        let request = self.request();
        let response = self.client.runtime().send::<CreateOrderError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(rt::Method::POST, "/orders", "createOrder");
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `createOrder`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateOrderError {
    /// Client error.
    Status4XX(crate::types::Error),
}
impl rt::ErrorBody for CreateOrderError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            400u16..=499u16 => rt::decode_json(body).map(Self::Status4XX),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `GET /orders/{order_id}/payment` (operation `getOrderPayment`).
    pub fn get_order_payment(&self, order_id: impl Into<i64>) -> GetOrderPayment {
        GetOrderPayment {
            client: self.clone(),
            order_id: order_id.into(),
        }
    }
}
/// Request builder for `GET /orders/{order_id}/payment`; finish with [`GetOrderPayment::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetOrderPayment {
    client: crate::Client,
    order_id: i64,
}
impl GetOrderPayment {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentMethod, rt::Error<GetOrderPaymentError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<GetOrderPaymentError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/orders/{order_id}/payment",
            "getOrderPayment",
        );
        req.path_param("order_id", &self.order_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getOrderPayment`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetOrderPaymentError {}
impl rt::ErrorBody for GetOrderPaymentError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// How the order will be paid (a discriminator with no mapping, whose schema names are not values its property allows).
    ///
    /// `PUT /orders/{order_id}/payment` (operation `setOrderPayment`).
    pub fn set_order_payment(
        &self,
        order_id: impl Into<i64>,
        body: impl Into<crate::types::PaymentChoice>,
    ) -> SetOrderPayment {
        SetOrderPayment {
            client: self.clone(),
            order_id: order_id.into(),
            body: body.into(),
        }
    }
}
/// Request builder for `PUT /orders/{order_id}/payment`; finish with [`SetOrderPayment::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct SetOrderPayment {
    client: crate::Client,
    order_id: i64,
    body: crate::types::PaymentChoice,
}
impl SetOrderPayment {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::PaymentChoice, rt::Error<SetOrderPaymentError>> {
        let request = self.request();
        let response = self
            .client
            .runtime()
            .send::<SetOrderPaymentError>(request)
            .await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::PUT,
            "/orders/{order_id}/payment",
            "setOrderPayment",
        );
        req.path_param("order_id", &self.order_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `setOrderPayment`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SetOrderPaymentError {}
impl rt::ErrorBody for SetOrderPaymentError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
impl crate::Client {
    /// One event of an order (a union whose branches name their `type`, with no discriminator declared).
    ///
    /// `GET /orders/{order_id}/events/{event_id}` (operation `getOrderEvent`).
    pub fn get_order_event(
        &self,
        order_id: impl Into<i64>,
        event_id: impl Into<String>,
    ) -> GetOrderEvent {
        GetOrderEvent {
            client: self.clone(),
            order_id: order_id.into(),
            event_id: event_id.into(),
        }
    }
}
/// Request builder for `GET /orders/{order_id}/events/{event_id}`; finish with [`GetOrderEvent::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct GetOrderEvent {
    client: crate::Client,
    order_id: i64,
    event_id: String,
}
impl GetOrderEvent {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::OrderEvent, rt::Error<GetOrderEventError>> {
        let request = self.request();
        let response = self.client.runtime().send::<GetOrderEventError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/orders/{order_id}/events/{event_id}",
            "getOrderEvent",
        );
        req.path_param("order_id", &self.order_id);
        req.path_param("event_id", &self.event_id);
        req.security(&[&["apiKey"], &["bearerAuth"]]);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `getOrderEvent`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum GetOrderEventError {}
impl rt::ErrorBody for GetOrderEventError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
