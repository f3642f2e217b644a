//! Request shapes on the wire (path, query styles, bodies) and response/error decoding.

mod common;

use apitap_runtime::codegen as rt;
use common::{client, config, get};
use rt::serde::{Deserialize, Serialize};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn last(server: &MockServer) -> wiremock::Request {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .pop()
        .expect("a request reached the server")
}

async fn echo_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    server
}

/// Generated models derive through the runtime's serde re-export and need no serde dependency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct Customer {
    id: String,
    email: Option<String>,
    balance: i64,
    #[serde(default)]
    invoice: Option<rt::Expandable<Invoice>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct Invoice {
    id: String,
    total: u64,
}

#[derive(Debug, Deserialize)]
#[serde(crate = "apitap_runtime::codegen::serde")]
struct ApiErrorBody {
    message: String,
    code: String,
}

/// What the generator emits per operation: one variant per documented error status.
#[derive(Debug)]
enum RetrieveCustomerError {
    NotFound(ApiErrorBody),
    Unprocessable(rt::Value),
}

impl rt::ErrorBody for RetrieveCustomerError {
    fn decode(status: u16, body: &[u8]) -> Option<Self> {
        match status {
            404 => rt::decode_json(body).map(Self::NotFound),
            422 => rt::decode_json(body).map(Self::Unprocessable),
            _ => None,
        }
    }
}

#[tokio::test]
async fn path_params_are_single_encoded_segments() {
    let server = echo_server().await;
    let c = client(config(&server));
    let mut req = get("/v1/customers/{id}/notes/{n}");
    req.path_param("id", "a/b c");
    req.path_param("n", &[1, 2]);
    c.send::<()>(req).await.unwrap();
    assert_eq!(
        last(&server).await.url.path(),
        "/v1/customers/a%2Fb%20c/notes/1,2"
    );
}

#[tokio::test]
async fn dot_segments_and_missing_path_params_are_encode_errors() {
    let server = echo_server().await;
    let c = client(config(&server));
    let mut req = get("/v1/customers/{id}");
    req.path_param("id", "..");
    assert!(matches!(
        c.send::<()>(req).await,
        Err(rt::Error::Encode { .. })
    ));
    let err = c.send::<()>(get("/v1/customers/{id}")).await.unwrap_err();
    assert!(
        err.to_string().contains("path parameter `id` was not set"),
        "{err}"
    );
    assert!(server
        .received_requests()
        .await
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test]
async fn query_styles_on_the_wire() {
    let server = echo_server().await;
    let c = client(config(&server));
    let mut req = get("/search");
    req.query("ids", &["a", "b"], rt::QueryStyle::Form { explode: true });
    req.query("tags", &["x", "y"], rt::QueryStyle::Form { explode: false });
    req.query(
        "created",
        &serde_json::json!({"gte": 10}),
        rt::QueryStyle::DeepObject,
    );
    req.query("expand", &["data.customer"], rt::QueryStyle::DeepObject);
    req.query("pipes", &[1, 2], rt::QueryStyle::PipeDelimited);
    req.query(
        "missing",
        &Option::<String>::None,
        rt::QueryStyle::Form { explode: true },
    );
    req.query("q", "a b&c", rt::QueryStyle::Form { explode: true });
    c.send::<()>(req).await.unwrap();
    let url = last(&server).await.url;
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let expect = [
        ("ids", "a"),
        ("ids", "b"),
        ("tags", "x,y"),
        ("created[gte]", "10"),
        ("expand[0]", "data.customer"),
        ("pipes", "1|2"),
        ("q", "a b&c"),
    ];
    assert_eq!(pairs, expect.map(|(k, v)| (k.to_string(), v.to_string())));
}

#[tokio::test]
async fn headers_accept_and_json_body() {
    let server = echo_server().await;
    let c = client(config(&server).user_agent("my-agent/1"));
    let mut req = rt::Request::new(rt::Method::POST, "/customers", "create_customer");
    req.header("X-Trace", &42);
    req.header("X-None", &Option::<String>::None);
    req.accept("application/json");
    req.json(&Customer {
        id: "c1".into(),
        email: None,
        balance: -5,
        invoice: None,
    });
    c.send::<()>(req).await.unwrap();
    let r = last(&server).await;
    assert_eq!(r.headers.get("x-trace").unwrap(), "42");
    assert!(r.headers.get("x-none").is_none());
    assert_eq!(r.headers.get("accept").unwrap(), "application/json");
    assert_eq!(r.headers.get("user-agent").unwrap(), "my-agent/1");
    assert_eq!(r.headers.get("content-type").unwrap(), "application/json");
    let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"id": "c1", "email": null, "balance": -5, "invoice": null})
    );
}

