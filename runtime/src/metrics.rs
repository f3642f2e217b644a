//! Counters a caller can read from the client, to see how an extraction went.

use std::sync::atomic::{AtomicU64, Ordering};

/// Live counters shared by all clones of a client.
#[derive(Debug, Default)]
pub(crate) struct Metrics {
    requests: AtomicU64,
    attempts: AtomicU64,
    retries: AtomicU64,
    transport: AtomicU64,
    timeout: AtomicU64,
    http_4xx: AtomicU64,
    http_5xx: AtomicU64,
    decode: AtomicU64,
    auth: AtomicU64,
    rate_limit_waits: AtomicU64,
    records: AtomicU64,
    pages: AtomicU64,
}

fn inc(c: &AtomicU64, n: u64) {
    c.fetch_add(n, Ordering::Relaxed);
}

impl Metrics {
    pub(crate) fn request(&self) {
        inc(&self.requests, 1);
    }

    pub(crate) fn attempt(&self) {
        inc(&self.attempts, 1);
    }

    pub(crate) fn retry(&self) {
        inc(&self.retries, 1);
    }

    pub(crate) fn rate_limit_wait(&self) {
        inc(&self.rate_limit_waits, 1);
    }

    pub(crate) fn records(&self, n: u64) {
        inc(&self.records, n);
    }

    pub(crate) fn page(&self) {
        inc(&self.pages, 1);
    }

    /// Counts a failure by its class name (see `Error::class`).
    pub(crate) fn count_error(&self, class: &str) {
        let counter = match class {
            "transport" => &self.transport,
            "timeout" => &self.timeout,
            "http_4xx" => &self.http_4xx,
            "http_5xx" => &self.http_5xx,
            "decode" => &self.decode,
            "auth" => &self.auth,
            _ => return,
        };
        inc(counter, 1);
    }

    pub(crate) fn snapshot(&self) -> MetricsSnapshot {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        MetricsSnapshot {
            requests: get(&self.requests),
            attempts: get(&self.attempts),
            retries: get(&self.retries),
            errors_transport: get(&self.transport),
            errors_timeout: get(&self.timeout),
            errors_http_4xx: get(&self.http_4xx),
            errors_http_5xx: get(&self.http_5xx),
            errors_decode: get(&self.decode),
            errors_auth: get(&self.auth),
            rate_limit_waits: get(&self.rate_limit_waits),
            records: get(&self.records),
            pages: get(&self.pages),
        }
    }
}

/// A copy of the client's counters at one moment. Failures are counted per attempt, so a
/// request that got 503, 503, 200 adds 2 to `errors_http_5xx` and 2 to `retries`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct MetricsSnapshot {
    /// Calls to `send` (logical requests).
    pub requests: u64,
    /// HTTP attempts actually sent (requests + retries + auth re-sends).
    pub attempts: u64,
    /// Attempts repeated because of a transient failure.
    pub retries: u64,
    /// Connection failures.
    pub errors_transport: u64,
    /// Attempts that hit the timeout.
    pub errors_timeout: u64,
    /// 4xx responses.
    pub errors_http_4xx: u64,
    /// 5xx responses.
    pub errors_http_5xx: u64,
    /// Responses that did not decode into the expected type.
    pub errors_decode: u64,
    /// OAuth2 token fetch failures.
    pub errors_auth: u64,
    /// Attempts delayed by the token bucket or server rate-limit headers.
    pub rate_limit_waits: u64,
    /// Records yielded by pagination streams.
    pub records: u64,
    /// Pages decoded by pagination streams.
    pub pages: u64,
}
