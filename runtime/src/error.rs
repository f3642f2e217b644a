//! The one error type every generated operation returns, plus the typed API error body.

use std::fmt;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::retry::is_retryable_status;

/// Decodes an operation's documented error responses. Generated per operation.
pub trait ErrorBody: Sized + fmt::Debug {
    /// The typed error for `status`, or `None` when the status is undocumented or the body
    /// does not match (the raw body is still available on the error).
    fn decode(status: u16, body: &[u8]) -> Option<Self>;
}

impl ErrorBody for () {
    fn decode(_status: u16, _body: &[u8]) -> Option<Self> {
        None
    }
}

/// Parses JSON, or `None`; used by generated [`ErrorBody`] impls.
pub fn decode_json<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_json::from_slice(body).ok()
}

/// Headers that commonly carry a request id, in order of preference.
const REQUEST_ID_HEADERS: &[&str] = &[
    "request-id",
    "x-request-id",
    "x-github-request-id",
    "x-amzn-requestid",
    "cf-ray",
    "x-trace-id",
];

/// The request id the server assigned, for support tickets and log correlation.
pub fn request_id(headers: &HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS.iter().find_map(|h| {
        headers
            .get(*h)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    })
}

/// Whether a header may carry credentials and must not be printed.
pub(crate) fn is_sensitive_header(name: &str) -> bool {
    const MARKERS: &[&str] = &[
        "auth",
        "cookie",
        "key",
        "token",
        "secret",
        "session",
        "signature",
        "password",
    ];
    let lower = name.to_ascii_lowercase();
    MARKERS.iter().any(|m| lower.contains(m))
}

/// `Debug` for headers that hides values of credential-bearing headers.
pub(crate) struct RedactedHeaders<'a>(pub &'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if value.is_sensitive() || is_sensitive_header(name.as_str()) {
                map.entry(&name.as_str(), &"[redacted]");
            } else {
                map.entry(&name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
            }
        }
        map.finish()
    }
}

/// At most `max` bytes of `body` as text, cut on a character boundary.
pub(crate) fn snippet(body: &[u8], max: usize) -> String {
    let head = &body[..body.len().min(max + 4)];
    let text = String::from_utf8_lossy(head);
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

/// A non-2xx answer from the API.
pub struct ApiError<E> {
    /// HTTP status.
    pub status: u16,
    /// Response headers (`Debug` hides credential-bearing ones).
    pub headers: HeaderMap,
    /// Request id from the usual headers.
    pub request_id: Option<String>,
    /// Raw response body.
    pub body: Bytes,
    /// The documented error for this status, when the body matched it.
    pub typed: Option<E>,
}

impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &snippet(&self.body, 512))
            .field("typed", &self.typed)
            .finish()
    }
}

impl<E> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = reqwest::StatusCode::from_u16(self.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        write!(f, "API returned HTTP {} {reason}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        let body = snippet(&self.body, 200);
        let body = body.trim();
        if !body.is_empty() {
            write!(f, ": {body}")?;
        }
        Ok(())
    }
}

/// Everything that can go wrong with a request. Messages never contain credentials or URLs
/// with query strings.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = ()> {
    /// The request could not be encoded (bad parameter, header value, body).
    Encode {
        /// What was wrong.
        message: String,
    },
    /// The connection failed or broke. `connect` is true when the request never left.
    Transport {
        /// Description with the cause chain, without the URL.
        message: String,
        /// The connection could not be established (so the request was not sent).
        connect: bool,
        /// Underlying error, with its URL stripped.
        source: Option<reqwest::Error>,
    },
    /// The attempt exceeded the configured timeout.
    Timeout,
    /// A response body did not match the expected type.
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// JSON path where decoding failed (`.` when at the root).
        path: String,
        /// What was wrong.
        message: String,
        /// Start of the body (at most 512 bytes).
        snippet: String,
        /// Request id from the response headers.
        request_id: Option<String>,
    },
    /// The API answered with a non-2xx status. Boxed so `Error` stays small enough that
    /// `Result<T, Error<E>>` passes clippy's `result_large_err` in generated crates.
    Api(Box<ApiError<E>>),
    /// An OAuth2 token could not be obtained.
    Auth {
        /// Security scheme name.
        scheme: String,
        /// Status from the token endpoint, if it answered.
        status: Option<u16>,
        /// What went wrong (OAuth `error`/`error_description`, never a credential).
        message: String,
    },
    /// A pagination stream could not go on safely (a cursor or next URL repeated, the API
    /// said there is more but gave nothing to continue from, a next URL on another host).
    /// The pages before it were delivered; retrying would hit the same answer.
    Pagination {
        /// What was wrong (names parameters, never cursor values or URLs with queries).
        message: String,
    },
    /// Retryable failures continued until the retry policy gave up.
    RetriesExhausted {
        /// Attempts made.
        attempts: u32,
        /// The last failure.
        last: Box<Error<E>>,
    },
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Encode { message } => write!(f, "could not encode request: {message}"),
            Error::Transport { message, .. } => write!(f, "transport error: {message}"),
            Error::Timeout => f.write_str("request timed out"),
            Error::Decode { status, path, message, snippet, .. } => write!(
                f,
                "could not decode HTTP {status} response at `{path}`: {message}; body starts with: {snippet}"
            ),
            Error::Api(e) => e.fmt(f),
            Error::Auth { scheme, message, .. } => {
                write!(f, "could not obtain OAuth2 token for security scheme `{scheme}`: {message}")
            }
            Error::Pagination { message } => write!(f, "pagination stopped: {message}"),
            Error::RetriesExhausted { attempts, last } => write!(f, "gave up after {attempts} attempts: {last}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport {
                source: Some(e), ..
            } => Some(e),
            _ => None,
        }
    }
}

