//! Compare two surfaces and classify every change by what it does to users' code.
//!
//! The rules, from the point of view of code that compiles against the old crate:
//! - breaking: something it names disappears or changes type, a call needs a new argument
//!   (a new required parameter or field of a request type), an operation needs credentials it
//!   did not, pagination disappears or yields another item type;
//! - addition (non-breaking): new operations, types, optional parameters, fields of types
//!   that are only decoded (those structs are `#[non_exhaustive]`; request types are built with
//!   struct literals, so any new field breaks them), enum values and discriminated variants
//!   (they land in `Unknown` before, and the enums are `#[non_exhaustive]`), error statuses,
//!   pagination on an operation that had none;
//! - patch: changes users do not see in their code (an operation's path, pagination details).
//!
//! An operation moving to another cargo feature (its tag changed) breaks crates that enable
//! features one by one, so it counts as breaking; a feature disappearing too.

use super::surface::{OpSurface, Surface, TypeSurface};
use serde::Serialize;
use std::collections::BTreeMap;

/// How much a change matters, ordered: the largest level decides the version bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing a user of the crate can notice in its API (docs, internals).
    Patch,
    /// Something new that breaks no user: an operation, an optional field.
    Addition,
    /// Something that breaks users: a removed operation, a changed type.
    Breaking,
}

impl Level {
    /// The semver part a change of this level bumps (for crates at 1.0 and above).
    pub fn semver(self) -> &'static str {
        match self {
            Level::Breaking => "major",
            Level::Addition => "minor",
            Level::Patch => "patch",
        }
    }
}

/// One change to the generated crate's API.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// How much it matters.
    pub level: Level,
    /// `operation list_customers`, `type Customer`, `auth bearer`, ...
    pub subject: String,
    /// What happened, in a few words.
    pub change: String,
}

/// What changes for users of the generated crate between two specs.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Every change, ordered by level.
    pub changes: Vec<Change>,
}

impl Report {
    /// The largest level among the changes, `None` when nothing changed.
    pub fn level(&self) -> Option<Level> {
        self.changes.iter().map(|c| c.level).max()
    }

    /// How many changes are of `level`.
    pub fn count(&self, level: Level) -> usize {
        self.changes.iter().filter(|c| c.level == level).count()
    }

    /// The report for people: a summary line, then the changes grouped by level.
    pub fn to_text(&self, old: &str, new: &str) -> String {
        let mut out = format!("{old} -> {new}: ");
        match self.level() {
            None => out.push_str("no changes to the generated crate's API\n"),
            Some(level) => {
                out.push_str(&format!(
                    "{} breaking, {} non-breaking, {} patch-level changes; semver bump: {}\n",
                    self.count(Level::Breaking),
                    self.count(Level::Addition),
                    self.count(Level::Patch),
                    level.semver()
                ));
            }
        }
        for (level, title) in [
            (Level::Breaking, "Breaking"),
            (Level::Addition, "Added (non-breaking)"),
            (Level::Patch, "Other (non-breaking)"),
        ] {
            let lines: Vec<&Change> = self.changes.iter().filter(|c| c.level == level).collect();
            if lines.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{title}:\n"));
            for c in lines {
                out.push_str(&format!("  {}: {}\n", c.subject, c.change));
            }
        }
        out
    }

    /// The report for tools.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "semver": self.level().map(Level::semver),
            "breaking": self.count(Level::Breaking),
            "additions": self.count(Level::Addition),
            "patch": self.count(Level::Patch),
            "changes": self.changes.iter().map(|c| serde_json::json!({
                "level": c.level,
                "breaking": c.level == Level::Breaking,
                "subject": c.subject,
                "change": c.change,
            })).collect::<Vec<_>>(),
        })
    }
}

struct Collector {
    changes: Vec<Change>,
}

impl Collector {
    fn push(&mut self, level: Level, subject: impl Into<String>, change: impl Into<String>) {
        self.changes.push(Change {
            level,
            subject: subject.into(),
            change: change.into(),
        });
    }
}

fn optional(ty: &str) -> bool {
    ty.starts_with("Option<")
}

