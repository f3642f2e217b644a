//! A version-independent view of an OpenAPI document.
//!
//! Swagger 2.0, OpenAPI 3.0 and 3.1 differ in where they keep servers, security schemes,
//! parameters, bodies and responses. [`Document`] reads each of them into the same shapes
//! (OpenAPI 3.0's), so the IR builder never looks at the version. Schema-level differences
//! (3.1 type arrays, 2.0 parameter-level types) are absorbed by the schema converter.

use super::{FileId, Loc, Source};
use crate::diag::{Error, Result, Warning, WarningCode};
use serde_json::{json, Map, Value};
use std::sync::Mutex;

mod method;
mod operations;

pub use method::Method;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecVersion {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

/// A schema as found in the spec, or synthesized from Swagger 2.0 form parameters.
#[derive(Debug, Clone)]
pub struct SchemaSrc<'a> {
    /// Borrowed from the spec, or owned when synthesized.
    pub value: std::borrow::Cow<'a, Value>,
    /// Where it is (or, when synthesized, where it came from); `$ref`s resolve from here.
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct RawParam<'a> {
    pub name: String,
    /// `path`, `query`, `header` or `cookie`.
    pub location: String,
    pub required: bool,
    pub schema: Option<SchemaSrc<'a>>,
    pub style: Option<String>,
    pub explode: Option<bool>,
    pub description: Option<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct RawContent<'a> {
    pub media_type: String,
    pub schema: Option<SchemaSrc<'a>>,
    /// Examples attached to this media type (`example`, `examples.*.value`).
    pub examples: Vec<Value>,
    /// Properties its `encoding` sends as JSON (`contentType: application/json`): a
    /// multipart body's other objects and arrays go as bracketed fields.
    pub json_parts: Vec<String>,
    /// The `style` and `explode` its `encoding` (or a Swagger 2.0 `formData` parameter's
    /// `collectionFormat`) gives a property, where it gives either.
    pub styles: Vec<(String, Option<String>, Option<bool>)>,
}

#[derive(Debug, Clone)]
pub struct RawBody<'a> {
    pub required: bool,
    pub description: Option<String>,
    pub contents: Vec<RawContent<'a>>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct RawResponse<'a> {
    /// `200`, `4XX` or `default`.
    pub status: String,
    pub description: Option<String>,
    pub contents: Vec<RawContent<'a>>,
    pub headers: Vec<String>,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct RawOperation<'a> {
    pub path: String,
    pub method: Method,
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub tags: Vec<String>,
    pub params: Vec<RawParam<'a>>,
    pub body: Option<RawBody<'a>>,
    pub responses: Vec<RawResponse<'a>>,
    /// `None`: inherit the document's security.
    pub security: Option<Vec<Vec<String>>>,
    /// The operation object itself (after following a `$ref`), for vendor extensions.
    pub value: &'a Value,
    pub loc: Loc,
}

#[derive(Debug, Clone)]
pub struct RawScheme {
    pub name: String,
    pub value: Value,
    pub loc: Loc,
}

/// The root document of a loaded [`Source`], read the same way whatever its version.
pub struct Document<'a> {
    pub source: &'a Source,
    pub version: SpecVersion,
    root: &'a Value,
    /// Broken parts that were dropped or generalized instead of stopping generation.
    warnings: Mutex<Vec<Warning>>,
}

