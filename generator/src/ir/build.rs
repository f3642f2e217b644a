//! Build the [`Api`] from a loaded document.

use super::schema::SchemaConverter;
use super::*;
use crate::diag::{Result, WarningCode};
use crate::load::document::{RawContent, RawOperation, RawScheme};
use crate::load::Document;

pub fn build(doc: &Document) -> Result<Api> {
    // What the document says before its operations is read first, in the order it always
    // was, so the document's warnings keep their order.
    let components = doc.component_schemas();
    let raw_schemes = doc.security_schemes();
    let global_security = doc.global_security().unwrap_or_default();
    // Components first: they get their names before inline types compete for them.
    let convert_components = || {
        let mut conv = SchemaConverter::new(doc.source);
        for loc in &components {
            conv.named(loc)?;
        }
        Ok::<_, crate::diag::Error>(conv)
    };
    // Reading the operations out of the document needs no types: on a pool's thread, it
    // runs beside. Called from elsewhere (a library caller's thread), both run there:
    // converting deeply nested schemas recurses, and the caller's stack is the one sized
    // for it, not a pool thread's default.
    let (conv, raw_operations) = if rayon::current_thread_index().is_some() {
        rayon::join(convert_components, || doc.operations())
    } else {
        (convert_components(), doc.operations())
    };
    let mut conv = conv?;
    let mut warnings = Vec::new();
    let security_schemes = raw_schemes
        .into_iter()
        .filter_map(|s| scheme(doc, s, &mut warnings))
        .collect::<Vec<_>>();
    let mut operations = Vec::new();
    for raw in raw_operations {
        operations.push(operation(
            doc,
            &mut conv,
            raw,
            &global_security,
            &security_schemes,
        )?);
    }
    warnings.extend(doc.take_warnings());
    warnings.extend(conv.warnings);
    Ok(Api {
        title: doc.title(),
        version: doc.api_version(),
        servers: doc.servers(),
        security_schemes,
        operations,
        types: conv.space,
        warnings,
    })
}

fn scheme(doc: &Document, raw: RawScheme, warnings: &mut Vec<Warning>) -> Option<SecurityScheme> {
    let v = &raw.value;
    let s = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_string);
    let kind = match s("type").as_deref() {
        Some("apiKey") => {
            let location = match s("in").as_deref() {
                Some("query") => ApiKeyLocation::Query,
                Some("cookie") => ApiKeyLocation::Cookie,
                _ => ApiKeyLocation::Header,
            };
            SchemeKind::ApiKey {
                location,
                param: s("name").unwrap_or_else(|| "Authorization".into()),
            }
        }
        Some("http") => match s("scheme").map(|x| x.to_ascii_lowercase()).as_deref() {
            Some("basic") => SchemeKind::Basic,
            Some("bearer") => SchemeKind::Bearer,
            other => {
                warnings.push(Warning {
                    code: WarningCode::Unsupported,
                    location: doc.source.display(&raw.loc),
                    message: format!(
                        "HTTP auth scheme `{}` is not supported; treated as bearer",
                        other.unwrap_or("")
                    ),
                });
                SchemeKind::Bearer
            }
        },
        Some("oauth2") => {
            let flows = v.get("flows");
            let flow = |name: &str| flows.and_then(|f| f.get(name));
            let token_url = |f: &Value| {
                f.get("tokenUrl")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            };
            if let Some(url) = flow("clientCredentials").and_then(token_url) {
                let scopes = flow("clientCredentials")
                    .and_then(|f| f.get("scopes"))
                    .and_then(Value::as_object)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default();
                SchemeKind::OAuth2ClientCredentials {
                    token_url: url,
                    scopes,
                }
            } else if let Some(url) = flow("authorizationCode")
                .or_else(|| flow("password"))
                .and_then(token_url)
            {
                SchemeKind::OAuth2RefreshToken { token_url: url }
            } else {
                SchemeKind::Bearer
            }
        }
        Some("openIdConnect") => SchemeKind::Bearer,
        other => {
            warnings.push(Warning {
                code: WarningCode::Unsupported,
                location: doc.source.display(&raw.loc),
                message: format!(
                    "unknown security scheme type `{}`; ignored",
                    other.unwrap_or("")
                ),
            });
            return None;
        }
    };
    Some(SecurityScheme {
        name: raw.name,
        kind,
    })
}

