//! The `kennel` (OpenAPI 3.1, multi-file, OAuth2 client credentials) and `legacy_notes`
//! (Swagger 2.0, basic auth, formData) connectors against a wiremock server.

use apitap_runtime::codegen::{Credential, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn kennel_fetches_an_oauth2_token_then_calls_with_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"access_token": "at-1", "token_type": "bearer", "expires_in": 3600}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets"))
        .and(query_param("limit", "2"))
        .and(header("authorization", "Bearer at-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"id": "p1", "name": "Rex", "kind": "dog", "nickname": null, "details": {"barks": true}},
            {"id": "p2", "name": "Tom", "kind": "cat", "details": {"lives": 9}, "owner": {"id": "o1", "pets": []}}
        ])))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets/nope"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("content-type", "application/problem+json")
                .set_body_json(json!({"title": "not found", "status": 404})),
        )
        .mount(&server)
        .await;
    let c = kennel::Client::new(
        kennel::Config::new()
            .base_url(server.uri())
            .token_url("oauth", format!("{}/oauth/token", server.uri()))
            .credential("oauth", Credential::client_credentials("id", "secret"))
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    let pets = c.list_pets().limit(2).send().await.unwrap();
    assert_eq!(pets.len(), 2);
    assert_eq!(pets[0].kind, kennel::types::PetKind::Dog);
    assert!(
        matches!(pets[1].details, Some(kennel::types::PetDetails::CatDetails(ref d)) if d.lives == 9)
    );
    // The token is cached: the second call does not fetch another.
    c.list_pets().limit(2).send().await.unwrap();
    let err = c.get_pet("nope").send().await.unwrap_err();
    match err.api_error() {
        Some(kennel::operations::GetPetError::Status404(p)) => assert_eq!(p.title, "not found"),
        other => panic!("expected Status404, got {other:?}"),
    }
}

#[tokio::test]
async fn legacy_swagger2_basic_auth_csv_multi_and_form_data() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/notes"))
        .and(query_param("fields", "id,title"))
        .and(header("authorization", "Basic dXNlcjpwdw=="))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"id": 1, "title": "Groceries", "tags": ["home"]}])),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string_contains("user=ann"))
        .and(body_string_contains("remember=true"))
        // `collectionFormat`: `csv` (Swagger 2.0's default: `scopes` declares none) joins
        // with commas, `multi` repeats the key.
        .and(body_string_contains("scopes=read%2Cwrite"))
        .and(body_string_contains("devices=phone&devices=laptop"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"token": "t"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/notes/5/attachments"))
        .and(body_string_contains("filename=\"file\""))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;
    let c = legacy_notes::Client::new(
        legacy_notes::Config::new()
            .base_url(server.uri())
            .credential("basic", Credential::basic("user", "pw"))
            .retry(RetryPolicy::none()),
    )
    .unwrap();
    let notes = c
        .list_notes()
        .labels(vec!["a".to_string(), "b".to_string()])
        .fields(vec!["id".to_string(), "title".to_string()])
        .send()
        .await
        .unwrap();
    assert_eq!(notes[0].title, "Groceries");
    let q = server.received_requests().await.unwrap()[0]
        .url
        .query()
        .unwrap()
        .to_string();
    assert!(q.contains("labels=a&labels=b"), "{q}");
    let token = c
        .login(legacy_notes::types::LoginBody {
            user: "ann".into(),
            remember: Some(true),
            scopes: Some(vec!["read".into(), "write".into()]),
            devices: Some(vec!["phone".into(), "laptop".into()]),
        })
        .send()
        .await
        .unwrap();
    assert_eq!(token.token.as_deref(), Some("t"));
    c.attach_to_note(
        5,
        legacy_notes::types::AttachToNoteBody {
            file: b"x".to_vec().into(),
            caption: None,
        },
    )
    .send()
    .await
    .unwrap();
}
