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

mod aliases;
mod operations;
mod types;

use super::surface::Surface;
use operations::operations;
use serde::Serialize;
use types::types;

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

/// Every change from `old` to `new`, breaking first. Types are compared through aliases of
/// other types, as the compiler sees them.
pub fn diff(old: &Surface, new: &Surface) -> Report {
    let originals = (old, new);
    let (old, new) = aliases::resolved(old, new);
    let (old, new) = (&old, &new);
    let mut c = Collector {
        changes: Vec::new(),
    };
    auth(&mut c, old, new);
    features(&mut c, old, new);
    operations(&mut c, old, new);
    types(&mut c, (old, new), originals);
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