/// An operation's parameters, and the Content-Type and Accept values it requires as
/// headers (the runtime sets those, so they are not parameters).
struct Params {
    list: Vec<Param>,
    content_type_header: Option<String>,
    accept_header: Option<String>,
}

fn operation(
    doc: &Document,
    conv: &mut SchemaConverter,
    raw: RawOperation,
    global_security: &[Vec<String>],
    schemes: &[SecurityScheme],
) -> Result<Operation> {
    let location = doc.source.display(&raw.loc);
    let id = raw
        .operation_id
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| derived_id(raw.method.key(), &raw.path));
    let hint = |suffix: &str| vec![id.clone(), suffix.to_string()];
    // Types are named in the order they are converted: parameters, body, responses.
    let Params {
        mut list,
        content_type_header,
        accept_header,
    } = params(doc, conv, &raw, &hint)?;
    path_var_params(conv, &raw, &location, &mut list);
    let body = body(doc, conv, &raw, &hint)?;
    let responses = responses(doc, conv, &raw, &hint)?;
    let security = raw
        .security
        .clone()
        .unwrap_or_else(|| global_security.to_vec())
        .into_iter()
        // Requirements naming undeclared schemes cannot be met; drop them.
        .filter(|alt| alt.iter().all(|n| schemes.iter().any(|s| &s.name == n)))
        .collect();

    Ok(Operation {
        id,
        method: raw.method,
        path: raw.path.clone(),
        summary: raw.summary.clone(),
        description: raw.description.clone(),
        deprecated: raw.deprecated,
        tags: raw.tags.clone(),
        params: list,
        body,
        responses,
        security,
        extensions: raw
            .value
            .as_object()
            .map(|o| {
                o.iter()
                    .filter(|(k, _)| k.starts_with("x-"))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        location,
        content_type_header,
        accept_header,
    })
}

/// The declared parameters: typed, styled, with their constraints; a path parameter the
/// path does not use is dropped with a warning.
fn params(
    doc: &Document,
    conv: &mut SchemaConverter,
    raw: &RawOperation,
    hint: &dyn Fn(&str) -> Vec<String>,
) -> Result<Params> {
    let mut out = Params {
        list: Vec::new(),
        content_type_header: None,
        accept_header: None,
    };
    for p in &raw.params {
        let location_kind = match p.location.as_str() {
            "path" => ParamLocation::Path,
            "header" => ParamLocation::Header,
            "cookie" => ParamLocation::Cookie,
            _ => ParamLocation::Query,
        };
        if location_kind == ParamLocation::Path && !raw.path.contains(&format!("{{{}}}", p.name)) {
            conv.warnings.push(Warning {
                code: WarningCode::Degraded,
                location: doc.source.display(&p.loc),
                message: format!(
                    "path parameter `{}` does not appear in `{}`; ignored",
                    p.name, raw.path
                ),
            });
            continue;
        }
        if location_kind == ParamLocation::Header
            && ["accept", "content-type", "authorization"]
                .contains(&p.name.to_ascii_lowercase().as_str())
        {
            // Set by the runtime (content negotiation and auth), per OpenAPI's rules; a
            // required Content-Type's value is kept for requests without a body.
            if p.required && p.name.eq_ignore_ascii_case("content-type") {
                out.content_type_header = p.schema.as_ref().map(|s| {
                    fixed_header_value(&s.value).unwrap_or_else(|| "application/json".into())
                });
            }
            if p.required && p.name.eq_ignore_ascii_case("accept") {
                // Only an `enum` binds it; a `default` (PagerDuty's versioning media type) may
                // name a type no response declares, which a strict server refuses (406).
                out.accept_header = p
                    .schema
                    .as_ref()
                    .filter(|s| s.value.get("enum").is_some())
                    .and_then(|s| fixed_header_value(&s.value));
            }
            continue;
        }
        let ty = match &p.schema {
            Some(s) => conv.convert(&s.value, &s.loc, &hint(&p.name))?,
            None => TypeRef::String,
        };
        let style = param_style(p.style.as_deref(), p.explode, location_kind);
        out.list.push(Param {
            name: p.name.clone(),
            location: location_kind,
            ty,
            required: p.required,
            style,
            doc: p.description.clone(),
            constraints: p
                .schema
                .as_ref()
                .and_then(|s| Constraints::of(doc.source, &s.value, &s.loc)),
            schema: p.schema.as_ref().map(schema_at),
        });
    }
    Ok(out)
}

/// Template variables without a declared parameter still need a value: a string parameter
/// each, with a warning.
fn path_var_params(
    conv: &mut SchemaConverter,
    raw: &RawOperation,
    location: &str,
    params: &mut Vec<Param>,
) {
    for var in path_vars(&raw.path) {
        if !params
            .iter()
            .any(|p| p.location == ParamLocation::Path && p.name == var)
        {
            conv.warnings.push(Warning {
                code: WarningCode::Degraded,
                location: location.to_string(),
                message: format!("path variable `{{{var}}}` has no parameter; typed as a string"),
            });
            params.push(Param {
                name: var,
                location: ParamLocation::Path,
                ty: TypeRef::String,
                required: true,
                style: ParamStyle::Simple,
                doc: None,
                constraints: None,
                schema: None,
            });
        }
    }
}

/// The request body, in the media type apitap sends (see [`pick_content`]).
fn body(
    doc: &Document,
    conv: &mut SchemaConverter,
    raw: &RawOperation,
    hint: &dyn Fn(&str) -> Vec<String>,
) -> Result<Option<Body>> {
    let Some(b) = &raw.body else {
        return Ok(None);
    };
    let Some((content, kind)) = pick_content(&b.contents) else {
        return Ok(None);
    };
    let ty = match kind {
        MediaKind::Text => TypeRef::String,
        MediaKind::Binary => TypeRef::Binary,
        _ => match &content.schema {
            Some(s) => conv.convert(&s.value, &s.loc, &hint("Body"))?,
            None => TypeRef::Any,
        },
    };
    Ok(Some(Body {
        media_type: content.media_type.clone(),
        kind,
        ty,
        required: b.required,
        doc: b.description.clone(),
        constraints: content
            .schema
            .as_ref()
            .and_then(|s| Constraints::of(doc.source, &s.value, &s.loc)),
        schema: content.schema.as_ref().map(schema_at),
        json_parts: content.json_parts.clone(),
        form_styles: content
            .styles
            .iter()
            .map(|(name, style, explode)| {
                let style = param_style(style.as_deref(), *explode, ParamLocation::Query);
                (name.clone(), style)
            })
            .filter(|(_, style)| *style != ParamStyle::Form { explode: true })
            .collect(),
    }))
}

/// The responses by status, each typed where it is JSON; a key that is not a status is
/// dropped with a warning.
fn responses(
    doc: &Document,
    conv: &mut SchemaConverter,
    raw: &RawOperation,
    hint: &dyn Fn(&str) -> Vec<String>,
) -> Result<Vec<Response>> {
    let mut responses = Vec::new();
    for r in &raw.responses {
        let Some(status) = parse_status(&r.status) else {
            conv.warnings.push(Warning {
                code: WarningCode::Degraded,
                location: doc.source.display(&r.loc),
                message: format!("response key `{}` is not a status code; ignored", r.status),
            });
            continue;
        };
        let suffix = match status {
            Status::Code(c) if (200..300).contains(&c) => "Response".to_string(),
            Status::Code(c) => format!("Status{c}"),
            Status::Range(d) => format!("Status{d}XX"),
            Status::Default => "DefaultResponse".to_string(),
        };
        let picked = pick_content(&r.contents);
        let schema = picked
            .and_then(|(content, _)| content.schema.as_ref())
            .map(schema_at);
        let (media_type, kind, ty, examples) = match picked {
            Some((content, kind)) => {
                let ty = match (kind, &content.schema) {
                    (MediaKind::Json, Some(s)) => {
                        Some(conv.convert(&s.value, &s.loc, &hint(&suffix))?)
                    }
                    (MediaKind::Json, None) => Some(TypeRef::Any),
                    _ => None,
                };
                (
                    Some(content.media_type.clone()),
                    Some(kind),
                    ty,
                    content.examples.clone(),
                )
            }
            None => (None, None, None, Vec::new()),
        };
        responses.push(Response {
            status,
            media_type,
            kind,
            ty,
            doc: r.description.clone(),
            headers: r.headers.clone(),
            examples,
            schema,
        });
    }
    Ok(responses)
}

fn fixed_header_value(schema: &serde_json::Value) -> Option<String> {
    let fixed = schema
        .get("enum")
        .and_then(|e| e.get(0))
        .or_else(|| schema.get("default"))
        .or_else(|| schema.get("example"))
        .and_then(serde_json::Value::as_str);
    fixed
        .filter(|v| {
            !v.is_empty() && v.len() < 200 && v.chars().all(|c| c.is_ascii_graphic() || c == ' ')
        })
        .map(str::to_string)
}

fn schema_at(s: &crate::load::document::SchemaSrc) -> SchemaAt {
    SchemaAt {
        loc: s.loc.clone(),
        synthesized: match &s.value {
            std::borrow::Cow::Owned(v) => Some(v.clone()),
            std::borrow::Cow::Borrowed(_) => None,
        },
    }
}

fn path_vars(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

fn derived_id(method: &str, path: &str) -> String {
    let mut id = method.to_string();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        if let Some(var) = seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            id.push_str("by_");
            id.push_str(var);
        } else {
            id.push_str(seg);
        }
    }
    id
}

