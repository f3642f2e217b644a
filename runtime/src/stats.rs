//! Request figures per stream: attempts, failures, retries by cause, latency and bytes.
//!
//! Streams share one client (one rate limiter, one retry budget), so the client's counters
//! cannot tell which stream a request served. The sync driver runs each partition inside
//! [`scope`] with its stream's [`RequestStats`]; the client adds every attempt it makes to
//! whatever stats are in scope (none outside a sync, where this costs nothing).

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

tokio::task_local! {
    static CURRENT: Arc<RequestStats>;
}

/// Why an attempt was repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryCause {
    /// 429 Too Many Requests.
    RateLimited,
    /// A 5xx answer.
    ServerError,
    /// The connection failed.
    Transport,
    /// No answer within the timeout.
    Timeout,
    /// Anything else the retry policy repeats (408, a token fetch).
    Other,
}

/// The figures of one stream's requests in a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestFigures {
    /// HTTP attempts sent (a retried request counts each attempt).
    pub requests: u64,
    /// Attempts that failed: an error status, a broken connection, a timeout.
    pub failed: u64,
    /// Retries after a 429.
    pub retries_429: u64,
    /// Retries after a 5xx.
    pub retries_5xx: u64,
    /// Retries after a connection failure.
    pub retries_transport: u64,
    /// Retries after a timeout.
    pub retries_timeout: u64,
    /// Retries for another cause (408, a token fetch).
    pub retries_other: u64,
    /// Response body bytes received.
    pub bytes: u64,
    /// Every attempt's latency, in microseconds (for the percentiles).
    latencies_us: Vec<u32>,
}

impl RequestFigures {
    /// Retries of every cause.
    pub fn retries(&self) -> u64 {
        self.retries_429
            + self.retries_5xx
            + self.retries_transport
            + self.retries_timeout
            + self.retries_other
    }

    /// The latency below which a share `q` (0..=1) of the attempts finished, in
    /// milliseconds (nearest rank); `None` without attempts.
    pub fn latency_ms(&self, q: f64) -> Option<f64> {
        if self.latencies_us.is_empty() {
            return None;
        }
        let mut sorted = self.latencies_us.clone();
        sorted.sort_unstable();
        let rank = (q.clamp(0.0, 1.0) * sorted.len() as f64).ceil() as usize;
        let at = rank.saturating_sub(1).min(sorted.len() - 1);
        Some(f64::from(sorted[at]) / 1000.0)
    }

    /// Failed attempts ÷ attempts (0 without attempts).
    pub fn error_rate(&self) -> f64 {
        if self.requests == 0 {
            0.0
        } else {
            self.failed as f64 / self.requests as f64
        }
    }

    /// Adds `other`'s figures to these.
    pub fn merge(&mut self, other: &RequestFigures) {
        self.requests += other.requests;
        self.failed += other.failed;
        self.retries_429 += other.retries_429;
        self.retries_5xx += other.retries_5xx;
        self.retries_transport += other.retries_transport;
        self.retries_timeout += other.retries_timeout;
        self.retries_other += other.retries_other;
        self.bytes += other.bytes;
        self.latencies_us.extend_from_slice(&other.latencies_us);
    }
}

/// A stream's figures as the client fills them, shared by its partitions.
#[derive(Debug, Default)]
pub(crate) struct RequestStats(Mutex<RequestFigures>);

impl RequestStats {
    #[cfg_attr(not(feature = "sinks"), allow(dead_code))]
    pub(crate) fn figures(&self) -> RequestFigures {
        self.0.lock().map(|f| f.clone()).unwrap_or_default()
    }
}

fn observe(f: impl FnOnce(&mut RequestFigures)) {
    let _ = CURRENT.try_with(|stats| {
        if let Ok(mut figures) = stats.0.lock() {
            f(&mut figures);
        }
    });
}

/// One attempt: how long it took, the body bytes it brought, whether it failed.
pub(crate) fn attempt(latency: Duration, bytes: usize, failed: bool) {
    observe(|f| {
        f.requests += 1;
        f.failed += u64::from(failed);
        f.bytes += bytes as u64;
        f.latencies_us
            .push(u32::try_from(latency.as_micros()).unwrap_or(u32::MAX));
    });
}

/// One retry, by cause.
pub(crate) fn retry(cause: RetryCause) {
    observe(|f| match cause {
        RetryCause::RateLimited => f.retries_429 += 1,
        RetryCause::ServerError => f.retries_5xx += 1,
        RetryCause::Transport => f.retries_transport += 1,
        RetryCause::Timeout => f.retries_timeout += 1,
        RetryCause::Other => f.retries_other += 1,
    });
}

/// Runs `fut` with `stats` receiving the figures of the requests it makes.
#[cfg_attr(not(feature = "sinks"), allow(dead_code))]
pub(crate) fn scope<F: Future>(
    stats: Arc<RequestStats>,
    fut: F,
) -> impl Future<Output = F::Output> {
    CURRENT.scope(stats, fut)
}

/// The stats of the scope this runs in, for a task spawned on its behalf to carry on.
#[cfg_attr(not(feature = "sinks"), allow(dead_code))]
pub(crate) fn current() -> Option<Arc<RequestStats>> {
    CURRENT.try_with(Arc::clone).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn figures_go_to_the_stats_in_scope() {
        let stats = Arc::new(RequestStats::default());
        attempt(Duration::from_millis(5), 10, false);
        let inner = async {
            for ms in [10, 20, 30, 40] {
                attempt(Duration::from_millis(ms), 100, ms == 40);
            }
            retry(RetryCause::RateLimited);
            retry(RetryCause::ServerError);
        };
        scope(stats.clone(), inner).await;
        let f = stats.figures();
        assert_eq!((f.requests, f.failed, f.bytes, f.retries()), (4, 1, 400, 2));
        assert_eq!(f.latency_ms(0.5), Some(20.0));
        assert_eq!(f.latency_ms(0.95), Some(40.0));
        assert_eq!(f.latency_ms(1.0), Some(40.0));
        assert_eq!(f.error_rate(), 0.25);
        assert_eq!(RequestFigures::default().latency_ms(0.5), None);
    }
}