#[tokio::test]
async fn json_and_form_bodies_carry_the_declared_media_type() {
    let server = echo_server().await;
    let c = client(config(&server));
    for media in [
        "text/json",
        "application/merge-patch+json",
        "application/vnd.api+json",
    ] {
        let mut req = rt::Request::new(rt::Method::PATCH, "/customers/c1", "update_customer");
        req.content_type(media);
        req.json(&serde_json::json!({"email": "a@example.com"}));
        c.send::<()>(req).await.unwrap();
        let r = last(&server).await;
        assert_eq!(r.headers.get("content-type").unwrap(), media);
        let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(body, serde_json::json!({"email": "a@example.com"}));
    }
    let mut req = rt::Request::new(rt::Method::POST, "/customers", "create_customer");
    req.content_type("application/x-www-form-urlencoded; charset=utf-8");
    req.form(&serde_json::json!({"email": "a@example.com"}));
    c.send::<()>(req).await.unwrap();
    let r = last(&server).await;
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded; charset=utf-8"
    );
}

#[tokio::test]
async fn invalid_header_value_is_an_encode_error() {
    let server = echo_server().await;
    let c = client(config(&server));
    let mut req = get("/t");
    req.header("X-Bad", "line\nbreak");
    let err = c.send::<()>(req).await.unwrap_err();
    assert!(
        matches!(&err, rt::Error::Encode { message } if message.contains("X-Bad")),
        "{err:?}"
    );
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn form_body_on_the_wire() {
    let server = echo_server().await;
    let c = client(config(&server));
    let mut req = rt::Request::new(rt::Method::POST, "/v1/customers", "create_customer");
    req.form(&serde_json::json!({"metadata": {"k": "v"}, "description": null}));
    c.send::<()>(req).await.unwrap();
    let r = last(&server).await;
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "application/x-www-form-urlencoded"
    );
    assert_eq!(String::from_utf8(r.body).unwrap(), "metadata%5Bk%5D=v");
}

#[tokio::test(start_paused = true)]
async fn multipart_and_raw_bodies_are_resent_on_retry() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let c = client(config(&server));
    let mut req = rt::Request::new(rt::Method::PUT, "/files", "upload");
    req.multipart(vec![
        rt::Part::text("purpose", "dispute_evidence"),
        rt::Part::bytes("file", b"%PDF-1.4 data".to_vec(), Some("e.pdf"))
            .content_type("application/pdf"),
    ]);
    c.send::<()>(req).await.unwrap();
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 2);
    for r in &reqs {
        let ct = r.headers.get("content-type").unwrap().to_str().unwrap();
        assert!(ct.starts_with("multipart/form-data; boundary="), "{ct}");
        let body = String::from_utf8_lossy(&r.body);
        assert!(
            body.contains("name=\"purpose\"") && body.contains("dispute_evidence"),
            "{body}"
        );
        assert!(
            body.contains("filename=\"e.pdf\"") && body.contains("%PDF-1.4 data"),
            "{body}"
        );
        assert!(body.contains("application/pdf"));
    }

    // A file part without a declared type says it is bytes.
    let mut req = rt::Request::new(rt::Method::PUT, "/files", "upload");
    req.multipart(vec![rt::Part::bytes(
        "file",
        b"data".to_vec(),
        Some("f.bin"),
    )]);
    c.send::<()>(req).await.unwrap();
    let r = server.received_requests().await.unwrap().pop().unwrap();
    let body = String::from_utf8_lossy(&r.body);
    assert!(
        body.contains("filename=\"f.bin\"\r\nContent-Type: application/octet-stream"),
        "{body}"
    );

    let mut raw = rt::Request::new(rt::Method::PUT, "/raw", "put_raw");
    raw.raw(
        rt::Bytes::from_static(b"\x00\x01"),
        "application/octet-stream",
    );
    c.send::<()>(raw).await.unwrap();
    let r = server.received_requests().await.unwrap().pop().unwrap();
    assert_eq!(r.body, b"\x00\x01");
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "application/octet-stream"
    );
}

#[tokio::test]
async fn typed_response_and_expandable_fields() {
    let server = MockServer::start().await;
    Mock::given(path("/c/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"id": "1", "email": "a@b.c", "balance": 3, "invoice": {"id": "in_1", "total": 9}}),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/c/2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"id": "2", "email": null, "balance": 0, "invoice": "in_2"}),
        ))
        .mount(&server)
        .await;
    let c = client(config(&server));
    let one: Customer = c
        .send::<()>(get("/c/1"))
        .await
        .unwrap()
        .json::<_, ()>()
        .unwrap();
    assert_eq!(
        one.invoice
            .as_ref()
            .and_then(|i| i.as_object())
            .map(|i| i.total),
        Some(9)
    );
    let two: Customer = c
        .send::<()>(get("/c/2"))
        .await
        .unwrap()
        .json::<_, ()>()
        .unwrap();
    assert_eq!(two.invoice.as_ref().and_then(|i| i.id()), Some("in_2"));
}

