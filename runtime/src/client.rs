//! The client: one `send` that applies auth, pacing, retries and tracing around a request.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, COOKIE};
use reqwest::{Method, Url};
use tracing::{field, Instrument};

use crate::auth::{with_timeout, Applied, Auth};
use crate::config::{Config, ConfigError};
use crate::encode;
use crate::error::{is_sensitive_header, request_id, ApiError, Error, ErrorBody};
use crate::metrics::{Metrics, MetricsSnapshot};
use crate::rate_limit::RateLimiter;
use crate::request::{Body, Request};
use crate::response::Response;
use crate::retry::{backoff, is_idempotent, retry_after};
use crate::spec::ApiSpec;

/// Sends requests for one API. Cheap to clone; clones share connections, token cache, rate
/// limiter and counters. `Debug` shows no secrets.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    config: Config,
    api: &'static ApiSpec,
    base_url: String,
    /// Parsed base URL; its origin is the only one credentials are sent to.
    base: Url,
    auth: Auth,
    limiter: RateLimiter,
    metrics: Arc<Metrics>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("api", &self.inner.api.name)
            .field("base_url", &self.inner.base_url)
            .field("config", &self.inner.config)
            .finish()
    }
}

/// One failed attempt and what the retry loop needs to know about it.
struct Failure<E> {
    error: Error<E>,
    /// The request may have reached the server (so resending a POST is not safe).
    sent: bool,
    retry_after: Option<Duration>,
    applied: Option<Applied>,
}

impl<E> Failure<E> {
    fn before_send(error: Error<E>) -> Self {
        Failure {
            error,
            sent: false,
            retry_after: None,
            applied: None,
        }
    }
}

