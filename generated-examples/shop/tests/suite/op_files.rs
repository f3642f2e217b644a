//! Requests and responses of the operations in `src/operations/files.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn upload_file() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/files",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/json",
            "{\"id\":\"response-id\",\"size\":1,\"purpose\":\"response-purpose\"}",
        )
        .await;
    client.upload_file().send().await.expect("POST /files");
}
#[tokio::test]
async fn download_file() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "GET",
            "/files/p-file-id/content",
            &[],
            &[("x-api-key", "test-key")],
            200u16,
            "application/octet-stream",
            "bytes",
        )
        .await;
    client
        .download_file(common::sample::<String>("\"p-file-id\""))
        .send()
        .await
        .expect("GET /files/{file_id}/content");
}
#[tokio::test]
async fn replace_file_content() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "PUT",
            "/files/p-file-id/content",
            &[],
            &[("x-api-key", "test-key")],
            204u16,
            "",
            "",
        )
        .await;
    client
        .replace_file_content(
            common::sample::<String>("\"p-file-id\""),
            rt::Binary::default(),
        )
        .send()
        .await
        .expect("PUT /files/{file_id}/content");
}
