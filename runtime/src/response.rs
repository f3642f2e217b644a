//! A successful (2xx) response with its body fully read, and typed decoding of it.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::error::{request_id, snippet, Error, RedactedHeaders};
use crate::metrics::Metrics;

/// Longest body excerpt kept in a decode error.
const SNIPPET_BYTES: usize = 512;

/// A 2xx response. The body is already read, so decoding cannot fail on the network.
#[derive(Clone)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// Response headers.
    pub headers: HeaderMap,
    /// Raw body.
    pub body: Bytes,
    pub(crate) metrics: Option<Arc<Metrics>>,
}

impl Response {
    /// A response built outside a client (e.g. in tests); decode errors are not counted.
    pub fn new(status: u16, headers: HeaderMap, body: Bytes) -> Self {
        Response {
            status,
            headers,
            body,
            metrics: None,
        }
    }

    /// Decodes the JSON body. An empty body decodes as JSON `null`, so `()` and `Option`
    /// work for 204 responses. Errors carry the JSON path and a snippet of the body.
    pub fn json<T: DeserializeOwned, E>(&self) -> Result<T, Error<E>> {
        let body: &[u8] = if self.body.iter().any(|b| !b.is_ascii_whitespace()) {
            &self.body
        } else {
            b"null"
        };
        // Fast path: plain serde_json. Only a failure is decoded again with path tracking,
        // which costs about a fifth of decode time on large pages.
        if let Ok(v) = serde_json::from_slice(body) {
            return Ok(v);
        }
        let mut de = serde_json::Deserializer::from_slice(body);
        let result = serde_path_to_error::deserialize(&mut de)
            .map_err(|e| (e.path().to_string(), e.into_inner().to_string()))
            .and_then(|v| {
                de.end()
                    .map(|()| v)
                    .map_err(|e| (".".to_string(), e.to_string()))
            });
        result.map_err(|(path, message)| self.decode_error(path, message))
    }

    /// The body as UTF-8 text.
    pub fn text<E>(&self) -> Result<String, Error<E>> {
        String::from_utf8(self.body.to_vec())
            .map_err(|e| self.decode_error(".".to_string(), format!("body is not UTF-8: {e}")))
    }

    /// The raw body (cheap clone).
    pub fn bytes(&self) -> Bytes {
        self.body.clone()
    }

    /// A header value, if present and valid text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The server's request id, from the usual headers.
    pub fn request_id(&self) -> Option<String> {
        request_id(&self.headers)
    }

    fn decode_error<E>(&self, path: String, message: String) -> Error<E> {
        if let Some(m) = &self.metrics {
            m.count_error("decode");
        }
        Error::Decode {
            status: self.status,
            path,
            message,
            snippet: snippet(&self.body, SNIPPET_BYTES),
            request_id: request_id(&self.headers),
        }
    }
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body_len", &self.body.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        n: u32,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        data: Vec<Item>,
    }

    fn resp(body: &str) -> Response {
        Response::new(200, HeaderMap::new(), Bytes::from(body.to_string()))
    }

    #[test]
    fn decode_error_has_path_message_and_snippet() {
        let r = resp(r#"{"data":[{"id":"a","n":1},{"id":"b","n":"x"}]}"#);
        let err = r.json::<Page, ()>().unwrap_err();
        let Error::Decode {
            status,
            path,
            message,
            snippet,
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(*status, 200);
        assert_eq!(path, "data[1].n");
        assert!(message.contains("invalid type"), "{message}");
        assert!(snippet.starts_with(r#"{"data":[{"id":"a""#));
        assert!(err.to_string().contains("data[1].n"));
    }

    #[test]
    fn snippet_is_bounded_on_a_char_boundary() {
        let body = format!(r#"{{"id": 1, "pad": "{}"}}"#, "é".repeat(600));
        let err = resp(&body).json::<Item, ()>().unwrap_err();
        let Error::Decode { snippet, path, .. } = err else {
            panic!()
        };
        assert_eq!(path, "id");
        assert!(
            snippet.len() <= 512 && snippet.len() > 500,
            "{}",
            snippet.len()
        );
        assert!(snippet.ends_with('é'));
    }

    #[test]
    fn empty_body_decodes_as_null_and_trailing_garbage_fails() {
        assert_eq!(
            resp("").json::<Option<Item>, ()>().unwrap().map(|i| i.n),
            None
        );
        resp(" ").json::<(), ()>().unwrap();
        assert!(resp(r#"{"id":"a","n":1} x"#).json::<Item, ()>().is_err());
    }

    #[test]
    fn text_and_header_access() {
        let mut headers = HeaderMap::new();
        headers.insert("x-request-id", "req_9".parse().unwrap());
        let r = Response::new(200, headers, Bytes::from_static(b"hi"));
        assert_eq!(r.text::<()>().unwrap(), "hi");
        assert_eq!(r.header("X-Request-Id"), Some("req_9"));
        assert_eq!(r.request_id().as_deref(), Some("req_9"));
        let bad = Response::new(200, HeaderMap::new(), Bytes::from_static(&[0xff, 0xfe]));
        assert!(matches!(bad.text::<()>(), Err(Error::Decode { .. })));
    }
}