impl Client {
    /// Builds a client for `api`, checking credentials against the API's schemes.
    pub fn new(config: Config, api: &'static ApiSpec) -> Result<Client, ConfigError> {
        let raw_base = config.get_base_url().unwrap_or(api.default_base_url);
        let parsed = Url::parse(raw_base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"));
        let Some(parsed) = parsed else {
            let hint = if api.base_url_env.is_empty() {
                String::new()
            } else {
                format!(" (set {} or Config::base_url)", api.base_url_env)
            };
            return Err(ConfigError::InvalidUrl {
                what: "base URL".to_string(),
                reason: format!("not an absolute http(s) URL{hint}"),
            });
        };
        if let Some(limit) = config.get_rate_limit() {
            let rps = limit.requests_per_second;
            if !(rps.is_finite() && rps > 0.0) {
                return Err(ConfigError::InvalidSetting {
                    setting: "rate_limit",
                    reason: format!("requests per second must be a positive number, got {rps}"),
                });
            }
        }
        let user_agent = config
            .get_user_agent()
            .map(String::from)
            .unwrap_or_else(|| {
                format!(
                    "apitap-runtime/{} ({})",
                    env!("CARGO_PKG_VERSION"),
                    api.name
                )
            });
        let http = reqwest::Client::builder()
            .use_rustls_tls()
            .user_agent(user_agent)
            .pool_idle_timeout(config.get_pool_idle_timeout())
            .build()
            .map_err(|e| ConfigError::Http {
                message: e.to_string(),
            })?;
        let auth = Auth::new(api, &config, &parsed)?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url: raw_base.trim_end_matches('/').to_string(),
                base: parsed,
                limiter: RateLimiter::new(config.get_rate_limit()),
                config,
                api,
                auth,
                metrics: Arc::default(),
            }),
        })
    }

    /// The configuration the client was built with.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The API this client talks to.
    pub fn api(&self) -> &'static ApiSpec {
        self.inner.api
    }

    /// Current counters.
    pub fn metrics(&self) -> MetricsSnapshot {
        self.inner.metrics.snapshot()
    }

    /// Adds to the `records` counter (called by pagination streams).
    pub fn count_records(&self, n: u64) {
        self.inner.metrics.records(n);
    }

    /// Adds one to the `pages` counter (called by pagination streams per decoded page).
    pub(crate) fn count_page(&self) {
        self.inner.metrics.page();
    }

    /// Sends `req` with auth, rate limiting and retries. A 2xx response is returned with its
    /// body read; anything else is an error (`Error::Api` with `E` decoded for non-2xx).
    ///
    /// Retries: transient failures (connect errors, timeouts, 408, 429, 5xx) are retried with
    /// full-jitter backoff or the server's `Retry-After`, for idempotent methods, for POST and
    /// PATCH when an idempotency key is sent, and for any method when the request never left
    /// (connect error, token fetch failure). An OAuth2 401 re-fetches the token and resends
    /// once, outside the retry budget. When retries run out after more than one attempt the
    /// error is `RetriesExhausted`.
    pub async fn send<E: ErrorBody>(&self, req: Request) -> Result<Response, Error<E>> {
        let span = tracing::info_span!(
            "apitap.request",
            operation_id = req.operation_id,
            method = %req.method,
            path_template = req.path_template,
            status = field::Empty,
            attempt = field::Empty,
            latency_ms = field::Empty,
        );
        let started = tokio::time::Instant::now();
        let result = self
            .send_with_retries(req, &span)
            .instrument(span.clone())
            .await;
        span.record(
            "latency_ms",
            u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
        );
        result
    }

    async fn send_with_retries<E: ErrorBody>(
        &self,
        mut req: Request,
        span: &tracing::Span,
    ) -> Result<Response, Error<E>> {
        let inner = &*self.inner;
        inner.metrics.request();
        if let Some(message) = req.error.take() {
            return Err(Error::Encode { message });
        }
        let url = self
            .request_url(&req)
            .map_err(|message| Error::Encode { message })?;
        let idempotency = self.idempotency_key(&req);
        let policy = inner.config.get_retry();
        let resend_ok =
            is_idempotent(&req.method) || idempotency.is_some() || policy.retry_non_idempotent;
        let schemes = inner.auth.select(req.security);
        let max_attempts = policy.max_attempts.max(1);

        let mut sent_attempts = 0u32;
        let mut budget_used = 0u32;
        let mut auth_refreshed = false;
        loop {
            sent_attempts += 1;
            budget_used += 1;
            span.record("attempt", sent_attempts);
            if inner.limiter.acquire().await {
                inner.metrics.rate_limit_wait();
            }
            let sent_at = tokio::time::Instant::now();
            let failure = match self
                .attempt(&req, &url, schemes, idempotency.as_ref(), span)
                .await
            {
                Ok(resp) => {
                    crate::stats::attempt(sent_at.elapsed(), resp.body.len(), false);
                    return Ok(resp);
                }
                Err(f) => f,
            };
            // Sent, or at least tried on the wire (a refused connection counts).
            if failure.applied.is_some() {
                crate::stats::attempt(sent_at.elapsed(), 0, true);
            }
            let error = failure.error;
            inner.metrics.count_error(error.class());
            tracing::debug!(
                attempt = sent_attempts,
                class = error.class(),
                status = error.status(),
                "attempt failed"
            );

            if error.status() == Some(401) && !auth_refreshed {
                if let Some(applied) = failure.applied.filter(|a| !a.tokens.is_empty()) {
                    for (source, token) in &applied.tokens {
                        source.invalidate(token).await;
                    }
                    auth_refreshed = true;
                    budget_used -= 1;
                    tracing::debug!("OAuth2 token rejected; fetching a new one");
                    continue;
                }
            }
            let may_resend = error.is_retryable() && (resend_ok || !failure.sent);
            if !may_resend {
                return Err(error);
            }
            if budget_used >= max_attempts {
                return Err(if sent_attempts > 1 {
                    Error::RetriesExhausted {
                        attempts: sent_attempts,
                        last: Box::new(error),
                    }
                } else {
                    error
                });
            }
            let delay = failure
                .retry_after
                .unwrap_or_else(|| backoff(&policy, budget_used - 1));
            inner.metrics.retry();
            crate::stats::retry(match (error.status(), &error) {
                (Some(429), _) => crate::stats::RetryCause::RateLimited,
                (Some(s), _) if s >= 500 => crate::stats::RetryCause::ServerError,
                (_, Error::Transport { .. }) => crate::stats::RetryCause::Transport,
                (_, Error::Timeout) => crate::stats::RetryCause::Timeout,
                _ => crate::stats::RetryCause::Other,
            });
            tracing::info!(
                event = "retry",
                attempt = sent_attempts,
                class = error.class(),
                status = error.status(),
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
            tokio::time::sleep(delay).await;
        }
    }

    /// Where `req` goes, without its query: base URL + filled path, or the next-page URL set
    /// by [`Request::set_next_url`], which must stay on the base URL's origin.
    pub(crate) fn request_url(&self, req: &Request) -> Result<Url, String> {
        let path = req.filled_path()?;
        let mut url = Url::parse(&format!("{}{}", self.inner.base_url, path))
            .map_err(|e| format!("invalid request URL: {e}"))?;
        if req.next_url.is_empty() {
            return Ok(url);
        }
        for reference in &req.next_url {
            url = url
                .join(reference)
                .map_err(|_| "the next-page URL is not a valid URL reference".to_string())?;
        }
        self.check_origin(&url)?;
        Ok(url)
    }

    /// Refuses a URL on another scheme, host or port than the base URL: a next-page link
    /// from a response must not make the client send credentials somewhere else.
    pub(crate) fn check_origin(&self, url: &Url) -> Result<(), String> {
        if url.origin() == self.inner.base.origin() {
            return Ok(());
        }
        Err(format!(
            "the next-page URL points to {} but the base URL is on {}; not sending credentials to another host",
            url.origin().ascii_serialization(),
            self.inner.base.origin().ascii_serialization()
        ))
    }

    /// `url` without the query parameters that carry API keys, so a next-page URL an API
    /// echoes a key into can be saved (the key is added again on send).
    pub(crate) fn without_query_keys(&self, url: &Url) -> String {
        let keys: Vec<&str> = self
            .inner
            .api
            .security_schemes
            .iter()
            .filter_map(|s| match s.kind {
                crate::spec::SchemeKind::ApiKey {
                    location: crate::spec::ApiKeyLocation::Query,
                    param_name,
                    ..
                } => Some(param_name),
                _ => None,
            })
            .collect();
        if keys.is_empty() || url.query().is_none() {
            return url.to_string();
        }
        let mut clean = url.clone();
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| !keys.contains(&k.as_ref()))
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        if pairs.is_empty() {
            clean.set_query(None);
        } else {
            clean.query_pairs_mut().clear().extend_pairs(&pairs);
        }
        clean.to_string()
    }

    /// The full URL of `req` as the caller built it (query included, credentials not).
    pub(crate) fn current_url(&self, req: &Request) -> Result<Url, String> {
        let mut url = self.request_url(req)?;
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&req.query);
        }
        Ok(url)
    }

    /// A fresh key for POST/PATCH when the client is configured to send one (unless the
    /// caller already set that header); reused on every attempt of this request.
    fn idempotency_key(&self, req: &Request) -> Option<(String, String)> {
        let header = self.inner.config.get_idempotency_key_header()?;
        if req.method != Method::POST && req.method != Method::PATCH {
            return None;
        }
        if let Some((_, v)) = req
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(header))
        {
            return Some((header.to_string(), v.clone()));
        }
        Some((header.to_string(), format!("{:032x}", fastrand::u128(..))))
    }

    /// One HTTP exchange: credentials, request, response body, classification.
    async fn attempt<E: ErrorBody>(
        &self,
        req: &Request,
        url: &Url,
        schemes: &[&'static str],
        idempotency: Option<&(String, String)>,
        span: &tracing::Span,
    ) -> Result<Response, Failure<E>> {
        let inner = &*self.inner;
        let timeout = inner.config.get_timeout();
        let applied = inner
            .auth
            .apply(schemes, &inner.http, timeout)
            .await
            .map_err(|f| {
                Failure::before_send(Error::Auth {
                    scheme: f.scheme,
                    status: f.status,
                    message: f.message,
                })
            })?;
        let request = self
            .build(req, url, &applied, idempotency)
            .map_err(Failure::before_send)?;
        inner.metrics.attempt();
        let exchange = async {
            let resp = inner
                .http
                .execute(request)
                .await
                .map_err(Error::<E>::transport)?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let body = resp.bytes().await.map_err(Error::<E>::transport)?;
            Ok((status, headers, body))
        };
        let (status, headers, body) = match with_timeout(timeout, exchange).await {
            Some(Ok(parts)) => parts,
            Some(Err(error)) => {
                let sent = !matches!(error, Error::Transport { connect: true, .. });
                return Err(Failure {
                    error,
                    sent,
                    retry_after: None,
                    applied: Some(applied),
                });
            }
            None => {
                return Err(Failure {
                    error: Error::Timeout,
                    sent: true,
                    retry_after: None,
                    applied: Some(applied),
                })
            }
        };
        span.record("status", status);
        inner.limiter.observe(&headers);
        if (200..300).contains(&status) {
            return Ok(Response {
                status,
                headers,
                body,
                metrics: Some(inner.metrics.clone()),
            });
        }
        let retry_after = retry_after(&headers, SystemTime::now());
        let error = Error::Api(Box::new(ApiError {
            status,
            request_id: request_id(&headers),
            typed: E::decode(status, &body),
            headers,
            body,
        }));
        Err(Failure {
            error,
            sent: true,
            retry_after,
            applied: Some(applied),
        })
    }

    /// Assembles the reqwest request for one attempt (multipart bodies are rebuilt each time).
    fn build<E>(
        &self,
        req: &Request,
        url: &Url,
        applied: &Applied,
        idempotency: Option<&(String, String)>,
    ) -> Result<reqwest::Request, Error<E>> {
        let encode_err = |message: String| Error::Encode { message };
        let mut url = url.clone();
        if !req.query.is_empty() || !applied.query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(req.query.iter().chain(&applied.query));
        }
        let mut headers = HeaderMap::new();
        if let Some(accept) = req.accept {
            let v = HeaderValue::from_str(accept)
                .map_err(|_| encode_err(format!("invalid Accept value `{accept}`")))?;
            headers.insert(ACCEPT, v);
        }
        let extra = req.headers.iter().chain(idempotency);
        for (name, value) in extra {
            let header = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| encode_err(format!("`{name}` is not a valid header name")))?;
            let mut v = HeaderValue::from_str(value).map_err(|_| {
                encode_err(format!(
                    "header `{name}` has a value that cannot be sent in a header"
                ))
            })?;
            v.set_sensitive(is_sensitive_header(name));
            headers.insert(header, v);
        }
        for (name, value) in &applied.headers {
            headers.insert(name.clone(), value.clone());
        }
        let cookies: Vec<String> = req
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={}", encode::cookie_value(v)))
            .chain(applied.cookies.iter().map(|(k, v)| format!("{k}={v}")))
            .collect();
        if !cookies.is_empty() {
            let mut v = HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| encode_err("a cookie name cannot be sent in a header".to_string()))?;
            v.set_sensitive(true);
            headers.insert(COOKIE, v);
        }
        let rb = self
            .inner
            .http
            .request(req.method.clone(), url)
            .headers(headers);
        let rb = match &req.body {
            // A type the spec requires even without a body (`Request::content_type`).
            Body::Empty => match req.content_type {
                Some(media) => rb.header(CONTENT_TYPE, media),
                None => rb,
            },
            Body::Json(b) => rb
                .header(CONTENT_TYPE, req.body_media_type("application/json"))
                .body(b.clone()),
            Body::Form(s) => rb
                .header(
                    CONTENT_TYPE,
                    req.body_media_type("application/x-www-form-urlencoded"),
                )
                .body(s.clone()),
            Body::Raw { data, content_type } => rb
                .header(CONTENT_TYPE, content_type.as_str())
                .body(data.clone()),
            Body::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for p in parts {
                    for (name, part) in p.to_reqwest().map_err(encode_err)? {
                        form = form.part(name, part);
                    }
                }
                rb.multipart(form)
            }
        };
        rb.build()
            .map_err(|e| encode_err(e.without_url().to_string()))
    }
}