fn parse_status(s: &str) -> Option<Status> {
    if s == "default" {
        return Some(Status::Default);
    }
    if let Ok(code) = s.parse::<u16>() {
        return (100..600).contains(&code).then_some(Status::Code(code));
    }
    let upper = s.to_ascii_uppercase();
    if upper.len() == 3 && upper.ends_with("XX") {
        let d = upper[..1].parse::<u16>().ok()?;
        return (1..6).contains(&d).then_some(Status::Range(d));
    }
    None
}

/// Classify a media type.
pub fn media_kind(media: &str, schema: Option<&Value>) -> MediaKind {
    let m = media.to_ascii_lowercase();
    let m = m.split(';').next().unwrap_or("").trim().to_string();
    if m.contains("json") {
        MediaKind::Json
    } else if m == "application/x-www-form-urlencoded" {
        MediaKind::Form
    } else if m.starts_with("multipart/") {
        MediaKind::Multipart
    } else if m.starts_with("text/") || m.ends_with("xml") {
        MediaKind::Text
    } else if m == "*/*" || m == "application/*" {
        // Wildcards with an object or array schema are JSON in practice.
        let typed = schema.is_some_and(|s| {
            s.get("$ref").is_some()
                || matches!(
                    s.get("type").and_then(Value::as_str),
                    Some("object" | "array")
                )
                || s.get("properties").is_some()
        });
        if typed {
            MediaKind::Json
        } else {
            MediaKind::Binary
        }
    } else {
        MediaKind::Binary
    }
}

