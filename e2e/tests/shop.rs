//! The `shop` connector (generated from specs/shop.yaml) against a wiremock server:
//! request shapes, auth, bodies, response decoding and typed errors.

use apitap_runtime::codegen::{Credential, Expandable, RetryPolicy};
use serde_json::json;
use shop::types::*;
use wiremock::matchers::{
    body_string, body_string_contains, header, header_exists, method, path, query_param,
};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn client(server: &MockServer) -> shop::Client {
    shop::Client::new(
        shop::Config::new()
            .base_url(server.uri())
            .credential("apiKey", Credential::api_key("key-123"))
            .credential("bearerAuth", Credential::bearer("tok-456"))
            .retry(RetryPolicy::none()),
    )
    .unwrap()
}

#[tokio::test]
async fn list_sends_every_parameter_style_and_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products"))
        .and(query_param("limit", "10"))
        .and(query_param("ids", "1,2"))
        .and(query_param("filter[status]", "active"))
        .and(header("X-Api-Key", "key-123"))
        .and(header("X-Request-Source", "test"))
        .and(header("cookie", "session=s1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [{"id": "prod_1", "name": "Mug", "status": "active", "type": "physical", "+1": 3, "@odata.etag": "W/1"}],
            "has_more": false
        })))
        .expect(1)
        .mount(&server)
        .await;
    let page = client(&server)
        .await
        .list_products()
        .limit(10)
        .tags(vec!["a".to_string(), "b".to_string()])
        .ids(vec![1, 2])
        .filter(ListProductsFilter {
            status: Some(ProductStatus::Active),
            min_price: None,
        })
        .x_request_source("test")
        .session("s1")
        .send()
        .await
        .unwrap();
    assert!(!page.has_more);
    assert_eq!(page.data[0].name, "Mug");
    assert_eq!(page.data[0].type_, ProductType::Physical);
    assert_eq!(page.data[0].plus_1, Some(3));
    assert_eq!(page.data[0].odata_etag.as_deref(), Some("W/1"));
    let received = &server.received_requests().await.unwrap()[0];
    let query = received.url.query().unwrap();
    assert!(query.contains("tags=a&tags=b"), "exploded array: {query}");
}