impl<E> Error<E> {
    /// HTTP status of the failing response (the last one after retries; the token endpoint's
    /// for `Auth`).
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode { status, .. } => Some(*status),
            Error::Auth { status, .. } => *status,
            Error::RetriesExhausted { last, .. } => last.status(),
            _ => None,
        }
    }

    /// The server's request id, when the failure came with a response.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            Error::RetriesExhausted { last, .. } => last.request_id(),
            _ => None,
        }
    }

    /// Whether the failure is transient, so trying again later may succeed (for
    /// `RetriesExhausted`: whether the last failure was).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport { .. } | Error::Timeout => true,
            Error::Api(e) => is_retryable_status(e.status),
            Error::Auth { status: None, .. } => true,
            Error::Auth {
                status: Some(s), ..
            } => is_retryable_status(*s),
            Error::RetriesExhausted { last, .. } => last.is_retryable(),
            Error::Encode { .. } | Error::Decode { .. } | Error::Pagination { .. } => false,
        }
    }

    /// The typed, documented error body, if the response matched one.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => e.typed.as_ref(),
            Error::RetriesExhausted { last, .. } => last.api_error(),
            _ => None,
        }
    }

    /// The raw body of the failing response.
    pub fn raw_body(&self) -> Option<&[u8]> {
        match self {
            Error::Api(e) => Some(&e.body),
            Error::RetriesExhausted { last, .. } => last.raw_body(),
            _ => None,
        }
    }

    /// Short class name used for metrics and trace fields.
    pub(crate) fn class(&self) -> &'static str {
        match self {
            Error::Encode { .. } => "encode",
            Error::Transport { .. } => "transport",
            Error::Timeout => "timeout",
            Error::Decode { .. } => "decode",
            Error::Api(e) if e.status >= 500 => "http_5xx",
            Error::Api(_) => "http_4xx",
            Error::Auth { .. } => "auth",
            Error::Pagination { .. } => "pagination",
            Error::RetriesExhausted { .. } => "retries_exhausted",
        }
    }

    /// Builds a transport error from reqwest's, dropping the URL (it may hold a query-string
    /// API key) and keeping the cause chain in the message.
    pub(crate) fn transport(err: reqwest::Error) -> Self {
        let err = err.without_url();
        let mut message = err.to_string();
        let mut cause = std::error::Error::source(&err);
        while let Some(c) = cause {
            message.push_str(": ");
            message.push_str(&c.to_string());
            cause = c.source();
        }
        Error::Transport {
            message,
            connect: err.is_connect(),
            source: Some(err),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_stays_small_whatever_the_typed_body() {
        // clippy's result_large_err fires at 128 bytes; generated crates must stay clippy-clean
        assert!(std::mem::size_of::<Error<()>>() <= 128);
        assert_eq!(
            std::mem::size_of::<Error<[u8; 1024]>>(),
            std::mem::size_of::<Error<()>>()
        );
    }

    #[test]
    fn sensitive_headers_are_redacted() {
        let mut h = HeaderMap::new();
        h.insert("authorization", "Bearer abc".parse().unwrap());
        h.insert("x-api-key", "abc".parse().unwrap());
        h.insert("set-cookie", "s=abc".parse().unwrap());
        h.insert("content-type", "text/plain".parse().unwrap());
        let shown = format!("{:?}", RedactedHeaders(&h));
        assert!(!shown.contains("abc"), "{shown}");
        assert!(shown.contains("text/plain"));
    }

    #[test]
    fn snippet_cuts_on_char_boundary() {
        assert_eq!(snippet("aé".as_bytes(), 2), "a");
        assert_eq!(snippet(b"abc", 10), "abc");
        assert_eq!(snippet(&[0xff, b'a'], 10), "\u{fffd}a");
    }
}
