//! The public surface of a generated crate, as data: what its users' code can depend on.
//!
//! One entry per client method and per type, keyed by the Rust names users write, with types
//! spelled as Rust. Kept in the crate as `apitap.surface.json` so that regeneration can tell
//! what changed since the last run without the old spec, and compared by [`super::diff`].

use crate::analyze::features::DeferReason;
use crate::analyze::Analysis;
use crate::ir::{Api, FloatKind, IntKind, SchemeKind, Status, TypeKind, TypeRef};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file a generated crate keeps its surface in.
pub const FILE: &str = "apitap.surface.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Surface {
    pub title: String,
    #[serde(default)]
    pub api_version: Option<String>,
    /// Security scheme name → what it is (`bearer token`, `API key in header X-Key`, ...).
    #[serde(default)]
    pub auth: BTreeMap<String, String>,
    /// Cargo features of the operation groups.
    #[serde(default)]
    pub features: Vec<String>,
    /// Client method name → operation.
    #[serde(default)]
    pub operations: BTreeMap<String, OpSurface>,
    /// Type name (under `types::`) → type.
    #[serde(default)]
    pub types: BTreeMap<String, TypeSurface>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpSurface {
    /// `GET /v1/customers`.
    pub http: String,
    pub operation_id: String,
    /// The cargo feature (operation group) that compiles it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature: Option<String>,
    /// Builder setter → parameter.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, ParamSurface>,
    /// Request body type, `Option<..>` when the body may be left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// What `send()` decodes on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// Documented error status → body type (`raw` without a schema).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
    /// Accepted credential sets, each `a + b`; `none` when the operation needs no credentials.
    #[serde(default)]
    pub security: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagination: Option<PageSurface>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamSurface {
    /// `path`, `query`, `header` or `cookie`.
    #[serde(rename = "in")]
    pub location: String,
    /// Rust type, `Option<..>` when optional.
    pub ty: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PageSurface {
    pub kind: String,
    /// Dotted path of the records array (empty: the response is the array).
    pub records: String,
    /// What `.items()` yields.
    pub item: String,
}

/// Where users meet a type: building requests, reading responses, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Usage {
    Request,
    Response,
    Both,
    Unused,
}

impl Usage {
    pub fn in_requests(self) -> bool {
        matches!(self, Usage::Request | Usage::Both)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeSurface {
    Struct {
        schema: String,
        usage: Usage,
        /// Field name → Rust type.
        fields: BTreeMap<String, String>,
        /// Type of the `additionalProperties` map's values.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        extra: Option<String>,
    },
    Enum {
        schema: String,
        usage: Usage,
        /// The spec's values, in order.
        values: Vec<String>,
    },
    Union {
        schema: String,
        usage: Usage,
        /// Variant name → Rust type it holds.
        variants: BTreeMap<String, String>,
        /// Has an `Unknown` variant (discriminated unions): new variants land there.
        fallback: bool,
    },
    Alias {
        schema: String,
        usage: Usage,
        ty: String,
    },
}

impl TypeSurface {
    pub fn kind(&self) -> &'static str {
        match self {
            TypeSurface::Struct { .. } => "struct",
            TypeSurface::Enum { .. } => "enum",
            TypeSurface::Union { .. } => "union",
            TypeSurface::Alias { .. } => "alias",
        }
    }

    /// `file#/pointer` of the schema the type comes from.
    pub fn schema(&self) -> &str {
        match self {
            TypeSurface::Struct { schema, .. }
            | TypeSurface::Enum { schema, .. }
            | TypeSurface::Union { schema, .. }
            | TypeSurface::Alias { schema, .. } => schema,
        }
    }
}

/// The Rust spelling of a type as users see it (without module paths).
pub fn type_text(ty: &TypeRef, an: &Analysis) -> String {
    match ty {
        TypeRef::String => "String".into(),
        TypeRef::Integer(IntKind::I32) => "i32".into(),
        TypeRef::Integer(IntKind::I64) => "i64".into(),
        TypeRef::Number(FloatKind::F32) => "f32".into(),
        TypeRef::Number(FloatKind::F64) => "f64".into(),
        TypeRef::Boolean => "bool".into(),
        TypeRef::Binary => "Binary".into(),
        TypeRef::Any => "Value".into(),
        TypeRef::Named(id) => an.types[id.0].name.clone(),
        TypeRef::Expandable(id) => format!("Expandable<{}>", an.types[id.0].name),
        TypeRef::Array(inner) => format!("Vec<{}>", type_text(inner, an)),
        TypeRef::Map(inner) => format!("Map<String, {}>", type_text(inner, an)),
        TypeRef::Nullable(inner) => format!("Option<{}>", type_text(inner.strip_nullable().0, an)),
    }
}

/// A deferred field's type (see `analyze::features`): the object it names held as JSON.
fn deferred_text(ty: &TypeRef, required: bool, reason: DeferReason) -> String {
    fn inner(ty: &TypeRef, reason: DeferReason) -> String {
        match ty {
            TypeRef::Array(t) => format!("Vec<{}>", inner(t, reason)),
            TypeRef::Map(t) => format!("Map<String, {}>", inner(t, reason)),
            TypeRef::Nullable(t) => format!("Option<{}>", inner(t.strip_nullable().0, reason)),
            _ => match reason {
                DeferReason::Expandable => "Expandable<Value>".into(),
                DeferReason::ErrorDetail => "Value".into(),
            },
        }
    }
    let (t, nullable) = ty.strip_nullable();
    let t = inner(t, reason);
    if nullable || !required {
        format!("Option<{t}>")
    } else {
        t
    }
}

/// `Option<T>` unless `required`; a nullable type is `Option` either way.
fn maybe(ty: &TypeRef, required: bool, an: &Analysis) -> String {
    let (inner, nullable) = ty.strip_nullable();
    let t = type_text(inner, an);
    if nullable || !required {
        format!("Option<{t}>")
    } else {
        t
    }
}

fn scheme_text(kind: &SchemeKind) -> String {
    match kind {
        SchemeKind::ApiKey { location, param } => {
            format!(
                "API key in {} `{param}`",
                format!("{location:?}").to_lowercase()
            )
        }
        SchemeKind::Basic => "HTTP basic".into(),
        SchemeKind::Bearer => "bearer token".into(),
        SchemeKind::OAuth2ClientCredentials { token_url, .. } => {
            format!("OAuth2 client credentials at {token_url}")
        }
        SchemeKind::OAuth2RefreshToken { token_url } => {
            format!("OAuth2 refresh token at {token_url}")
        }
    }
}

fn status_text(s: Status) -> String {
    match s {
        Status::Code(c) => c.to_string(),
        Status::Range(r) => format!("{r}XX"),
        Status::Default => "default".into(),
    }
}

/// The surface of the crate generated from `api` with the names in `an`.
pub fn extract(api: &Api, an: &Analysis) -> Surface {
    let auth = api
        .security_schemes
        .iter()
        .map(|s| (s.name.clone(), scheme_text(&s.kind)))
        .collect();
    let operations = (0..api.operations.len())
        .map(|i| (an.ops[i].method.clone(), operation_surface(api, an, i)))
        .collect();
    let requests = &an.request_types;
    let responses = api.types.reachable(
        api.operations
            .iter()
            .flat_map(|op| op.responses.iter().filter_map(|r| r.ty.as_ref())),
    );
    let mut types = BTreeMap::new();
    for (i, def) in api.types.defs.iter().enumerate() {
        let usage = match (requests.contains(&i), responses.contains(&i)) {
            (true, true) => Usage::Both,
            (true, false) => Usage::Request,
            (false, true) => Usage::Response,
            (false, false) => Usage::Unused,
        };
        let names = &an.types[i];
        if let Some(surface) = type_surface(crate::ir::TypeId(i), def, names, usage, an) {
            types.insert(names.name.clone(), surface);
        }
    }
    Surface {
        title: api.title.clone(),
        api_version: api.version.clone(),
        auth,
        features: an.features.groups.clone(),
        operations,
        types,
    }
}

/// What users see of operation `i`: its method's arguments, body, response, errors,
/// credentials and pages.
fn operation_surface(api: &Api, an: &Analysis, i: usize) -> OpSurface {
    let op = &api.operations[i];
    let names = &an.ops[i];
    let params = op
        .params
        .iter()
        .zip(&names.params)
        .map(|(p, name)| {
            let location = format!("{:?}", p.location).to_lowercase();
            (
                name.clone(),
                ParamSurface {
                    location,
                    ty: maybe(&p.ty, p.required, an),
                },
            )
        })
        .collect();
    let body = op.body.as_ref().map(|b| maybe(&b.ty, b.required, an));
    let response = op.success().map(|r| {
        r.ty.as_ref()
            .map_or_else(|| "raw".to_string(), |t| type_text(t, an))
    });
    let errors = op
        .errors()
        .into_iter()
        .map(|r| {
            let ty =
                r.ty.as_ref()
                    .map_or_else(|| "raw".to_string(), |t| type_text(t, an));
            (status_text(r.status), ty)
        })
        .collect();
    let mut security: Vec<String> = op
        .security
        .iter()
        .map(|alt| {
            if alt.is_empty() {
                "none".to_string()
            } else {
                alt.join(" + ")
            }
        })
        .collect();
    if security.is_empty() {
        security.push("none".into());
    }
    let pagination = an.pagination[i].plan.as_ref().map(|plan| {
        let item = op
            .success()
            .and_then(|r| r.ty.as_ref())
            .and_then(|t| crate::analyze::pagination::type_at(&api.types, t, &plan.records))
            .map(|t| match api.types.resolve(t) {
                TypeRef::Array(item) => type_text(item, an),
                other => type_text(other, an),
            })
            .unwrap_or_else(|| "Value".into());
        PageSurface {
            kind: plan.kind.as_str().into(),
            records: plan.records.join("."),
            item,
        }
    });
    OpSurface {
        http: format!("{} {}", op.method, op.path),
        operation_id: op.id.clone(),
        feature: Some(names.module.clone()),
        params,
        body,
        response,
        errors,
        security,
        pagination,
    }
}

/// What users see of a type: its fields, values, variants or target (`None`: never built).
fn type_surface(
    id: crate::ir::TypeId,
    def: &crate::ir::TypeDef,
    names: &crate::analyze::TypeNames,
    usage: Usage,
    an: &Analysis,
) -> Option<TypeSurface> {
    let schema = def.location.clone();
    Some(match &def.kind {
        TypeKind::Struct { fields, additional } => TypeSurface::Struct {
            schema,
            usage,
            fields: fields
                .iter()
                .zip(&names.members)
                .enumerate()
                .map(|(j, (f, name))| {
                    let text = match an.features.deferred.get(&(id, j)) {
                        Some(d) => deferred_text(&f.ty, f.required, d.reason),
                        None => maybe(&f.ty, f.required, an),
                    };
                    (name.clone(), text)
                })
                .collect(),
            extra: additional.as_ref().map(|t| type_text(t, an)),
        },
        TypeKind::StringEnum { values } => TypeSurface::Enum {
            schema,
            usage,
            values: values.clone(),
        },
        TypeKind::Union {
            variants,
            discriminator,
            ..
        } => TypeSurface::Union {
            schema,
            usage,
            variants: variants
                .iter()
                .zip(&names.members)
                .map(|(v, name)| (name.clone(), type_text(&v.ty, an)))
                .collect(),
            fallback: discriminator.is_some(),
        },
        TypeKind::Alias(ty) => TypeSurface::Alias {
            schema,
            usage,
            ty: type_text(ty, an),
        },
        TypeKind::Pending => return None,
    })
}

impl Surface {
    /// The JSON kept in the crate: one entry per line, keys sorted, so that it diffs well.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a surface is plain data");
        text.push('\n');
        text
    }
}

/// The names `surface` gave, for the next generation to keep.
pub fn pins(surface: &Surface) -> crate::analyze::naming::Pins {
    crate::analyze::naming::Pins {
        types: surface
            .types
            .iter()
            .map(|(name, t)| (t.schema().to_string(), name.clone()))
            .collect(),
        methods: surface
            .operations
            .iter()
            .map(|(name, op)| (op.operation_id.clone(), name.clone()))
            .collect(),
    }
}
