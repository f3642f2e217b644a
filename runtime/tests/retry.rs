//! Retries, backoff, Retry-After, idempotency keys, server rate-limit headers and the
//! client-side token bucket. Waiting tests run on paused time and assert the elapsed time.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use apitap_runtime::codegen as rt;
use common::{client, config, get};
use tokio::time::Instant;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn status(code: u16) -> ResponseTemplate {
    ResponseTemplate::new(code).set_body_string(format!("status {code}"))
}

/// Mounts `codes` in order, one response each; the last one repeats.
async fn sequence(server: &MockServer, p: &'static str, codes: &[ResponseTemplate]) {
    for (i, r) in codes.iter().enumerate() {
        let m = Mock::given(path(p)).respond_with(r.clone());
        let m = if i + 1 < codes.len() {
            m.up_to_n_times(1)
        } else {
            m
        };
        m.mount(server).await;
    }
}

async fn hits(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap_or_default()
}

fn post(p: &'static str) -> rt::Request {
    let mut r = rt::Request::new(rt::Method::POST, p, "create_thing");
    r.json(&serde_json::json!({"name": "x"}));
    r
}

#[tokio::test(start_paused = true)]
async fn transient_5xx_then_success() {
    let server = MockServer::start().await;
    sequence(&server, "/t", &[status(503), status(503), status(200)]).await;
    let c = client(config(&server));
    let start = Instant::now();
    let resp = c.send::<()>(get("/t")).await.unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(hits(&server).await.len(), 3);
    // full jitter: first retry waits at most 500 ms, second at most 1 s
    assert!(
        start.elapsed() <= Duration::from_millis(1500),
        "{:?}",
        start.elapsed()
    );
    let m = c.metrics();
    assert_eq!(
        (m.requests, m.attempts, m.retries, m.errors_http_5xx),
        (1, 3, 2, 2)
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_seconds_is_honoured() {
    let server = MockServer::start().await;
    sequence(
        &server,
        "/t",
        &[status(429).insert_header("Retry-After", "7"), status(200)],
    )
    .await;
    let c = client(config(&server));
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_secs(7) && waited < Duration::from_millis(7100),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_http_date_is_honoured() {
    let server = MockServer::start().await;
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(20));
    sequence(
        &server,
        "/t",
        &[
            status(503).insert_header("Retry-After", at.as_str()),
            status(200),
        ],
    )
    .await;
    let c = client(config(&server));
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    let waited = start.elapsed();
    // HTTP dates have whole-second precision
    assert!(
        waited >= Duration::from_secs(18) && waited <= Duration::from_secs(20),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_capped_at_five_minutes() {
    let server = MockServer::start().await;
    sequence(
        &server,
        "/t",
        &[
            status(429).insert_header("Retry-After", "86400"),
            status(200),
        ],
    )
    .await;
    let c = client(config(&server));
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    assert_eq!(start.elapsed().as_secs(), 300);
}

#[tokio::test(start_paused = true)]
async fn permanent_client_errors_are_not_retried() {
    for code in [400u16, 401, 403, 404, 409, 422] {
        let server = MockServer::start().await;
        Mock::given(path("/t"))
            .respond_with(status(code))
            .expect(1)
            .mount(&server)
            .await;
        let c = client(config(&server));
        let err = c.send::<()>(get("/t")).await.unwrap_err();
        assert_eq!(err.status(), Some(code));
        assert!(!err.is_retryable());
        assert!(matches!(err, rt::Error::Api(_)));
        assert_eq!(c.metrics().errors_http_4xx, 1);
    }
}

#[tokio::test(start_paused = true)]
async fn post_without_idempotency_key_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/t"))
        .respond_with(status(503))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server));
    let err = c.send::<()>(post("/t")).await.unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert!(
        err.is_retryable(),
        "the failure is transient even though it was not retried"
    );
    assert!(hits(&server).await[0]
        .headers
        .get("idempotency-key")
        .is_none());
}

#[tokio::test(start_paused = true)]
async fn post_with_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    sequence(&server, "/t", &[status(503), status(500), status(201)]).await;
    let c = client(config(&server).idempotency_key_header("Idempotency-Key"));
    let resp = c.send::<()>(post("/t")).await.unwrap();
    assert_eq!(resp.status, 201);
    let keys: Vec<String> = hits(&server)
        .await
        .iter()
        .map(|r| {
            r.headers
                .get("idempotency-key")
                .unwrap()
                .to_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(keys.len(), 3);
    assert!(keys[0].len() >= 16);
    assert!(keys.iter().all(|k| k == &keys[0]), "{keys:?}");
    // a new request gets a new key
    c.send::<()>(post("/t")).await.unwrap();
    let last = hits(&server).await.pop().unwrap();
    assert_ne!(
        last.headers
            .get("idempotency-key")
            .unwrap()
            .to_str()
            .unwrap(),
        keys[0]
    );
}

#[tokio::test(start_paused = true)]
async fn post_retried_when_policy_allows_non_idempotent() {
    let server = MockServer::start().await;
    sequence(&server, "/t", &[status(502), status(200)]).await;
    let policy = rt::RetryPolicy {
        retry_non_idempotent: true,
        ..rt::RetryPolicy::default()
    };
    let c = client(config(&server).retry(policy));
    c.send::<()>(post("/t")).await.unwrap();
    assert_eq!(hits(&server).await.len(), 2);
}

#[tokio::test(start_paused = true)]
async fn max_attempts_gives_retries_exhausted_with_last_status() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(status(504).insert_header("x-request-id", "req-last"))
        .expect(3)
        .mount(&server)
        .await;
    let policy = rt::RetryPolicy {
        max_attempts: 3,
        ..rt::RetryPolicy::default()
    };
    let c = client(config(&server).retry(policy));
    let err = c.send::<()>(get("/t")).await.unwrap_err();
    let rt::Error::RetriesExhausted { attempts, last } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(*attempts, 3);
    assert_eq!(last.status(), Some(504));
    assert_eq!(err.status(), Some(504));
    assert_eq!(err.request_id(), Some("req-last"));
    assert_eq!(err.raw_body(), Some(&b"status 504"[..]));
    assert!(
        err.to_string()
            .starts_with("gave up after 3 attempts: API returned HTTP 504"),
        "{err}"
    );
}

#[tokio::test(start_paused = true)]
async fn retry_none_returns_the_failure_itself() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(status(503))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(config(&server).retry(rt::RetryPolicy::none()));
    let err = c.send::<()>(get("/t")).await.unwrap_err();
    assert!(matches!(err, rt::Error::Api(ref e) if e.status == 503));
}

