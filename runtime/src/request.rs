//! A request being built by generated code: parameters are encoded as they are added; the
//! first encoding problem is kept and reported by `Client::send` as `Error::Encode`.

use std::fmt;

use bytes::Bytes;
use reqwest::Method;
use serde::Serialize;

use crate::encode::{self, QueryStyle};

/// One part of a multipart body. Kept as plain data so it can be rebuilt on every attempt.
#[derive(Clone)]
pub struct Part {
    pub(crate) name: String,
    pub(crate) content: PartContent,
}

#[derive(Clone)]
pub(crate) enum PartContent {
    Text(String),
    /// An object or array property: one text field per value, under bracketed names.
    Fields(Vec<(String, String)>),
    /// A JSON text part (`Content-Type: application/json`), where the spec's `encoding` asks.
    Json(String),
    Bytes {
        data: Bytes,
        file_name: Option<String>,
        content_type: Option<String>,
    },
}

impl Part {
    /// A text field: strings as-is, other scalars via `to_string`; an object or array as
    /// one field per value under bracketed names (`meta[k]`, `tags[]`, `items[0][k]`), as
    /// form-data servers parse them.
    pub fn text<T: Serialize + ?Sized>(name: &str, value: &T) -> Part {
        let content = match encode::to_value(value) {
            Ok(v @ (serde_json::Value::Object(_) | serde_json::Value::Array(_))) => {
                let mut fields = Vec::new();
                encode::multipart_fields(name, &v, &mut fields);
                PartContent::Fields(fields)
            }
            Ok(v) => PartContent::Text(encode::scalar_text(&v)),
            Err(e) => PartContent::Text(format!("<unserializable: {e}>")),
        };
        Part {
            name: name.to_string(),
            content,
        }
    }

    /// A JSON field, sent with `Content-Type: application/json` (a property the spec's
    /// `encoding` declares so).
    pub fn json<T: Serialize + ?Sized>(name: &str, value: &T) -> Part {
        // A string holds its JSON already (a property typed `string` in the spec).
        let text = match encode::to_value(value) {
            Ok(serde_json::Value::String(s)) => s,
            Ok(v) => v.to_string(),
            Err(e) => format!("<unserializable: {e}>"),
        };
        Part {
            name: name.to_string(),
            content: PartContent::Json(text),
        }
    }

    /// A binary field, optionally sent as a file with a file name.
    pub fn bytes(name: &str, data: impl Into<Bytes>, file_name: Option<&str>) -> Part {
        Part {
            name: name.to_string(),
            content: PartContent::Bytes {
                data: data.into(),
                file_name: file_name.map(String::from),
                content_type: None,
            },
        }
    }

    /// Sets the part's `Content-Type` (binary parts only; text parts are `text/plain`).
    pub fn content_type(mut self, media_type: &str) -> Part {
        if let PartContent::Bytes { content_type, .. } = &mut self.content {
            *content_type = Some(media_type.to_string());
        }
        self
    }

    /// The form's parts for this one, with their names (an object or array gives several).
    pub(crate) fn to_reqwest(&self) -> Result<Vec<(String, reqwest::multipart::Part)>, String> {
        let one = |part| Ok(vec![(self.name.clone(), part)]);
        match &self.content {
            PartContent::Text(t) => one(reqwest::multipart::Part::text(t.clone())),
            PartContent::Fields(fields) => Ok(fields
                .iter()
                .map(|(k, v)| (k.clone(), reqwest::multipart::Part::text(v.clone())))
                .collect()),
            PartContent::Json(t) => one(reqwest::multipart::Part::text(t.clone())
                .mime_str("application/json")
                .map_err(|e| format!("multipart part `{}`: {e}", self.name))?),
            PartContent::Bytes {
                data,
                file_name,
                content_type,
            } => {
                let len = data.len() as u64;
                let mut part = reqwest::multipart::Part::stream_with_length(data.clone(), len);
                if let Some(f) = file_name {
                    part = part.file_name(f.clone());
                }
                // Without one, a binary part says what it is: servers and validators (Prism
                // among them) expect a file part to carry a `Content-Type`.
                let ct = content_type
                    .as_deref()
                    .unwrap_or("application/octet-stream");
                part = part.mime_str(ct).map_err(|_| {
                    format!("invalid content type for multipart part `{}`", self.name)
                })?;
                one(part)
            }
        }
    }
}

