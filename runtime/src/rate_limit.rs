//! Client-side pacing: a token bucket, and a gate closed by server rate-limit headers that
//! say the quota is used up.

use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;
use tokio::time::Instant;

use crate::config::RateLimit;
use crate::retry::MAX_SERVER_WAIT;

/// `X-RateLimit-Reset` values above this are unix timestamps, below it seconds from now.
const EPOCH_THRESHOLD: f64 = 1_000_000_000.0;

#[derive(Debug)]
struct Bucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Option<Instant>,
}

/// Waits before each attempt so the client stays within its own and the server's limits.
#[derive(Debug, Default)]
pub(crate) struct RateLimiter {
    bucket: Option<Mutex<Bucket>>,
    gate: Mutex<Option<Instant>>,
}

impl RateLimiter {
    pub(crate) fn new(limit: Option<RateLimit>) -> Self {
        let bucket = limit.map(|l| {
            let burst = f64::from(l.burst.max(1));
            Mutex::new(Bucket {
                rate: l.requests_per_second,
                burst,
                tokens: burst,
                last: None,
            })
        });
        RateLimiter {
            bucket,
            gate: Mutex::new(None),
        }
    }

    /// Waits for a token and for any server-imposed pause; returns whether it had to wait.
    pub(crate) async fn acquire(&self) -> bool {
        let mut waited = false;
        if let Some(wait) = self.reserve_token() {
            waited = true;
            tokio::time::sleep(wait).await;
        }
        let gate = *lock(&self.gate);
        if let Some(until) = gate {
            if until > Instant::now() {
                waited = true;
                tokio::time::sleep_until(until).await;
            }
        }
        waited
    }

    /// Takes a token now (possibly going into debt) and returns how long to wait for it.
    /// Debt makes concurrent callers queue up in arrival order without holding the lock.
    fn reserve_token(&self) -> Option<Duration> {
        let mut b = lock(self.bucket.as_ref()?);
        let now = Instant::now();
        if let Some(last) = b.last {
            let refill = now.saturating_duration_since(last).as_secs_f64() * b.rate;
            b.tokens = (b.tokens + refill).min(b.burst);
        }
        b.last = Some(now);
        b.tokens -= 1.0;
        (b.tokens < 0.0).then(|| {
            Duration::from_secs_f64((-b.tokens / b.rate).min(MAX_SERVER_WAIT.as_secs_f64()))
        })
    }

    /// Reads rate-limit headers; when the remaining quota is 0 the next attempt waits until
    /// the reset (at most 5 minutes).
    pub(crate) fn observe(&self, headers: &HeaderMap) {
        let Some(remaining) = number(headers, &["x-ratelimit-remaining", "ratelimit-remaining"])
        else {
            return;
        };
        let mut gate = lock(&self.gate);
        if remaining > 0.0 {
            *gate = None;
            return;
        }
        if let Some(wait) = reset_delay(headers, SystemTime::now()) {
            *gate = Some(Instant::now() + wait.min(MAX_SERVER_WAIT));
        }
    }
}

/// Delay until the quota resets, from `X-RateLimit-Reset` (epoch or seconds) or
/// `RateLimit-Reset` (seconds).
fn reset_delay(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let secs = if let Some(v) = number(headers, &["x-ratelimit-reset"]) {
        if v > EPOCH_THRESHOLD {
            let now = now
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs_f64();
            v - now
        } else {
            v
        }
    } else {
        number(headers, &["ratelimit-reset"])?
    };
    Some(Duration::from_secs_f64(
        secs.clamp(0.0, MAX_SERVER_WAIT.as_secs_f64()),
    ))
}

/// First header of `names` that parses as a finite number.
fn number(headers: &HeaderMap, names: &[&str]) -> Option<f64> {
    names.iter().find_map(|n| {
        let v = headers.get(*n)?.to_str().ok()?.trim().parse::<f64>().ok()?;
        v.is_finite().then_some(v)
    })
}

/// Locks a mutex, recovering from poisoning (the data is plain numbers, always consistent).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, v.parse().unwrap());
        }
        h
    }

    #[test]
    fn reset_as_seconds_or_epoch() {
        let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let h = headers(&[("x-ratelimit-reset", "30")]);
        assert_eq!(reset_delay(&h, now), Some(Duration::from_secs(30)));
        let h = headers(&[("x-ratelimit-reset", "1700000012")]);
        assert_eq!(reset_delay(&h, now), Some(Duration::from_secs(12)));
        let h = headers(&[("ratelimit-reset", "5")]);
        assert_eq!(reset_delay(&h, now), Some(Duration::from_secs(5)));
        let h = headers(&[("ratelimit-reset", "99999")]);
        assert_eq!(reset_delay(&h, now), Some(MAX_SERVER_WAIT));
        assert_eq!(reset_delay(&HeaderMap::new(), now), None);
    }

    #[tokio::test(start_paused = true)]
    async fn bucket_allows_burst_then_paces() {
        let rl = RateLimiter::new(Some(RateLimit {
            requests_per_second: 4.0,
            burst: 2,
        }));
        let start = Instant::now();
        assert!(!rl.acquire().await);
        assert!(!rl.acquire().await);
        assert!(rl.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(250));
        assert!(rl.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_millis(500));
    }

    #[tokio::test(start_paused = true)]
    async fn gate_closes_at_zero_and_opens_when_quota_returns() {
        let rl = RateLimiter::new(None);
        rl.observe(&headers(&[
            ("ratelimit-remaining", "0"),
            ("ratelimit-reset", "3"),
        ]));
        let start = Instant::now();
        assert!(rl.acquire().await);
        assert_eq!(start.elapsed(), Duration::from_secs(3));
        assert!(!rl.acquire().await);
        rl.observe(&headers(&[
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", "10"),
        ]));
        rl.observe(&headers(&[
            ("x-ratelimit-remaining", "5"),
            ("x-ratelimit-reset", "10"),
        ]));
        assert!(!rl.acquire().await);
    }
}