#[tokio::test(start_paused = true)]
async fn connect_errors_are_retried_even_for_post() {
    // a port that was just free: connections are refused
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cfg = rt::Config::new()
        .base_url(format!("http://127.0.0.1:{port}"))
        .timeout(Duration::ZERO)
        .pool_idle_timeout(None)
        .retry(rt::RetryPolicy {
            max_attempts: 2,
            ..rt::RetryPolicy::default()
        });
    let c = client(cfg);
    let err = c.send::<()>(post("/t")).await.unwrap_err();
    let rt::Error::RetriesExhausted { attempts: 2, last } = &err else {
        panic!("{err:?}")
    };
    assert!(
        matches!(**last, rt::Error::Transport { connect: true, .. }),
        "{last:?}"
    );
    assert!(err.is_retryable());
    assert_eq!(c.metrics().errors_transport, 2);
}

#[tokio::test]
async fn slow_responses_time_out() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(status(200).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let cfg = config(&server)
        .timeout(Duration::from_millis(100))
        .retry(rt::RetryPolicy::none());
    let c = client(cfg);
    let err = c.send::<()>(get("/t")).await.unwrap_err();
    assert!(matches!(err, rt::Error::Timeout), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(c.metrics().errors_timeout, 1);
}

#[tokio::test(start_paused = true)]
async fn x_ratelimit_remaining_zero_delays_the_next_request() {
    let server = MockServer::start().await;
    sequence(
        &server,
        "/t",
        &[
            status(200)
                .insert_header("X-RateLimit-Remaining", "0")
                .insert_header("X-RateLimit-Reset", "30"),
            status(200),
        ],
    )
    .await;
    let c = client(config(&server));
    c.send::<()>(get("/t")).await.unwrap();
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    assert_eq!(start.elapsed(), Duration::from_secs(30));
    assert_eq!(c.metrics().rate_limit_waits, 1);
    // the second response had no rate-limit headers: the third goes out immediately
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    assert_eq!(start.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn x_ratelimit_reset_as_epoch_seconds() {
    let server = MockServer::start().await;
    let reset = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 12;
    sequence(
        &server,
        "/t",
        &[
            status(200)
                .insert_header("x-ratelimit-remaining", "0")
                .insert_header("x-ratelimit-reset", reset.to_string().as_str()),
            status(200),
        ],
    )
    .await;
    let c = client(config(&server));
    c.send::<()>(get("/t")).await.unwrap();
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    let waited = start.elapsed();
    assert!(
        waited > Duration::from_secs(10) && waited <= Duration::from_secs(12),
        "{waited:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn ietf_ratelimit_headers_on_a_429() {
    let server = MockServer::start().await;
    sequence(
        &server,
        "/t",
        &[
            status(429)
                .insert_header("RateLimit-Remaining", "0")
                .insert_header("RateLimit-Reset", "4"),
            status(200),
        ],
    )
    .await;
    let c = client(config(&server));
    let start = Instant::now();
    c.send::<()>(get("/t")).await.unwrap();
    // the retry waits for the reset (backoff runs concurrently with it, and is shorter)
    assert_eq!(start.elapsed(), Duration::from_secs(4));
}

#[tokio::test(start_paused = true)]
async fn token_bucket_spaces_requests() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(status(200))
        .expect(5)
        .mount(&server)
        .await;
    let c = client(config(&server).rate_limit(2.0, 1));
    let start = Instant::now();
    for _ in 0..5 {
        c.send::<()>(get("/t")).await.unwrap();
    }
    // 1 immediately, then one every 500 ms
    assert_eq!(start.elapsed(), Duration::from_secs(2));
    assert_eq!(c.metrics().rate_limit_waits, 4);
}

#[tokio::test(start_paused = true)]
async fn token_bucket_allows_bursts_across_clones() {
    let server = MockServer::start().await;
    Mock::given(path("/t"))
        .respond_with(status(200))
        .mount(&server)
        .await;
    let c = client(config(&server).rate_limit(1.0, 3));
    let clone = c.clone();
    let start = Instant::now();
    let all = futures::future::join_all((0..4).map(|i| {
        let c = if i % 2 == 0 { c.clone() } else { clone.clone() };
        async move { c.send::<()>(get("/t")).await.map(|r| r.status) }
    }))
    .await;
    assert!(all.iter().all(|r| matches!(r, Ok(200))));
    // three go out in the burst, the fourth waits one second
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    assert_eq!(c.metrics().requests, 4);
}