#[tokio::test]
async fn decode_error_carries_path_snippet_and_request_id() {
    let server = MockServer::start().await;
    Mock::given(path("/c/1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("request-id", "req_decode")
                .set_body_string(r#"{"id": "1", "email": null, "balance": "lots"}"#),
        )
        .mount(&server)
        .await;
    let c = client(config(&server));
    let resp = c.send::<RetrieveCustomerError>(get("/c/1")).await.unwrap();
    let err = resp.json::<Customer, RetrieveCustomerError>().unwrap_err();
    let rt::Error::Decode {
        status,
        path,
        message,
        snippet,
        request_id,
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!((*status, path.as_str()), (200, "balance"));
    assert!(
        message.contains("invalid type: string \"lots\""),
        "{message}"
    );
    assert_eq!(snippet, r#"{"id": "1", "email": null, "balance": "lots"}"#);
    assert_eq!(request_id.as_deref(), Some("req_decode"));
    assert_eq!(err.request_id(), Some("req_decode"));
    assert!(!err.is_retryable());
    assert_eq!(c.metrics().errors_decode, 1);
}

#[tokio::test]
async fn documented_error_is_typed_and_undocumented_keeps_raw_body() {
    let server = MockServer::start().await;
    Mock::given(path("/c/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-request-id", "req_404")
                .set_body_json(
                    serde_json::json!({"message": "No such customer", "code": "resource_missing"}),
                ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/c/bad"))
        .respond_with(
            ResponseTemplate::new(422).set_body_json(serde_json::json!({"field": "email"})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/c/teapot"))
        .respond_with(ResponseTemplate::new(418).set_body_string("short and stout"))
        .mount(&server)
        .await;
    let c = client(config(&server));

    let err = c
        .send::<RetrieveCustomerError>(get("/c/missing"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("req_404"));
    match err.api_error() {
        Some(RetrieveCustomerError::NotFound(body)) => {
            assert_eq!(
                (body.code.as_str(), body.message.as_str()),
                ("resource_missing", "No such customer")
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(
        err.to_string()
            .contains("HTTP 404 Not Found (request id req_404)"),
        "{err}"
    );

    let err = c
        .send::<RetrieveCustomerError>(get("/c/bad"))
        .await
        .unwrap_err();
    assert!(
        matches!(err.api_error(), Some(RetrieveCustomerError::Unprocessable(v)) if v["field"] == "email")
    );

    let err = c
        .send::<RetrieveCustomerError>(get("/c/teapot"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(418));
    assert!(err.api_error().is_none());
    assert_eq!(err.raw_body(), Some(&b"short and stout"[..]));
    assert!(err.to_string().ends_with(": short and stout"), "{err}");
}

#[tokio::test]
async fn request_id_is_read_from_the_usual_headers() {
    for name in [
        "request-id",
        "x-request-id",
        "x-github-request-id",
        "x-amzn-requestid",
        "cf-ray",
        "x-trace-id",
    ] {
        let mut headers = rt::HeaderMap::new();
        headers.insert(name, "id-1".parse().unwrap());
        assert_eq!(rt::request_id(&headers).as_deref(), Some("id-1"), "{name}");
    }
    let mut both = rt::HeaderMap::new();
    both.insert("cf-ray", "ray".parse().unwrap());
    both.insert("x-request-id", "xr".parse().unwrap());
    assert_eq!(rt::request_id(&both).as_deref(), Some("xr"));
    assert_eq!(rt::request_id(&rt::HeaderMap::new()), None);

    let server = MockServer::start().await;
    Mock::given(path("/gh"))
        .and(header("accept", "application/vnd.github+json"))
        .respond_with(ResponseTemplate::new(403).insert_header("X-GitHub-Request-Id", "ABCD:1234"))
        .mount(&server)
        .await;
    let c = client(config(&server));
    let mut req = get("/gh");
    req.accept("application/vnd.github+json");
    let err = c.send::<()>(req).await.unwrap_err();
    assert_eq!(err.request_id(), Some("ABCD:1234"));
}

#[test]
fn client_and_send_future_are_send_and_sync() {
    fn send_sync<T: Send + Sync>(_: &T) {}
    fn send<T: Send>(_: T) {}
    let c = rt::Client::new(
        rt::Config::new().base_url("http://127.0.0.1:9"),
        &common::API,
    )
    .unwrap();
    send_sync(&c);
    send(c.send::<RetrieveCustomerError>(get("/t")));
    send_sync(&get("/t"));
}
