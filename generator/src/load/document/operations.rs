//! Operations as the spec writes them: every path item's methods, their parameters (shared
//! and own, Swagger 2.0 form fields), bodies and responses, with broken parts degraded.

use super::*;

impl<'a> Document<'a> {
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

    pub(super) fn operation(
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
        let (params, body) = self.params_and_body(obj, &loc, shared);
        let responses = self.responses(obj, &loc);
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

    /// The operation's parameters (its own over the path item's of the same name and place)
    /// and its body: OpenAPI 3's `requestBody`, or Swagger 2.0's `body` parameter or form
    /// fields.
    pub(super) fn params_and_body(
        &self,
        obj: &'a Map<String, Value>,
        loc: &Loc,
        shared: &[(RawParam<'a>, Value)],
    ) -> (Vec<RawParam<'a>>, Option<RawBody<'a>>) {
        let own = self.params_at(loc, obj.get("parameters"));
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
                            json_parts: Vec::new(),
                            styles: Vec::new(),
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
            body = Some(self.form_body_v2(obj, loc, form_fields));
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
        (params, body)
    }

    /// The operation's responses by status; one that cannot be resolved is any JSON.
    pub(super) fn responses(&self, obj: &'a Map<String, Value>, loc: &Loc) -> Vec<RawResponse<'a>> {
        let mut responses = Vec::new();
        let Some(map) = obj.get("responses").and_then(Value::as_object) else {
            return responses;
        };
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
                        json_parts: Vec::new(),
                        styles: Vec::new(),
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
        responses
    }

    pub(super) fn contents(&self, owner: &Loc, value: &'a Value) -> Vec<RawContent<'a>> {
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
            // Each property's `encoding`: sent as JSON (multipart), or in a style (forms).
            let encoding = media_obj.get("encoding").and_then(Value::as_object);
            let encoded = || encoding.into_iter().flatten();
            let json_parts = encoded()
                .filter(|(_, e)| {
                    e.get("contentType")
                        .and_then(Value::as_str)
                        .is_some_and(|ct| ct.contains("json"))
                })
                .map(|(name, _)| name.clone())
                .collect();
            let styles = encoded()
                .map(|(name, e)| {
                    let style = e.get("style").and_then(Value::as_str).map(str::to_string);
                    (
                        name.clone(),
                        style,
                        e.get("explode").and_then(Value::as_bool),
                    )
                })
                .filter(|(_, style, explode)| style.is_some() || explode.is_some())
                .collect();
            out.push(RawContent {
                media_type: media.clone(),
                schema,
                examples,
                json_parts,
                styles,
            });
        }
        out
    }

    pub(super) fn params_at(
        &self,
        owner: &Loc,
        list: Option<&'a Value>,
    ) -> Vec<(RawParam<'a>, Value)> {
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
            // Swagger 2.0's `collectionFormat`, `csv` where an array parameter has none.
            let v2_array = p.get("type").and_then(Value::as_str) == Some("array");
            let format = p.get("collectionFormat").and_then(Value::as_str);
            let (style, explode) = match format.or(v2_array.then_some("csv")) {
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
    pub(super) fn form_body_v2(
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
                json_parts: Vec::new(),
                // `collectionFormat` (multi, csv, ...), read as a query parameter's is.
                styles: fields
                    .iter()
                    .filter(|(p, _)| p.style.is_some() || p.explode.is_some())
                    .map(|(p, _)| (p.name.clone(), p.style.clone(), p.explode))
                    .collect(),
            }],
            loc: loc.clone(),
        }
    }

    pub(super) fn media_list(&self, op: &Map<String, Value>, key: &str) -> Vec<String> {
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

    pub(super) fn consumes(&self, op: &Map<String, Value>) -> Vec<String> {
        self.media_list(op, "consumes")
    }

    pub(super) fn produces(&self, op: &Map<String, Value>) -> Vec<String> {
        let mut list = self.media_list(op, "produces");
        // Prefer JSON when several are listed.
        list.sort_by_key(|m| !m.contains("json"));
        list
    }
}

/// A Swagger 2.0 non-body parameter's schema keywords, without the parameter fields.
pub(super) fn param_schema_v2(p: &Value) -> Value {
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

/// A body or response whose definition could not be read: any JSON value.
pub(super) fn any_json<'a>(loc: Loc) -> RawBody<'a> {
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
            json_parts: Vec::new(),
            styles: Vec::new(),
        }],
        loc,
    }
}