/// Every change from `old` to `new`, breaking first.
pub fn diff(old: &Surface, new: &Surface) -> Report {
    let mut c = Collector {
        changes: Vec::new(),
    };
    auth(&mut c, old, new);
    features(&mut c, old, new);
    operations(&mut c, old, new);
    types(&mut c, old, new);
    if old.api_version != new.api_version && c.changes.is_empty() {
        c.push(
            Level::Patch,
            "api",
            format!(
                "version {} -> {}",
                old.api_version.as_deref().unwrap_or("(none)"),
                new.api_version.as_deref().unwrap_or("(none)")
            ),
        );
    }
    let mut changes = c.changes;
    changes.sort_by(|a, b| {
        b.level
            .cmp(&a.level)
            .then_with(|| a.subject.cmp(&b.subject))
            .then_with(|| a.change.cmp(&b.change))
    });
    Report { changes }
}

fn auth(c: &mut Collector, old: &Surface, new: &Surface) {
    for (name, kind) in &old.auth {
        match new.auth.get(name) {
            None => c.push(
                Level::Breaking,
                format!("auth {name}"),
                format!("scheme removed (was {kind})"),
            ),
            Some(k) if k != kind => c.push(
                Level::Breaking,
                format!("auth {name}"),
                format!("{kind} -> {k}"),
            ),
            Some(_) => {}
        }
    }
    for (name, kind) in &new.auth {
        if !old.auth.contains_key(name) {
            c.push(
                Level::Addition,
                format!("auth {name}"),
                format!("scheme added ({kind})"),
            );
        }
    }
}

fn features(c: &mut Collector, old: &Surface, new: &Surface) {
    for f in old.features.iter().filter(|f| !new.features.contains(f)) {
        c.push(
            Level::Breaking,
            format!("feature {f}"),
            "cargo feature removed (its operations are gone or moved)",
        );
    }
    for f in new.features.iter().filter(|f| !old.features.contains(f)) {
        c.push(
            Level::Addition,
            format!("feature {f}"),
            "cargo feature added",
        );
    }
}

fn operations(c: &mut Collector, old: &Surface, new: &Surface) {
    // A method gone while another method now serves its method and path is a rename.
    let new_by_http: BTreeMap<&str, &str> = new
        .operations
        .iter()
        .filter(|(name, _)| !old.operations.contains_key(*name))
        .map(|(name, op)| (op.http.as_str(), name.as_str()))
        .collect();
    let mut renamed_to = Vec::new();
    for (name, op) in &old.operations {
        let subject = format!("operation {name}");
        match new.operations.get(name) {
            Some(n) => operation(c, &subject, op, n),
            None => match new_by_http.get(op.http.as_str()) {
                Some(to) => {
                    renamed_to.push(*to);
                    c.push(
                        Level::Breaking,
                        subject,
                        format!(
                            "renamed to `{to}` ({}, operationId {} -> {})",
                            op.http, op.operation_id, new.operations[*to].operation_id
                        ),
                    );
                    operation(c, &format!("operation {to}"), op, &new.operations[*to]);
                }
                None => c.push(Level::Breaking, subject, format!("removed ({})", op.http)),
            },
        }
    }
    for (name, op) in &new.operations {
        if !old.operations.contains_key(name) && !renamed_to.contains(&name.as_str()) {
            c.push(
                Level::Addition,
                format!("operation {name}"),
                format!("added ({})", op.http),
            );
        }
    }
}

fn operation(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    if old.http != new.http {
        c.push(
            Level::Patch,
            subject,
            format!("now calls {} (was {})", new.http, old.http),
        );
    }
    if let (Some(a), Some(b)) = (&old.feature, &new.feature) {
        if a != b {
            // Crates built with `default-features = false, features = ["a"]` lose it.
            c.push(
                Level::Breaking,
                subject,
                format!("moved from cargo feature `{a}` to `{b}`"),
            );
        }
    }
    params(c, subject, old, new);
    request_body(c, subject, old, new);
    responses(c, subject, old, new);
    credentials(c, subject, old, new);
    pagination(c, subject, old, new);
}

