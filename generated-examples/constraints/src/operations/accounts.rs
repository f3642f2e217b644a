//! Operations tagged `(untagged)`.
use apitap_runtime::codegen as rt;
impl crate::Client {
    /// `GET /accounts/{account_id}/orders` (operation `list_orders`).
    pub fn list_orders(
        &self,
        account_id: impl Into<String>,
        since: impl Into<String>,
        day: impl Into<String>,
        limit: impl Into<i64>,
        min_total: impl Into<f64>,
        status: impl Into<crate::types::ListOrdersStatus>,
        code: impl Into<String>,
        short: impl Into<String>,
        ref_: impl Into<String>,
        x_request_id: impl Into<String>,
        x_origin: impl Into<String>,
        step: impl Into<i64>,
        below: impl Into<i64>,
    ) -> ListOrders {
        ListOrders {
            client: self.clone(),
            account_id: account_id.into(),
            since: since.into(),
            day: day.into(),
            limit: limit.into(),
            min_total: min_total.into(),
            status: status.into(),
            code: code.into(),
            short: short.into(),
            ref_: ref_.into(),
            x_request_id: x_request_id.into(),
            x_origin: x_origin.into(),
            step: step.into(),
            below: below.into(),
        }
    }
}
/// Request builder for `GET /accounts/{account_id}/orders`; finish with [`ListOrders::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct ListOrders {
    client: crate::Client,
    account_id: String,
    since: String,
    day: String,
    limit: i64,
    min_total: f64,
    status: crate::types::ListOrdersStatus,
    code: String,
    short: String,
    ref_: String,
    x_request_id: String,
    x_origin: String,
    step: i64,
    below: i64,
}
impl ListOrders {
    /// Send the request and decode the response.
    pub async fn send(
        self,
    ) -> Result<crate::types::ListOrdersResponse, rt::Error<ListOrdersError>> {
        let request = self.request();
        let response = self.client.runtime().send::<ListOrdersError>(request).await?;
        response.json()
    }
    pub(crate) fn request(&self) -> rt::Request {
        let mut req = rt::Request::new(
            rt::Method::GET,
            "/accounts/{account_id}/orders",
            "list_orders",
        );
        req.path_param("account_id", &self.account_id);
        req.query(
            "since",
            &self.since,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "day",
            &self.day,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "limit",
            &self.limit,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "min_total",
            &self.min_total,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "status",
            &self.status,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "code",
            &self.code,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "short",
            &self.short,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "ref",
            &self.ref_,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.header("X-Request-Id", &self.x_request_id);
        req.header("X-Origin", &self.x_origin);
        req.query(
            "step",
            &self.step,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.query(
            "below",
            &self.below,
            rt::QueryStyle::Form {
                explode: true,
            },
        );
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `list_orders`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum ListOrdersError {
    /// A bad request.
    Status400(crate::types::ListOrdersStatus400),
}
impl rt::ErrorBody for ListOrdersError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            400u16 => rt::decode_json(body).map(Self::Status400),
            _ => None,
        }
    }
}
impl crate::Client {
    /// `POST /accounts/{account_id}/orders` (operation `create_order`).
    pub fn create_order(
        &self,
        account_id: impl Into<String>,
        body: impl Into<crate::types::NewOrder>,
    ) -> CreateOrder {
        CreateOrder {
            client: self.clone(),
            account_id: account_id.into(),
            body: body.into(),
        }
    }
}
/// Request builder for `POST /accounts/{account_id}/orders`; finish with [`CreateOrder::send`].
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until `.send()` is awaited"]
pub struct CreateOrder {
    client: crate::Client,
    account_id: String,
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
        let mut req = rt::Request::new(
            rt::Method::POST,
            "/accounts/{account_id}/orders",
            "create_order",
        );
        req.path_param("account_id", &self.account_id);
        req.json(&self.body);
        req.accept("application/json");
        req
    }
}
/// Documented error responses of `create_order`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum CreateOrderError {}
impl rt::ErrorBody for CreateOrderError {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}