impl fmt::Debug for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.content {
            PartContent::Text(t) => format!("text ({} bytes)", t.len()),
            PartContent::Fields(f) => format!("{} fields", f.len()),
            PartContent::Json(t) => format!("json ({} bytes)", t.len()),
            PartContent::Bytes { data, .. } => format!("bytes ({} bytes)", data.len()),
        };
        f.debug_struct("Part")
            .field("name", &self.name)
            .field("content", &kind)
            .finish()
    }
}

/// The request body, stored encoded so retries resend it cheaply.
#[derive(Clone)]
pub(crate) enum Body {
    Empty,
    Json(Bytes),
    Form(String),
    Multipart(Vec<Part>),
    Raw { data: Bytes, content_type: String },
}

/// A request for one operation. Values are never shown by `Debug` (headers, cookies and
/// bodies may carry secrets); only names and sizes are.
#[derive(Clone)]
pub struct Request {
    pub(crate) method: Method,
    pub(crate) path_template: &'static str,
    pub(crate) operation_id: &'static str,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) cookies: Vec<(String, String)>,
    pub(crate) accept: Option<&'static str>,
    /// The media type the spec declares for a JSON or form body, when it is not the plain
    /// one (`text/json`, `application/merge-patch+json`, ...); without a body, the
    /// `Content-Type` header a spec requires on every request.
    pub(crate) content_type: Option<&'static str>,
    pub(crate) security: &'static [&'static [&'static str]],
    pub(crate) body: Body,
    pub(crate) error: Option<String>,
    /// URL references that replace base URL + path template, resolved in order by the
    /// client (see [`Request::set_next_url`]). Empty for ordinary requests.
    pub(crate) next_url: Vec<String>,
}

impl Request {
    /// Starts a request for `path_template` (e.g. `/v1/customers/{id}`).
    pub fn new(method: Method, path_template: &'static str, operation_id: &'static str) -> Self {
        Request {
            method,
            path_template,
            operation_id,
            path_params: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            accept: None,
            content_type: None,
            security: &[],
            body: Body::Empty,
            error: None,
            next_url: Vec::new(),
        }
    }

    fn fail(&mut self, message: String) {
        self.error.get_or_insert(message);
    }

    fn value<T: Serialize + ?Sized>(&mut self, what: &str, value: &T) -> Option<serde_json::Value> {
        match encode::to_value(value) {
            Ok(serde_json::Value::Null) => None,
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(format!("{what}: {e}"));
                None
            }
        }
    }