impl<'a> Document<'a> {
    /// The source, for the whole lifetime of the document (values borrowed from it outlive `self`).
    pub(super) fn src(&self) -> &'a Source {
        self.source
    }

    pub fn new(source: &'a Source) -> Result<Self> {
        let root = &source.files[0].root;
        let path = source.files[0].path.clone();
        let not_openapi = |message: String| Error::NotOpenApi {
            path: path.clone(),
            message,
        };
        let Some(obj) = root.as_object() else {
            return Err(not_openapi(format!(
                "expected a mapping at the top level, found {}",
                kind_of(root)
            )));
        };
        let version = if let Some(v) = obj.get("openapi") {
            let v = v
                .as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string());
            if v.starts_with("3.0") {
                SpecVersion::OpenApi30
            } else if v.starts_with("3.1") || v.starts_with("3.2") {
                SpecVersion::OpenApi31
            } else {
                return Err(not_openapi(format!(
                    "/openapi: expected version 3.0.x or 3.1.x, found `{v}`"
                )));
            }
        } else if let Some(v) = obj.get("swagger") {
            if v.as_str() == Some("2.0") || v.as_f64() == Some(2.0) {
                SpecVersion::Swagger2
            } else {
                return Err(not_openapi(format!("/swagger: expected `2.0`, found {v}")));
            }
        } else {
            return Err(not_openapi(
                "expected an `openapi` (3.x) or `swagger` (2.0) field at the top level".into(),
            ));
        };
        if let Some(paths) = obj.get("paths") {
            if !paths.is_object() {
                return Err(not_openapi(format!(
                    "/paths: expected a mapping, found {}",
                    kind_of(paths)
                )));
            }
        } else if version != SpecVersion::OpenApi31 {
            return Err(not_openapi("expected a `paths` mapping".into()));
        }
        Ok(Document {
            source,
            version,
            root,
            warnings: Mutex::new(Vec::new()),
        })
    }

    /// The warnings of the parts read so far that were broken (and dropped or generalized).
    pub fn take_warnings(&self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Record that the part at `location` is broken and what was done about it.
    pub(super) fn degrade(&self, location: String, message: String) {
        self.warnings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Warning::new(WarningCode::Degraded, location, message));
    }

    /// Report a broken part whose error carries its own location.
    pub(super) fn degrade_error(&self, error: &Error, action: &str) {
        let (location, problem) = error.split_location();
        self.degrade(location, format!("{problem}; {action}"));
    }

    pub(super) fn root_loc(&self) -> Loc {
        Loc {
            file: FileId(0),
            pointer: String::new(),
        }
    }

    pub(super) fn info_str(&self, key: &str) -> Option<String> {
        self.root
            .get("info")
            .and_then(|i| i.get(key))
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    pub fn title(&self) -> String {
        self.info_str("title").unwrap_or_else(|| "API".into())
    }

    pub fn api_version(&self) -> Option<String> {
        self.info_str("version")
    }

    /// Server URLs with variables replaced by their defaults.
    pub fn servers(&self) -> Vec<String> {
        if self.version == SpecVersion::Swagger2 {
            let Some(host) = self.root.get("host").and_then(Value::as_str) else {
                return Vec::new();
            };
            let base = self
                .root
                .get("basePath")
                .and_then(Value::as_str)
                .unwrap_or("");
            let schemes: Vec<&str> = self
                .root
                .get("schemes")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let scheme = if schemes.contains(&"https") || schemes.is_empty() {
                "https"
            } else {
                schemes[0]
            };
            return vec![format!("{scheme}://{host}{base}")];
        }
        let Some(servers) = self.root.get("servers").and_then(Value::as_array) else {
            return Vec::new();
        };
        servers
            .iter()
            .filter_map(|s| {
                let mut url = s.get("url")?.as_str()?.to_string();
                if let Some(vars) = s.get("variables").and_then(Value::as_object) {
                    for (name, var) in vars {
                        let default = var.get("default").map(|d| match d {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        });
                        if let Some(d) = default {
                            url = url.replace(&format!("{{{name}}}"), &d);
                        }
                    }
                }
                Some(url)
            })
            .collect()
    }

    pub fn security_schemes(&self) -> Vec<RawScheme> {
        let (container, key) = match self.version {
            SpecVersion::Swagger2 => (Some(self.root), "securityDefinitions"),
            _ => (self.root.get("components"), "securitySchemes"),
        };
        let base = match self.version {
            SpecVersion::Swagger2 => self.root_loc().child(key),
            _ => self.root_loc().child("components").child(key),
        };
        let mut out = Vec::new();
        if let Some(map) = container
            .and_then(|c| c.get(key))
            .and_then(Value::as_object)
        {
            for name in map.keys() {
                let (loc, value) = match self.src().deref(&base.child(name)) {
                    Ok(found) => found,
                    Err(e) => {
                        self.degrade_error(&e, &format!("security scheme `{name}` left out"));
                        continue;
                    }
                };
                let mut value = value.clone();
                if self.version == SpecVersion::Swagger2 {
                    value = scheme_from_v2(&value);
                }
                out.push(RawScheme {
                    name: name.clone(),
                    value,
                    loc,
                });
            }
        }
        out
    }

    pub fn global_security(&self) -> Option<Vec<Vec<String>>> {
        self.root.get("security").and_then(parse_security)
    }

    /// Names of `components/schemas` (2.0: `definitions`) in spec order, with locations.
    pub fn component_schemas(&self) -> Vec<Loc> {
        let (container, base) = match self.version {
            SpecVersion::Swagger2 => (Some(self.root), self.root_loc()),
            _ => (
                self.root.get("components"),
                self.root_loc().child("components"),
            ),
        };
        let key = if self.version == SpecVersion::Swagger2 {
            "definitions"
        } else {
            "schemas"
        };
        container
            .and_then(|c| c.get(key))
            .and_then(Value::as_object)
            .map(|m| m.keys().map(|k| base.child(key).child(k)).collect())
            .unwrap_or_default()
    }
}

/// Swagger 2.0 security definitions in OpenAPI 3 shape.
fn scheme_from_v2(v: &Value) -> Value {
    match v.get("type").and_then(Value::as_str) {
        Some("basic") => json!({"type": "http", "scheme": "basic"}),
        Some("oauth2") => {
            let flow = v.get("flow").and_then(Value::as_str).unwrap_or("");
            let mut f = Map::new();
            if let Some(u) = v.get("tokenUrl") {
                f.insert("tokenUrl".into(), u.clone());
            }
            if let Some(u) = v.get("authorizationUrl") {
                f.insert("authorizationUrl".into(), u.clone());
            }
            f.insert(
                "scopes".into(),
                v.get("scopes").cloned().unwrap_or(json!({})),
            );
            let name = match flow {
                "application" => "clientCredentials",
                "accessCode" => "authorizationCode",
                "password" => "password",
                _ => "implicit",
            };
            json!({"type": "oauth2", "flows": {name: f}})
        }
        _ => v.clone(),
    }
}

fn parse_security(v: &Value) -> Option<Vec<Vec<String>>> {
    let items = v.as_array()?;
    Some(
        items
            .iter()
            .map(|req| {
                req.as_object()
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default()
            })
            .collect(),
    )
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// A short name for the JSON type of `v`, for "expected X, found Y" messages.
pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a mapping",
    }
}