/// The content to use when several media types are offered: JSON first.
fn pick_content<'c, 'a>(contents: &'c [RawContent<'a>]) -> Option<(&'c RawContent<'a>, MediaKind)> {
    let rank = |k: MediaKind| match k {
        MediaKind::Json => 0,
        MediaKind::Form => 1,
        MediaKind::Multipart => 2,
        MediaKind::Text => 3,
        MediaKind::Binary => 4,
    };
    contents
        .iter()
        .map(|c| {
            (
                c,
                media_kind(&c.media_type, c.schema.as_ref().map(|s| &*s.value)),
            )
        })
        .min_by_key(|(_, k)| rank(*k))
}

/// A parameter's (or a form body property's) `style` and `explode`, with OpenAPI's
/// defaults: `form`, exploded, in a query, cookie or form body; `simple` in a path or header.
fn param_style(style: Option<&str>, explode: Option<bool>, at: ParamLocation) -> ParamStyle {
    match (style, at) {
        (Some("deepObject"), _) => ParamStyle::DeepObject,
        (Some("spaceDelimited"), _) => ParamStyle::SpaceDelimited,
        (Some("pipeDelimited"), _) => ParamStyle::PipeDelimited,
        (_, ParamLocation::Query | ParamLocation::Cookie) => ParamStyle::Form {
            explode: explode.unwrap_or(true),
        },
        _ => ParamStyle::Simple,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(parse_status("404"), Some(Status::Code(404)));
        assert_eq!(parse_status("4XX"), Some(Status::Range(4)));
        assert_eq!(parse_status("default"), Some(Status::Default));
        assert_eq!(parse_status("x-foo"), None);
    }

    #[test]
    fn derived_ids_follow_the_path() {
        assert_eq!(derived_id("get", "/pets/{id}/toys"), "get_pets_by_id_toys");
    }

    #[test]
    fn media_kinds() {
        assert_eq!(
            media_kind("application/vnd.api+json", None),
            MediaKind::Json
        );
        assert_eq!(
            media_kind("application/x-www-form-urlencoded", None),
            MediaKind::Form
        );
        assert_eq!(media_kind("image/png", None), MediaKind::Binary);
        assert_eq!(media_kind("text/csv; charset=utf-8", None), MediaKind::Text);
    }
}