/// Parameters removed, retyped, moved or added.
fn params(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    for (name, p) in &old.params {
        match new.params.get(name) {
            None => c.push(
                Level::Breaking,
                subject,
                format!("parameter `{name}` removed"),
            ),
            Some(n) if n.ty != p.ty => c.push(
                Level::Breaking,
                subject,
                format!("parameter `{name}`: {} -> {}", p.ty, n.ty),
            ),
            Some(n) if n.location != p.location => c.push(
                Level::Patch,
                subject,
                format!(
                    "parameter `{name}` moves from the {} to the {}",
                    p.location, n.location
                ),
            ),
            Some(_) => {}
        }
    }
    for (name, p) in &new.params {
        if !old.params.contains_key(name) {
            if optional(&p.ty) {
                c.push(
                    Level::Addition,
                    subject,
                    format!(
                        "optional {} parameter `{name}` added ({})",
                        p.location, p.ty
                    ),
                );
            } else {
                c.push(
                    Level::Breaking,
                    subject,
                    format!(
                        "required {} parameter `{name}` added ({})",
                        p.location, p.ty
                    ),
                );
            }
        }
    }
}

/// The request body added, removed or retyped.
fn request_body(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    match (&old.body, &new.body) {
        (None, Some(b)) if optional(b) => c.push(
            Level::Addition,
            subject,
            format!("optional request body added ({b})"),
        ),
        (None, Some(b)) => c.push(
            Level::Breaking,
            subject,
            format!("required request body added ({b})"),
        ),
        (Some(b), None) => c.push(
            Level::Breaking,
            subject,
            format!("request body removed (was {b})"),
        ),
        (Some(a), Some(b)) if a != b => c.push(
            Level::Breaking,
            subject,
            format!("request body: {a} -> {b}"),
        ),
        _ => {}
    }
}

/// The success response and the documented errors.
fn responses(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    if old.response != new.response {
        let show = |r: &Option<String>| r.clone().unwrap_or_else(|| "nothing".into());
        c.push(
            Level::Breaking,
            subject,
            format!(
                "response: {} -> {}",
                show(&old.response),
                show(&new.response)
            ),
        );
    }
    for (status, ty) in &old.errors {
        match new.errors.get(status) {
            None => c.push(
                Level::Breaking,
                subject,
                format!("error status {status} no longer documented (its variant is gone)"),
            ),
            Some(t) if t != ty => c.push(
                Level::Breaking,
                subject,
                format!("error {status}: {ty} -> {t}"),
            ),
            Some(_) => {}
        }
    }
    for (status, ty) in &new.errors {
        if !old.errors.contains_key(status) {
            c.push(
                Level::Addition,
                subject,
                format!("error status {status} documented ({ty})"),
            );
        }
    }
}

/// The credentials the operation accepts.
fn credentials(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    if old.security != new.security {
        let shown = |s: &[String]| {
            if s.is_empty() {
                "none".to_string()
            } else {
                s.join(" | ")
            }
        };
        // No credentials needed now, or every credential set accepted before still works:
        // nothing breaks.
        let relaxed = new.security.iter().any(|s| s == "none")
            || old.security.iter().all(|s| new.security.contains(s));
        let level = if relaxed {
            Level::Patch
        } else {
            Level::Breaking
        };
        c.push(
            level,
            subject,
            format!(
                "credentials: {} -> {}",
                shown(&old.security),
                shown(&new.security)
            ),
        );
    }
}

/// Pagination gained, lost or changed.
fn pagination(c: &mut Collector, subject: &str, old: &OpSurface, new: &OpSurface) {
    match (&old.pagination, &new.pagination) {
        (None, Some(p)) => c.push(
            Level::Addition,
            subject,
            format!("now paginated ({}; .pages() and .items() added)", p.kind),
        ),
        (Some(p), None) => c.push(
            Level::Breaking,
            subject,
            format!(
                "no longer paginated (was {}; .pages() and .items() removed)",
                p.kind
            ),
        ),
        (Some(a), Some(b)) => {
            if a.item != b.item {
                c.push(
                    Level::Breaking,
                    subject,
                    format!(".items() yields {} (was {})", b.item, a.item),
                );
            }
            if a.kind != b.kind || a.records != b.records {
                c.push(
                    Level::Patch,
                    subject,
                    format!(
                        "pagination {} over `{}` -> {} over `{}`",
                        a.kind, a.records, b.kind, b.records
                    ),
                );
            }
        }
        (None, None) => {}
    }
}

