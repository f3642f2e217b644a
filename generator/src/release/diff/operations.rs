//! What changed in the operations: methods added or removed, and each one's parameters,
//! body, responses, credentials and pages.

use super::{optional, Collector, Level};
use crate::release::surface::{OpSurface, Surface};
use std::collections::BTreeMap;

pub(super) fn operations(c: &mut Collector, old: &Surface, new: &Surface) {
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