    /// Fills `{name}` in the path template; the value is percent-encoded as one segment.
    pub fn path_param<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        let Some(v) = self.value(&format!("path parameter `{name}`"), value) else {
            self.fail(format!("path parameter `{name}` has no value"));
            return;
        };
        match encode::path_segment(&v) {
            Ok(seg) => self.path_params.push((name.to_string(), seg)),
            Err(e) => self.fail(e),
        }
    }

    /// Adds a query parameter in the given style; `None`/null adds nothing.
    pub fn query<T: Serialize + ?Sized>(&mut self, name: &str, value: &T, style: QueryStyle) {
        if let Some(v) = self.value(&format!("query parameter `{name}`"), value) {
            self.query.extend(encode::query_pairs(name, &v, style));
        }
    }

    /// Replaces (or adds) a single query pair; used by pagination to move the cursor.
    pub fn set_query(&mut self, name: &str, value: String) {
        self.query.retain(|(k, _)| k != name);
        self.query.push((name.to_string(), value));
    }

    /// Adds a header (`simple` style); `None` adds nothing. Invalid names or values are
    /// reported by `send`.
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Some(v) = self.value(&format!("header `{name}`"), value) {
            self.headers
                .push((name.to_string(), encode::simple_text(&v)));
        }
    }

    /// Adds a cookie; `None` adds nothing.
    pub fn cookie<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Some(v) = self.value(&format!("cookie `{name}`"), value) {
            self.cookies
                .push((name.to_string(), encode::simple_text(&v)));
        }
    }

    /// Declares the operation's security requirements: a list of alternatives, each a list
    /// of scheme names that must all be applied. An empty alternative allows anonymous calls.
    pub fn security(&mut self, alternatives: &'static [&'static [&'static str]]) {
        self.security = alternatives;
    }

    /// Sets a JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Body::Json(bytes.into()),
            Err(e) => self.fail(format!("JSON body: {e}")),
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body with nested keys (`a[b]=v`,
    /// `list[0]=v`), every property `deepObject`; `None` fields are left out. (Generated
    /// crates call [`Request::form_styled`], with the styles the spec declares.)
    pub fn form<T: Serialize + ?Sized>(&mut self, body: &T) {
        match encode::to_value(body).and_then(|v| encode::form_pairs(&v)) {
            Ok(pairs) => self.body = Body::Form(encode::urlencode(&pairs)),
            Err(e) => self.fail(format!("form body: {e}")),
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body, each property in the style its
    /// `encoding` gives it (`styles`), else OpenAPI's default, `form` with `explode`: an
    /// array repeats its key (`tags=a&tags=b`), an object spreads its keys. `None` fields
    /// are left out.
    pub fn form_styled<T: Serialize + ?Sized>(&mut self, body: &T, styles: &[(&str, QueryStyle)]) {
        let default = QueryStyle::Form { explode: true };
        match encode::to_value(body).and_then(|v| encode::form_pairs_styled(&v, styles, default)) {
            Ok(pairs) => self.body = Body::Form(encode::urlencode(&pairs)),
            Err(e) => self.fail(format!("form body: {e}")),
        }
    }

    /// Sets a `multipart/form-data` body.
    pub fn multipart(&mut self, parts: Vec<Part>) {
        self.body = Body::Multipart(parts);
    }

    /// Sets a raw body with its content type.
    pub fn raw(&mut self, body: impl Into<Bytes>, content_type: &str) {
        self.body = Body::Raw {
            data: body.into(),
            content_type: content_type.to_string(),
        };
    }

    /// Sends a JSON or form body as `media_type` (the spec's declared media type) instead of
    /// `application/json` / `application/x-www-form-urlencoded`; without a body, sends it as
    /// the `Content-Type` header (for specs that require one on every request).
    pub fn content_type(&mut self, media_type: &'static str) {
        self.content_type = Some(media_type);
    }

    /// The `Content-Type` a JSON or form body is sent with.
    pub(crate) fn body_media_type(&self, default: &'static str) -> &'static str {
        self.content_type.unwrap_or(default)
    }

    /// Sets the `Accept` header.
    pub fn accept(&mut self, media_type: &'static str) {
        self.accept = Some(media_type);
    }

    /// HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The unfilled path template, as used in traces.
    pub fn path_template(&self) -> &'static str {
        self.path_template
    }

    /// The operation id from the spec.
    pub fn operation_id(&self) -> &'static str {
        self.operation_id
    }

    /// Current value of a query parameter (first pair with that name).
    pub fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets one field of a JSON body, creating the objects on `path` that are missing (an
    /// absent body becomes `{}`). Pagination uses it to move a cursor that lives in a POST
    /// search body. Other body kinds cannot hold a nested field: that is an encode error.
    pub fn set_body_field(&mut self, path: &[&str], value: serde_json::Value) {
        let what = || format!("body field `{}`", path.join("."));
        let mut root = match &self.body {
            Body::Empty => serde_json::Value::Object(serde_json::Map::new()),
            Body::Json(bytes) => match serde_json::from_slice(bytes) {
                Ok(v) => v,
                Err(e) => {
                    return self.fail(format!("{}: the JSON body does not parse: {e}", what()))
                }
            },
            _ => return self.fail(format!("{}: the request body is not JSON", what())),
        };
        let Some((last, parents)) = path.split_last() else {
            return self.fail("body field with an empty path".to_string());
        };
        let mut node = &mut root;
        for key in parents {
            if node.is_null() {
                *node = serde_json::Value::Object(serde_json::Map::new());
            }
            let serde_json::Value::Object(map) = node else {
                return self.fail(format!("{}: `{key}` is not an object", what()));
            };
            node = map.entry(*key).or_insert(serde_json::Value::Null);
        }
        if node.is_null() {
            *node = serde_json::Value::Object(serde_json::Map::new());
        }
        let serde_json::Value::Object(map) = node else {
            return self.fail(format!("{}: its parent is not an object", what()));
        };
        map.insert((*last).to_string(), value);
        self.json(&root);
    }

    /// Current value of a JSON body field, if the body is JSON and has it.
    pub fn body_field(&self, path: &[&str]) -> Option<serde_json::Value> {
        match &self.body {
            Body::Json(bytes) => crate::json_path::json_path(bytes, path),
            _ => None,
        }
    }

    /// Sends this request to `url` (a next-page link) instead of base URL + path template.
    /// A relative reference is resolved against the current request URL (RFC 3986), so
    /// `/v1/x?page=2` keeps the base origin and `?page=2` keeps the path. The link carries
    /// the whole query, so the query parameters set so far are dropped; credentials are
    /// still added when sending. A URL on another scheme, host or port than the base URL
    /// is refused by `Client::send` (credentials never go to another host).
    pub fn set_next_url(&mut self, url: &str) {
        if reqwest::Url::parse(url).is_ok() {
            self.next_url = vec![url.to_string()];
        } else {
            if self.next_url.is_empty() && !self.query.is_empty() {
                // The current query is part of the URL the reference is relative to.
                self.next_url
                    .push(format!("?{}", encode::urlencode(&self.query)));
            }
            self.next_url.push(url.to_string());
            // Once the chain starts from an absolute URL it can be resolved right away.
            if let Some(Ok(mut base)) = self.next_url.first().map(|u| reqwest::Url::parse(u)) {
                for reference in &self.next_url[1..] {
                    match base.join(reference) {
                        Ok(joined) => base = joined,
                        Err(_) => return self.fail("next URL is not a valid URL reference".into()),
                    }
                }
                self.next_url = vec![base.to_string()];
            }
        }
        self.query.clear();
    }

    /// The path with parameters filled in; an unfilled `{param}` is an error.
    pub(crate) fn filled_path(&self) -> Result<String, String> {
        let mut path = String::with_capacity(self.path_template.len() + 16);
        let mut rest = self.path_template;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                return Err(format!(
                    "unbalanced `{{` in path template {}",
                    self.path_template
                ));
            };
            let name = &after[..close];
            match self.path_params.iter().rev().find(|(k, _)| k == name) {
                Some((_, v)) => path.push_str(v),
                None => return Err(format!("path parameter `{name}` was not set")),
            }
            rest = &after[close + 1..];
        }
        path.push_str(rest);
        Ok(path)
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names = |pairs: &[(String, String)]| -> Vec<String> {
            pairs.iter().map(|(k, _)| k.clone()).collect()
        };
        let body = match &self.body {
            Body::Empty => "none".to_string(),
            Body::Json(b) => format!("json ({} bytes)", b.len()),
            Body::Form(s) => format!("form ({} bytes)", s.len()),
            Body::Multipart(p) => format!("multipart ({} parts)", p.len()),
            Body::Raw { data, content_type } => format!("{content_type} ({} bytes)", data.len()),
        };
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("operation_id", &self.operation_id)
            .field("path_template", &self.path_template)
            .field("query", &names(&self.query))
            .field("headers", &names(&self.headers))
            .field("cookies", &names(&self.cookies))
            .field("body", &body)
            .field("next_url", &!self.next_url.is_empty())
            .field("encode_error", &self.error.is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_path_template() {
        let mut r = Request::new(Method::GET, "/repos/{owner}/{repo}/issues/{n}", "get_issue");
        r.path_param("owner", "o w");
        r.path_param("repo", "a/b");
        r.path_param("n", &7u32);
        assert_eq!(r.filled_path().unwrap(), "/repos/o%20w/a%2Fb/issues/7");
        assert!(r.error.is_none());
    }

    #[test]
    fn unfilled_or_bad_path_params_are_errors() {
        let r = Request::new(Method::GET, "/a/{id}", "op");
        assert!(r.filled_path().unwrap_err().contains("`id`"));
        let mut r = Request::new(Method::GET, "/a/{id}", "op");
        r.path_param("id", "..");
        assert!(r.error.is_some());
        let mut r = Request::new(Method::GET, "/a/{id}", "op");
        r.path_param("id", &Option::<String>::None);
        assert!(r.error.unwrap().contains("no value"));
    }

    #[test]
    fn none_parameters_add_nothing_and_set_query_replaces() {
        let mut r = Request::new(Method::GET, "/a", "op");
        r.query(
            "limit",
            &Option::<u32>::None,
            QueryStyle::Form { explode: true },
        );
        r.header("X-Opt", &Option::<String>::None);
        r.cookie("c", &Option::<String>::None);
        assert!(r.query.is_empty() && r.headers.is_empty() && r.cookies.is_empty());
        r.query("cursor", "a", QueryStyle::Form { explode: true });
        r.set_query("cursor", "b".into());
        assert_eq!(r.query, vec![("cursor".to_string(), "b".to_string())]);
        assert_eq!(r.query_value("cursor"), Some("b"));
    }

    #[test]
    fn serialization_errors_are_kept() {
        use std::collections::HashMap;
        let mut bad = HashMap::new();
        bad.insert((1, 2), 3); // tuple keys cannot be JSON object keys
        let mut r = Request::new(Method::POST, "/a", "op");
        r.json(&bad);
        assert!(r.error.as_deref().unwrap().starts_with("JSON body"));
    }

    fn body(r: &Request) -> serde_json::Value {
        let Body::Json(b) = &r.body else {
            panic!("not JSON")
        };
        serde_json::from_slice(b).unwrap()
    }

    #[test]
    fn set_body_field_creates_nested_objects_and_keeps_the_rest() {
        use serde_json::json;
        let mut r = Request::new(Method::POST, "/search", "search");
        r.set_body_field(&["pagination", "after"], json!("p2"));
        assert_eq!(body(&r), json!({"pagination": {"after": "p2"}}));
        r.json(&json!({"filters": [1], "pagination": {"limit": 2, "after": null}}));
        r.set_body_field(&["pagination", "after"], json!("p3"));
        r.set_body_field(&["page"], json!(4));
        assert_eq!(
            body(&r),
            json!({"filters": [1], "pagination": {"limit": 2, "after": "p3"}, "page": 4})
        );
        assert_eq!(r.body_field(&["pagination", "after"]), Some(json!("p3")));
        assert_eq!(r.body_field(&["nope"]), None);
        assert!(r.error.is_none());

        let mut r = Request::new(Method::POST, "/search", "search");
        r.json(&json!({"pagination": "flat"}));
        r.set_body_field(&["pagination", "after"], json!("x"));
        assert!(r.error.as_deref().unwrap().contains("not an object"));
        let mut r = Request::new(Method::POST, "/search", "search");
        r.form(&json!({"a": 1}));
        r.set_body_field(&["after"], json!("x"));
        assert!(r.error.as_deref().unwrap().contains("not JSON"));
    }

    #[test]
    fn set_next_url_replaces_the_query_and_chains_relative_references() {
        let mut r = Request::new(Method::GET, "/v1/items", "list");
        r.query("status", "a b", QueryStyle::Form { explode: true });
        r.set_next_url("?page=2");
        // resolved by the client against base + path + the query it replaced
        assert_eq!(
            r.next_url,
            vec!["?status=a+b".to_string(), "?page=2".into()]
        );
        assert!(r.query.is_empty());
        r.set_next_url("https://api.example.com/v1/items?page=3");
        assert_eq!(
            r.next_url,
            vec!["https://api.example.com/v1/items?page=3".to_string()]
        );
        r.set_next_url("/v2/other?page=4");
        assert_eq!(
            r.next_url,
            vec!["https://api.example.com/v2/other?page=4".to_string()]
        );
        r.set_next_url("?page=5");
        assert_eq!(
            r.next_url,
            vec!["https://api.example.com/v2/other?page=5".to_string()]
        );
        assert!(r.error.is_none());
        assert!(format!("{r:?}").contains("next_url: true"));
        assert!(!format!("{r:?}").contains("example.com"));
    }

    #[test]
    fn multipart_text_parts() {
        let fields = |p: Part| match p.content {
            PartContent::Fields(f) => f,
            _ => panic!("not fields"),
        };
        let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
        let p = Part::text(
            "meta",
            &serde_json::json!({"a": 1, "b": {"c": "x"}, "n": null}),
        );
        assert_eq!(
            fields(p),
            vec![pair("meta[a]", "1"), pair("meta[b][c]", "x")]
        );
        let p = Part::text("tags", &serde_json::json!(["x", 2, null]));
        assert_eq!(fields(p), vec![pair("tags[]", "x"), pair("tags[]", "2")]);
        let p = Part::text("items", &serde_json::json!([{"k": "v"}, {"k": "w"}]));
        assert_eq!(
            fields(p),
            vec![pair("items[0][k]", "v"), pair("items[1][k]", "w")]
        );
        let p = Part::text("n", &3);
        assert!(matches!(p.content, PartContent::Text(ref t) if t == "3"));
        let p = Part::json("raw", &r#"{"b":2}"#);
        assert!(matches!(p.content, PartContent::Json(ref t) if t == r#"{"b":2}"#));
        let p = Part::json("session", &serde_json::json!({"a": 1}));
        assert!(matches!(p.content, PartContent::Json(ref t) if t == r#"{"a":1}"#));
        let built = p.to_reqwest().unwrap();
        assert_eq!(built.len(), 1);
        assert_eq!(built[0].0, "session");
    }
}
