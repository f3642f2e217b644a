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
    common::sent("POST /files", client.upload_file().send().await);
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
    common::sent(
        "GET /files/{file_id}/content",
        client.download_file(common::sample::<String>("\"p-file-id\"")).send().await,
    );
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
    common::sent(
        "PUT /files/{file_id}/content",
        client
            .replace_file_content(
                common::sample::<String>("\"p-file-id\""),
                rt::Binary::default(),
            )
            .send()
            .await,
    );
}
