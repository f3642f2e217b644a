//! A version-independent view of an OpenAPI document.
//!
//! Swagger 2.0, OpenAPI 3.0 and 3.1 differ in where they keep servers, security schemes,
//! parameters, bodies and responses. [`Document`] reads each of them into the same shapes
//! (OpenAPI 3.0's), so the IR builder never looks at the version. Schema-level differences
//! (3.1 type arrays, 2.0 parameter-level types) are absorbed by the schema converter.

use super::{FileId, Loc, Source};
use crate::diag::{Error, Result, Warning, WarningCode};
use serde_json::{json, Map, Value};
use std::cell::RefCell;

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
    warnings: RefCell<Vec<Warning>>,
}

/// An operation's HTTP method: one of the keys of a path item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    /// Every method, in the order a path item lists them in the OpenAPI specification.
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    /// The path item's key (`get`).
    pub fn key(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }

    /// The method on the wire and in `apitap_runtime`'s `Method` (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'a> Document<'a> {
    /// The source, for the whole lifetime of the document (values borrowed from it outlive `self`).
    fn src(&self) -> &'a Source {
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
            warnings: RefCell::new(Vec::new()),
        })
    }

    /// The warnings of the parts read so far that were broken (and dropped or generalized).
    pub fn take_warnings(&self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings.borrow_mut())
    }

    /// Record that the part at `location` is broken and what was done about it.
    fn degrade(&self, location: String, message: String) {
        self.warnings
            .borrow_mut()
            .push(Warning::new(WarningCode::Degraded, location, message));
    }

    /// Report a broken part whose error carries its own location.
    fn degrade_error(&self, error: &Error, action: &str) {
        let (location, problem) = error.split_location();
        self.degrade(location, format!("{problem}; {action}"));
    }

    fn root_loc(&self) -> Loc {
        Loc {
            file: FileId(0),
            pointer: String::new(),
        }
    }

    fn info_str(&self, key: &str) -> Option<String> {
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

    /// Every operation under `paths`, in spec order.
    pub fn operations(&self) -> Vec<RawOperation<'a>> {
        let mut out = Vec::new();
        let Some(paths) = self.root.get("paths").and_then(Value::as_object) else {
            return out;
        };
        let paths_loc = self.root_loc().child("paths");
        for (path, _) in paths {
            let (item_loc, item) = match self.src().deref(&paths_loc.child(path)) {
                Ok(found) => found,
                Err(e) => {
                    self.degrade_error(&e, &format!("path `{path}` left out"));
                    continue;
                }
            };
            let Some(item_obj) = item.as_object() else {
                self.degrade(
                    self.source.display(&item_loc),
                    format!(
                        "expected a path item mapping, found {}; path `{path}` left out",
                        kind_of(item)
                    ),
                );
                continue;
            };
            let shared_params = self.params_at(&item_loc, item_obj.get("parameters"));
            for method in Method::ALL {
                if !item_obj.contains_key(method.key()) {
                    continue;
                }
                let (op_loc, op) = match self.src().deref(&item_loc.child(method.key())) {
                    Ok(found) => found,
                    Err(e) => {
                        let action = format!("operation {method} {path} left out");
                        self.degrade_error(&e, &action);
                        continue;
                    }
                };
                if let Some(op) = self.operation(path, method, op_loc, op, &shared_params) {
                    out.push(op);
                }
            }
        }
        out
    }

    fn operation(
        &self,
        path: &str,
        method: Method,
        loc: Loc,
        op: &'a Value,
        shared: &[(RawParam<'a>, Value)],
    ) -> Option<RawOperation<'a>> {
        let Some(obj) = op.as_object() else {
            self.degrade(
                self.source.display(&loc),
                format!(
                    "expected an operation mapping, found {}; operation {} {path} left out",
                    kind_of(op),
                    method
                ),
            );
            return None;
        };
        let own = self.params_at(&loc, obj.get("parameters"));
        // Operation parameters override path-level ones with the same name and location.
        let mut all: Vec<(RawParam, Value)> = shared
            .iter()
            .filter(|(p, _)| {
                !own.iter()
                    .any(|(o, _)| o.name == p.name && o.location == p.location)
            })
            .cloned()
            .collect();
        all.extend(own);

        let mut params = Vec::new();
        let mut body = None;
        let mut form_fields: Vec<(RawParam, Value)> = Vec::new();
        for (param, raw) in all {
            match param.location.as_str() {
                "body" => {
                    let media = self.consumes(obj).into_iter().next();
                    body = Some(RawBody {
                        required: param.required,
                        description: param.description.clone(),
                        contents: vec![RawContent {
                            media_type: media.unwrap_or_else(|| "application/json".into()),
                            schema: param.schema.clone(),
                            examples: Vec::new(),
                        }],
                        loc: param.loc.clone(),
                    })
                }
                "formData" => form_fields.push((param, raw)),
                "path" | "query" | "header" | "cookie" => params.push(param),
                other => self.degrade(
                    self.source.display(&param.loc),
                    format!(
                        "parameter `{}`: expected `in` to be path, query, header or cookie, found `{other}`; parameter left out",
                        param.name
                    ),
                ),
            }
        }
        if !form_fields.is_empty() {
            body = Some(self.form_body_v2(obj, &loc, form_fields));
        }
        if obj.contains_key("requestBody") {
            body = Some(match self.src().deref(&loc.child("requestBody")) {
                Ok((rb_loc, rb)) => RawBody {
                    required: rb.get("required").and_then(Value::as_bool).unwrap_or(false),
                    description: str_field(rb, "description"),
                    contents: self.contents(&rb_loc, rb),
                    loc: rb_loc,
                },
                Err(e) => {
                    self.degrade_error(&e, "the request body is sent as any JSON value");
                    any_json(loc.child("requestBody"))
                }
            });
        }
        let mut responses = Vec::new();
        if let Some(map) = obj.get("responses").and_then(Value::as_object) {
            let produces = self.produces(obj);
            for status in map.keys() {
                let r_loc = loc.child("responses").child(status);
                let (r_loc, r) = match self.src().deref(&r_loc) {
                    Ok(found) => found,
                    Err(e) => {
                        self.degrade_error(
                            &e,
                            &format!("response `{status}` is decoded as any JSON value"),
                        );
                        let any = any_json(r_loc);
                        responses.push(RawResponse {
                            status: status.clone(),
                            description: None,
                            contents: any.contents,
                            headers: Vec::new(),
                            loc: any.loc,
                        });
                        continue;
                    }
                };
                let contents = if self.version == SpecVersion::Swagger2 {
                    match r.get("schema") {
                        Some(schema) => vec![RawContent {
                            media_type: produces
                                .first()
                                .cloned()
                                .unwrap_or_else(|| "application/json".into()),
                            schema: Some(SchemaSrc {
                                value: std::borrow::Cow::Borrowed(schema),
                                loc: r_loc.child("schema"),
                            }),
                            examples: r
                                .get("examples")
                                .and_then(Value::as_object)
                                .map(|m| m.values().cloned().collect())
                                .unwrap_or_default(),
                        }],
                        None => Vec::new(),
                    }
                } else {
                    self.contents(&r_loc, r)
                };
                responses.push(RawResponse {
                    status: status.clone(),
                    description: str_field(r, "description"),
                    contents,
                    headers: r
                        .get("headers")
                        .and_then(Value::as_object)
                        .map(|h| h.keys().cloned().collect())
                        .unwrap_or_default(),
                    loc: r_loc,
                });
            }
        }
        Some(RawOperation {
            path: path.to_string(),
            method,
            operation_id: str_field(op, "operationId"),
            summary: str_field(op, "summary"),
            description: str_field(op, "description"),
            deprecated: op
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            tags: op
                .get("tags")
                .and_then(Value::as_array)
                .map(|t| {
                    t.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default(),
            params,
            body,
            responses,
            security: op.get("security").and_then(parse_security),
            value: op,
            loc,
        })
    }

    fn contents(&self, owner: &Loc, value: &'a Value) -> Vec<RawContent<'a>> {
        let mut out = Vec::new();
        let Some(map) = value.get("content").and_then(Value::as_object) else {
            return out;
        };
        for (media, media_obj) in map {
            let media_loc = owner.child("content").child(media);
            let schema = media_obj.get("schema").map(|s| SchemaSrc {
                value: std::borrow::Cow::Borrowed(s),
                loc: media_loc.child("schema"),
            });
            let mut examples = Vec::new();
            if let Some(e) = media_obj.get("example") {
                examples.push(e.clone());
            }
            if let Some(map) = media_obj.get("examples").and_then(Value::as_object) {
                for name in map.keys() {
                    match self.src().deref(&media_loc.child("examples").child(name)) {
                        Ok((_, ex)) => examples.extend(ex.get("value").cloned()),
                        Err(e) => self.degrade_error(&e, &format!("example `{name}` left out")),
                    }
                }
            }
            out.push(RawContent {
                media_type: media.clone(),
                schema,
                examples,
            });
        }
        out
    }

    fn params_at(&self, owner: &Loc, list: Option<&'a Value>) -> Vec<(RawParam<'a>, Value)> {
        let mut out = Vec::new();
        let Some(items) = list.and_then(Value::as_array) else {
            return out;
        };
        for i in 0..items.len() {
            let (loc, p) = match self.src().deref(&owner.child("parameters").index(i)) {
                Ok(found) => found,
                Err(e) => {
                    self.degrade_error(&e, "parameter left out");
                    continue;
                }
            };
            let Some(name) = str_field(p, "name") else {
                let at = self.source.display(&loc);
                self.degrade(at, "parameter without a `name`; left out".into());
                continue;
            };
            let Some(location) = str_field(p, "in") else {
                let at = self.source.display(&loc);
                self.degrade(at, format!("parameter `{name}` without `in`; left out"));
                continue;
            };
            let schema = if let Some(s) = p.get("schema") {
                Some(SchemaSrc {
                    value: std::borrow::Cow::Borrowed(s),
                    loc: loc.child("schema"),
                })
            } else if let Some(content) = p.get("content").and_then(Value::as_object) {
                content.iter().next().and_then(|(media, m)| {
                    m.get("schema").map(|s| SchemaSrc {
                        value: std::borrow::Cow::Borrowed(s),
                        loc: loc.child("content").child(media).child("schema"),
                    })
                })
            } else if p.get("type").is_some() {
                // Swagger 2.0: the parameter itself carries the schema keywords.
                Some(SchemaSrc {
                    value: std::borrow::Cow::Owned(param_schema_v2(p)),
                    loc: loc.clone(),
                })
            } else {
                None
            };
            let (style, explode) = match p.get("collectionFormat").and_then(Value::as_str) {
                Some("multi") => (Some("form".to_string()), Some(true)),
                Some("csv") => (Some("form".to_string()), Some(false)),
                Some("ssv") => (Some("spaceDelimited".to_string()), Some(false)),
                Some("pipes") => (Some("pipeDelimited".to_string()), Some(false)),
                _ => (
                    str_field(p, "style"),
                    p.get("explode").and_then(Value::as_bool),
                ),
            };
            let required =
                location == "path" || p.get("required").and_then(Value::as_bool).unwrap_or(false);
            out.push((
                RawParam {
                    name,
                    location,
                    required,
                    schema,
                    style,
                    explode,
                    description: str_field(p, "description"),
                    loc,
                },
                p.clone(),
            ));
        }
        out
    }

    /// Swagger 2.0 `formData` parameters become one object schema.
    fn form_body_v2(
        &self,
        op: &Map<String, Value>,
        loc: &Loc,
        fields: Vec<(RawParam<'a>, Value)>,
    ) -> RawBody<'a> {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut has_file = false;
        for (param, raw) in &fields {
            let mut schema = param_schema_v2(raw);
            if raw.get("type").and_then(Value::as_str) == Some("file") {
                has_file = true;
                schema = json!({"type": "string", "format": "binary"});
            }
            if let Some(d) = &param.description {
                schema["description"] = Value::String(d.clone());
            }
            properties.insert(param.name.clone(), schema);
            if param.required {
                required.push(Value::String(param.name.clone()));
            }
        }
        let consumes = self.consumes(op);
        let media = if has_file || consumes.iter().any(|c| c.starts_with("multipart/")) {
            "multipart/form-data".to_string()
        } else {
            "application/x-www-form-urlencoded".to_string()
        };
        RawBody {
            required: !required.is_empty(),
            description: None,
            contents: vec![RawContent {
                media_type: media,
                schema: Some(SchemaSrc {
                    value: std::borrow::Cow::Owned(
                        json!({"type": "object", "properties": properties, "required": required}),
                    ),
                    loc: loc.clone(),
                }),
                examples: Vec::new(),
            }],
            loc: loc.clone(),
        }
    }

    fn media_list(&self, op: &Map<String, Value>, key: &str) -> Vec<String> {
        op.get(key)
            .or_else(|| self.root.get(key))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    fn consumes(&self, op: &Map<String, Value>) -> Vec<String> {
        self.media_list(op, "consumes")
    }

    fn produces(&self, op: &Map<String, Value>) -> Vec<String> {
        let mut list = self.media_list(op, "produces");
        // Prefer JSON when several are listed.
        list.sort_by_key(|m| !m.contains("json"));
        list
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

/// A Swagger 2.0 non-body parameter's schema keywords, without the parameter fields.
fn param_schema_v2(p: &Value) -> Value {
    let mut out = Map::new();
    if let Some(obj) = p.as_object() {
        for (k, v) in obj {
            if !matches!(
                k.as_str(),
                "name" | "in" | "required" | "description" | "collectionFormat" | "allowEmptyValue"
            ) {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    if out.get("type").and_then(Value::as_str) == Some("file") {
        return json!({"type": "string", "format": "binary"});
    }
    Value::Object(out)
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

/// A body or response whose definition could not be read: any JSON value.
fn any_json<'a>(loc: Loc) -> RawBody<'a> {
    RawBody {
        required: false,
        description: None,
        contents: vec![RawContent {
            media_type: "application/json".into(),
            schema: Some(SchemaSrc {
                value: std::borrow::Cow::Owned(json!({})),
                loc: loc.clone(),
            }),
            examples: Vec::new(),
        }],
        loc,
    }
}