fn types(c: &mut Collector, old: &Surface, new: &Surface) {
    for (name, t) in &old.types {
        let subject = format!("type {name}");
        let Some(n) = new.types.get(name) else {
            c.push(
                Level::Breaking,
                subject,
                format!("removed ({} from {})", t.kind(), t.schema()),
            );
            continue;
        };
        match (t, n) {
            (
                TypeSurface::Struct {
                    fields: a,
                    extra: ea,
                    ..
                },
                TypeSurface::Struct {
                    fields: b,
                    extra: eb,
                    usage,
                    ..
                },
            ) => {
                struct_fields(c, &subject, (a, ea), (b, eb), usage);
            }
            (TypeSurface::Enum { values: a, .. }, TypeSurface::Enum { values: b, .. }) => {
                for v in a.iter().filter(|v| !b.contains(v)) {
                    c.push(
                        Level::Breaking,
                        &subject,
                        format!("enum value {v:?} removed"),
                    );
                }
                for v in b.iter().filter(|v| !a.contains(v)) {
                    c.push(Level::Addition, &subject, format!("enum value {v:?} added"));
                }
            }
            (
                TypeSurface::Union {
                    variants: a,
                    fallback: had_fallback,
                    ..
                },
                TypeSurface::Union {
                    variants: b,
                    fallback,
                    ..
                },
            ) => {
                union_variants(c, &subject, (a, had_fallback), (b, fallback));
            }
            (TypeSurface::Alias { ty: a, .. }, TypeSurface::Alias { ty: b, .. }) => {
                if a != b {
                    c.push(Level::Breaking, &subject, format!("{a} -> {b}"));
                }
            }
            _ => c.push(
                Level::Breaking,
                &subject,
                format!("{} -> {}", t.kind(), n.kind()),
            ),
        }
    }
    for (name, t) in &new.types {
        if !old.types.contains_key(name) {
            c.push(
                Level::Addition,
                format!("type {name}"),
                format!("added ({} from {})", t.kind(), t.schema()),
            );
        }
    }
}

/// A struct's fields removed, retyped or added (an addition breaks request types, which
/// users build with struct literals), and its additional properties.
fn struct_fields(
    c: &mut Collector,
    subject: &str,
    (a, ea): (&BTreeMap<String, String>, &Option<String>),
    (b, eb): (&BTreeMap<String, String>, &Option<String>),
    usage: &super::surface::Usage,
) {
    for (f, ty) in a {
        match b.get(f) {
            None => c.push(Level::Breaking, subject, format!("field `{f}` removed")),
            Some(nt) if nt != ty => c.push(
                Level::Breaking,
                subject,
                format!("field `{f}`: {ty} -> {nt}"),
            ),
            Some(_) => {}
        }
    }
    for (f, ty) in b {
        if a.contains_key(f) {
            continue;
        }
        if usage.in_requests() && !optional(ty) {
            c.push(
                Level::Breaking,
                subject,
                format!("required field `{f}` added ({ty}); requests must set it"),
            );
        } else if usage.in_requests() {
            // Users build request types with struct literals, which must name it.
            c.push(
                Level::Breaking,
                subject,
                format!("optional field `{f}` added ({ty}); struct literals must name it"),
            );
        } else {
            c.push(
                Level::Addition,
                subject,
                format!("field `{f}` added ({ty})"),
            );
        }
    }
    if ea != eb {
        let show = |e: &Option<String>| {
            e.clone()
                .map_or("none".into(), |t| format!("Map<String, {t}>"))
        };
        c.push(
            Level::Breaking,
            subject,
            format!("additional properties: {} -> {}", show(ea), show(eb)),
        );
    }
}

/// A union's variants removed, retyped or added, and its fallback variant.
fn union_variants(
    c: &mut Collector,
    subject: &str,
    (a, had_fallback): (&BTreeMap<String, String>, &bool),
    (b, fallback): (&BTreeMap<String, String>, &bool),
) {
    if *had_fallback && !*fallback {
        c.push(
            Level::Breaking,
            subject,
            "no discriminator any more: the `Unknown` variant is gone",
        );
    }
    for (v, ty) in a {
        match b.get(v) {
            None => c.push(Level::Breaking, subject, format!("variant `{v}` removed")),
            Some(nt) if nt != ty => c.push(
                Level::Breaking,
                subject,
                format!("variant `{v}`: {ty} -> {nt}"),
            ),
            Some(_) => {}
        }
    }
    for (v, ty) in b.iter().filter(|(v, _)| !a.contains_key(*v)) {
        let level = if *fallback {
            Level::Addition
        } else {
            Level::Breaking
        };
        let why = if *fallback {
            ""
        } else {
            "; untagged unions have no fallback variant"
        };
        c.push(level, subject, format!("variant `{v}` added ({ty}){why}"));
    }
}
