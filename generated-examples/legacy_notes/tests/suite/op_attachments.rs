//! Requests and responses of the operations in `src/operations/attachments.rs`.
#![allow(unused_imports)]
use super::common;
use apitap_runtime::codegen as rt;
#[tokio::test]
async fn attach_to_note() {
    let (server, client) = common::setup().await;
    common::expect(
            &server,
            "POST",
            "/notes/1/attachments",
            &[],
            &[("authorization", "Basic dXNlcjpwYXNz")],
            200u16,
            "",
            "",
        )
        .await;
    common::sent(
        "POST /notes/{id}/attachments",
        client
            .attach_to_note(
                common::sample::<i64>("1"),
                common::sample::<
                    crate::types::AttachToNoteBody,
                >("{\"file\":\"\",\"caption\":\"body-caption\"}"),
            )
            .send()
            .await,
    );
}
