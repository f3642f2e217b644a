//! Traces: one span per request with the path template, and no secrets. Kept alone in its
//! own test binary because tracing caches per-callsite interest globally: a test running
//! concurrently without a subscriber could disable the span for this one.

mod common;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use apitap_runtime::codegen as rt;
use common::{client, config};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "S3CRET-d41d8cd98f";

/// A subscriber that writes every span and event field it sees into one string.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<String>>);

struct Fields(Arc<Mutex<String>>);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let mut out = self.0.lock().unwrap();
        let _ = write!(out, "{}={:?} ", field.name(), value);
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let _ = write!(self.0.lock().unwrap(), "\nspan {} ", span.metadata().name());
        span.record(&mut Fields(self.0.clone()));
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        values.record(&mut Fields(self.0.clone()));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let _ = write!(self.0.lock().unwrap(), "\nevent ");
        event.record(&mut Fields(self.0.clone()));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test(start_paused = true)]
async fn traces_carry_the_path_template_and_no_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/t/cus_42"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/t/cus_42"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let capture = Capture::default();
    let _guard = tracing::dispatcher::set_default(&tracing::Dispatch::new(capture.clone()));

    let c = client(
        config(&server)
            .credential("header_key", rt::Credential::api_key(SECRET))
            .credential("query_key", rt::Credential::api_key(SECRET)),
    );
    let mut req = rt::Request::new(rt::Method::GET, "/t/{id}", "retrieve_thing");
    req.path_param("id", "cus_42");
    req.security(&[&["header_key", "query_key"]]);
    c.send::<()>(req).await.unwrap();

    let log = capture.0.lock().unwrap().clone();
    assert!(log.contains("span apitap.request"), "{log}");
    assert!(log.contains("operation_id=\"retrieve_thing\""), "{log}");
    assert!(log.contains("method=GET"), "{log}");
    assert!(log.contains("path_template=\"/t/{id}\""), "{log}");
    assert!(
        log.contains("status=503") && log.contains("status=200"),
        "{log}"
    );
    assert!(log.contains("attempt=2"), "{log}");
    assert!(log.contains("latency_ms="), "{log}");
    assert!(
        !log.contains("cus_42"),
        "the filled path must not be traced: {log}"
    );
    assert!(!log.contains(SECRET), "traces leak the secret: {log}");
}
