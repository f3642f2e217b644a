//! The API model every later stage works on: types, operations, auth and servers.
//!
//! Built once from the loaded document ([`build`]); nothing after this stage reads the
//! spec's JSON again.

mod build;
pub mod constraints;
pub mod identical;
pub mod schema;
pub mod types;
pub mod unknown_fields;

pub use build::build;
pub use constraints::Constraints;
pub use types::*;

use crate::diag::Warning;
use crate::load::Loc;
pub use crate::load::Method;
use serde_json::Value;

#[derive(Debug)]
pub struct Api {
    pub title: String,
    pub version: Option<String>,
    pub servers: Vec<String>,
    pub security_schemes: Vec<SecurityScheme>,
    pub operations: Vec<Operation>,
    pub types: TypeSpace,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    pub name: String,
    pub kind: SchemeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SchemeKind {
    ApiKey {
        location: ApiKeyLocation,
        param: String,
    },
    Basic,
    /// HTTP bearer, OpenID Connect, and OAuth2 flows without a token endpoint we can drive.
    Bearer,
    OAuth2ClientCredentials {
        token_url: String,
        scopes: Vec<String>,
    },
    OAuth2RefreshToken {
        token_url: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// `operationId`, or one derived from method and path.
    pub id: String,
    /// The method of the operation.
    pub method: Method,
    pub path: String,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub tags: Vec<String>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub responses: Vec<Response>,
    /// Alternatives (OR) of scheme sets (AND); empty: no authentication.
    pub security: Vec<Vec<String>>,
    /// The operation's vendor extensions (`x-...` keys).
    pub extensions: serde_json::Map<String, Value>,
    pub location: String,
    /// A required `Content-Type` header parameter's value (PagerDuty declares one on every
    /// operation). OpenAPI says to ignore it, but strict servers demand it, so it is sent
    /// when no body is (a body carries its own type).
    pub content_type_header: Option<String>,
    /// A required `Accept` header parameter's value, sent instead of the success response's
    /// media type (a strict server checks it against the enum).
    pub accept_header: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Form { explode: bool },
    DeepObject,
    SpaceDelimited,
    PipeDelimited,
    Simple,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub style: ParamStyle,
    pub doc: Option<String>,
    /// What the type does not say about valid values (pattern, bounds, format, ...).
    pub constraints: Option<Box<Constraints>>,
    pub schema: Option<SchemaAt>,
}

/// Where a parameter's, body's or response's schema is, so its samples can be checked
/// against it (a Swagger 2.0 parameter's schema is made from the parameter: kept whole).
#[derive(Debug, Clone)]
pub struct SchemaAt {
    pub loc: Loc,
    pub synthesized: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

#[derive(Debug, Clone)]
pub struct Body {
    pub media_type: String,
    pub kind: MediaKind,
    /// The body's type (for text and binary bodies: `String` / `Binary`).
    pub ty: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    pub constraints: Option<Box<Constraints>>,
    pub schema: Option<SchemaAt>,
    /// Multipart properties the spec's `encoding` sends as JSON parts.
    pub json_parts: Vec<String>,
    /// A form body's properties whose `encoding` style is not `form` with `explode` (the
    /// default: an array as the key repeated, `tags=a&tags=b`), such as Stripe's
    /// `deepObject` (`metadata[k]=v`, `expand[0]=a`).
    pub form_styles: Vec<(String, ParamStyle)>,
}

impl Body {
    /// The `Content-Type` to send a JSON or form body with when the spec declares one other
    /// than the encoder's plain type (`text/json`, `application/merge-patch+json`, ...).
    /// Wildcards (`*/*`, `application/*`) and unprintable keys keep the plain type.
    pub fn declared_content_type(&self) -> Option<&str> {
        let plain = match self.kind {
            MediaKind::Json => "application/json",
            MediaKind::Form => "application/x-www-form-urlencoded",
            _ => return None,
        };
        let media = self.media_type.as_str();
        let usable = !media.contains('*')
            && media.len() < 200
            && media.chars().all(|c| c.is_ascii_graphic() || c == ' ');
        (usable && !media.eq_ignore_ascii_case(plain)).then_some(media)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Code(u16),
    /// `4XX`: the first digit.
    Range(u16),
    Default,
}

impl Status {
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(r) => r == 2,
            Status::Default => false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: Status,
    pub media_type: Option<String>,
    pub kind: Option<MediaKind>,
    /// The decoded type for JSON bodies.
    pub ty: Option<TypeRef>,
    pub doc: Option<String>,
    pub headers: Vec<String>,
    pub examples: Vec<Value>,
    pub schema: Option<SchemaAt>,
}

impl Operation {
    /// The response read on success: the lowest documented 2xx.
    pub fn success(&self) -> Option<&Response> {
        self.responses
            .iter()
            .filter(|r| r.status.is_success())
            .min_by_key(|r| r.status)
    }

    /// Documented non-success responses, specific codes first, `default` last.
    pub fn errors(&self) -> Vec<&Response> {
        let mut errs: Vec<&Response> = self
            .responses
            .iter()
            .filter(|r| !r.status.is_success())
            .collect();
        errs.sort_by_key(|r| r.status);
        errs
    }
}