#[tokio::test]
async fn form_body_with_nested_keys_and_bearer_auth() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/products"))
        .and(header("authorization", "Bearer tok-456"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("metadata%5Bcolor%5D=red"))
        .and(body_string_contains("tags%5B0%5D=x"))
        .and(body_string_contains("price%5Bamount%5D=1200"))
        .and(body_string_contains("labels=new&labels=sale"))
        .respond_with(ResponseTemplate::new(201).set_body_json(
            json!({"id": "prod_2", "name": "Cup", "status": "archived", "type": "digital"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let body = CreateProductBody {
        name: "Cup".into(),
        metadata: Some([("color".to_string(), "red".to_string())].into()),
        tags: Some(vec!["x".into()]),
        price: Some(Money {
            amount: 1200,
            currency: "eur".into(),
        }),
        labels: Some(vec!["new".into(), "sale".into()]),
    };
    let p = client(&server)
        .await
        .create_product(body)
        .send()
        .await
        .unwrap();
    assert_eq!(p.status, ProductStatus::Archived);
    // The apiKey alternative comes first in the spec's global security, but this
    // operation only allows bearer.
    let received = &server.received_requests().await.unwrap()[0];
    assert!(received.headers.get("x-api-key").is_none());
}

#[tokio::test]
async fn documented_error_statuses_yield_typed_variants() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/products/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-request-id", "req_9")
                .set_body_json(json!({"message": "no such product"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .respond_with(
            ResponseTemplate::new(409).set_body_json(json!({"message": "conflict", "code": "dup"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/products"))
        .respond_with(
            ResponseTemplate::new(422)
                .set_body_json(json!({"message": "bad", "fields": {"name": ["required"]}})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/products/teapot"))
        .respond_with(ResponseTemplate::new(418).set_body_string("short and stout"))
        .mount(&server)
        .await;
    let c = client(&server).await;

    let err = c.get_product("missing").send().await.unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.request_id(), Some("req_9"));
    assert!(!err.is_retryable());
    match err.api_error() {
        Some(shop::operations::GetProductError::Status404(e)) => {
            assert_eq!(e.message, "no such product")
        }
        other => panic!("expected Status404, got {other:?}"),
    }

    let err = c
        .create_order(NewOrder {
            customer: None,
            items: vec![],
            note: None,
        })
        .send()
        .await
        .unwrap_err();
    match err.api_error() {
        Some(shop::operations::CreateOrderError::Status4XX(e)) => {
            assert_eq!(e.code.as_deref(), Some("dup"))
        }
        other => panic!("expected Status4XX, got {other:?}"),
    }

    let err = c
        .create_product(CreateProductBody {
            name: String::new(),
            metadata: None,
            tags: None,
            price: None,
            labels: None,
        })
        .send()
        .await
        .unwrap_err();
    match err.api_error() {
        Some(shop::operations::CreateProductError::Status422(e)) => {
            assert_eq!(e.fields["name"], vec!["required".to_string()])
        }
        other => panic!("expected Status422, got {other:?}"),
    }

    // Undocumented status: no typed body, the raw body is kept.
    let err = c.get_product("teapot").send().await.unwrap_err();
    assert_eq!(err.status(), Some(418));
    assert!(err.api_error().is_none());
    assert_eq!(err.raw_body(), Some(&b"short and stout"[..]));
}

#[tokio::test]
async fn unions_expandables_and_recursion_decode() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/orders/7/payment"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"id": "ba_1", "object": "bank_account", "iban": "DE00"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "ord_1", "state": "shipped", "created": 1700000000,
            "items": [
                {"product": "prod_1", "quantity": 1},
                {"product": {"id": "prod_2", "name": "Cup", "status": "new-status", "type": "digital",
                             "category": {"name": "kitchen", "parent": {"name": "home"}, "children": []}}, "quantity": 2}
            ],
            "note": 42,
            "customer": "cus_1",
            "buyer": {"id": "cus_1", "email": null, "default_source": {"id": "card_1", "object": "card", "last4": "4242"}},
            "delivery": null
        })))
        .mount(&server)
        .await;
    let c = client(&server).await;
    match c.get_order_payment(7).send().await.unwrap() {
        PaymentMethod::BankAccount(b) => assert_eq!(b.iban, "DE00"),
        other => panic!("expected a bank account, got {other:?}"),
    }
    let order = c
        .create_order(NewOrder {
            customer: Some("cus_1".into()),
            items: vec![],
            note: None,
        })
        .send()
        .await
        .unwrap();
    assert_eq!(order.state, OrderState::Shipped);
    assert_eq!(order.items[0].product.id(), Some("prod_1"));
    let expanded = order.items[1].product.as_object().unwrap();
    assert_eq!(expanded.status, ProductStatus::Unknown("new-status".into()));
    assert_eq!(
        expanded
            .category
            .as_ref()
            .unwrap()
            .parent
            .as_ref()
            .unwrap()
            .name,
        "home"
    );
    assert_eq!(order.note, Some(NewOrderNote::Integer(42)));
    // `delivery` is `allOf: [$ref: DeliveryWindow, {description}]`, and DeliveryWindow is
    // nullable: required, yet `null` decodes, and a value is the referenced type itself.
    assert_eq!(order.delivery, None);
    let mut later = serde_json::to_value(&order).unwrap();
    later["delivery"] = json!({"from": "2024-06-03"});
    let later: Order = serde_json::from_value(later).unwrap();
    assert!(
        matches!(&later.delivery, Some(DeliveryWindow { from, .. }) if from == "2024-06-03"),
        "{:?}",
        later.delivery
    );
    assert_eq!(order.customer.as_deref(), Some("cus_1"));
    let customer = order.buyer.unwrap();
    assert!(
        matches!(customer.default_source, Some(Expandable::Object(ref card)) if card.last4 == "4242")
    );
    // Unknown enum values survive a round trip.
    assert_eq!(
        serde_json::to_value(&expanded.status).unwrap(),
        json!("new-status")
    );
}

#[tokio::test]
async fn multipart_binary_text_and_empty_responses() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/files"))
        .and(body_string_contains("name=\"file\"; filename=\"file\""))
        .and(body_string_contains("PNGDATA"))
        .and(body_string_contains("name=\"purpose\""))
        // An array and an object as bracketed fields, `meta` as JSON (its `encoding`).
        .and(body_string_contains("name=\"labels[]\"\r\n\r\nred\r\n"))
        .and(body_string_contains("name=\"labels[]\"\r\n\r\nblue\r\n"))
        .and(body_string_contains("name=\"link[expires]\"\r\n\r\n60\r\n"))
        // Several files: a file part each.
        .and(body_string_contains("ATTACH-1"))
        .and(body_string_contains("ATTACH-2"))
        .and(body_string_contains(
            "name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"source\":\"cam\"}\r\n",
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "file_1", "size": 7})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/files/file_1/content"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![0u8, 159, 146, 150]))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/files/file_1/content"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_string("raw!"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/products/a%2Fb"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server).await;
    let f = c
        .upload_file()
        .body(UploadFileBody {
            file: b"PNGDATA".to_vec().into(),
            purpose: Some(UploadFileBodyPurpose::Avatar),
            labels: Some(vec!["red".into(), "blue".into()]),
            attachments: Some(vec![
                b"ATTACH-1".to_vec().into(),
                b"ATTACH-2".to_vec().into(),
            ]),
            link: Some(UploadFileBodyLink { expires: Some(60) }),
            meta: Some(UploadFileBodyMeta {
                source: Some("cam".into()),
            }),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(f.size, 7);
    let bytes = c.download_file("file_1").send().await.unwrap();
    assert_eq!(&bytes[..], &[0u8, 159, 146, 150]);
    c.replace_file_content(
        "file_1",
        apitap_runtime::codegen::Binary(b"raw!".to_vec().into()),
    )
    .send()
    .await
    .unwrap();
    assert_eq!(c.health().send().await.unwrap(), "ok");
    // A path parameter is one encoded segment; this operation declares no security.
    c.delete_product("a/b").send().await.unwrap();
    let received = server.received_requests().await.unwrap();
    let delete = received
        .iter()
        .find(|r| r.method.as_str() == "DELETE")
        .unwrap();
    assert!(
        delete.headers.get("x-api-key").is_none() && delete.headers.get("authorization").is_none()
    );
}

#[tokio::test]
async fn retries_a_429_with_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/health"))
        .and(header_exists("user-agent"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(&server)
        .await;
    let c = shop::Client::new(shop::Config::new().base_url(server.uri())).unwrap();
    assert_eq!(c.health().send().await.unwrap(), "ok");
    let m = c.runtime().metrics();
    assert_eq!((m.requests, m.retries), (1, 1));
    let _unused: fn(&Request) = |_| {};
}

#[test]
fn from_env_names_the_missing_variables() {
    let err = shop::Client::from_env().unwrap_err().to_string();
    assert!(err.contains("SHOP_API_KEY"), "{err}");
    assert!(err.contains("SHOP_TOKEN"), "{err}");
}

#[tokio::test]
async fn a_union_without_a_declared_discriminator_decodes_by_its_branches_type_values() {
    let server = MockServer::start().await;
    for (id, body) in [
        (
            "e1",
            json!({"id": "e1", "type": "order_refunded", "refund": 5}),
        ),
        (
            "e2",
            json!({"id": "e2", "type": "order_placed", "total": 9}),
        ),
        // A value no branch names (a spec can be wrong about one): the first branch that
        // decodes takes it, as an untagged union would.
        (
            "e3",
            json!({"id": "e3", "type": "order_shipped", "total": 1}),
        ),
        // A value its own branch does not decode: tried against the others, as untagged.
        (
            "e4",
            json!({"id": "e4", "type": "order_refunded", "refund": "five"}),
        ),
    ] {
        Mock::given(method("GET"))
            .and(path(format!("/orders/7/events/{id}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let c = client(&server).await;
    // Untagged, every event would be the first branch (both fit any event).
    match c.get_order_event(7, "e1").send().await.unwrap() {
        OrderEvent::OrderRefunded(r) => assert_eq!(r.refund, Some(5)),
        other => panic!("expected a refund, got {other:?}"),
    }
    match c.get_order_event(7, "e2").send().await.unwrap() {
        OrderEvent::OrderPlaced(p) => assert_eq!(p.total, Some(9)),
        other => panic!("expected a placed order, got {other:?}"),
    }
    match c.get_order_event(7, "e3").send().await.unwrap() {
        OrderEvent::OrderPlaced(p) => assert_eq!(p.type_.as_str(), "order_shipped"),
        other => panic!("expected the first branch, got {other:?}"),
    }
    match c.get_order_event(7, "e4").send().await.unwrap() {
        OrderEvent::OrderPlaced(p) => assert_eq!(p.id, "e4"),
        other => panic!("expected the branch that decodes it, got {other:?}"),
    }
}

#[tokio::test]
async fn a_discriminator_without_mapping_tags_by_the_values_its_schema_names_spell() {
    // `PaymentChoice` declares `method` with no mapping, so its implicit tags would be the
    // schema names, which `method` (`card` or `bank_transfer`) never holds: each branch
    // takes the value its name spells.
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/orders/7/payment"))
        .and(body_string_contains("\"method\":\"bank_transfer\""))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"method": "bank_transfer", "iban": "DE89370400440532013000"}),
            ),
        )
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server).await;
    let choice = PaymentChoice::BankTransferPaymentChoice(BankTransferPaymentChoice {
        method: PaymentKind::BankTransfer,
        iban: "DE89370400440532013000".into(),
    });
    match c.set_order_payment(7, choice).send().await.unwrap() {
        PaymentChoice::BankTransferPaymentChoice(b) => {
            assert_eq!(b.iban, "DE89370400440532013000")
        }
        other => panic!("expected a bank transfer, got {other:?}"),
    }
    let card: PaymentChoice =
        serde_json::from_value(json!({"method": "card", "token": "tok_1"})).unwrap();
    assert!(
        matches!(&card, PaymentChoice::CardPaymentChoice(c) if c.token.as_deref() == Some("tok_1")),
        "{card:?}"
    );
    // A branch whose values no other branch allows is tagged by each of them.
    for wallet in ["apple_pay", "google_pay"] {
        let decoded: PaymentChoice = serde_json::from_value(json!({"method": wallet})).unwrap();
        assert!(
            matches!(&decoded, PaymentChoice::WalletPaymentChoice(w) if w.method.as_str() == wallet),
            "{decoded:?}"
        );
    }
}
