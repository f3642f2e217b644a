//! The generated crate's version and CHANGELOG.md, moved on by each regeneration.

use super::diff::{Level, Report};
use serde::Deserialize;

/// `[release]` in `apitap.toml`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReleaseConfig {
    /// `auto` (default): bump by what `apitap diff` finds, following Cargo's rules (before 1.0 a
    /// breaking change bumps the minor part and anything else the patch part). `none` keeps
    /// the version. `major`, `minor` or `patch` force that bump whenever anything changed.
    #[serde(default = "auto")]
    pub bump: Bump,
    /// Version of a freshly generated crate.
    #[serde(default = "initial")]
    pub initial_version: String,
}

fn auto() -> Bump {
    Bump::Auto
}

fn initial() -> String {
    "0.1.0".into()
}

impl Default for ReleaseConfig {
    fn default() -> Self {
        ReleaseConfig {
            bump: Bump::Auto,
            initial_version: initial(),
        }
    }
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    Auto,
    None,
    Major,
    Minor,
    Patch,
}

/// Parse a crate version, or say what is wrong with it.
pub fn parse(version: &str) -> Result<semver::Version, String> {
    semver::Version::parse(version.trim())
        .map_err(|e| format!("`{version}` is not a semver version: {e}"))
}

/// The next version after `current` given the largest change level (`None`: nothing changed).
pub fn next(current: &semver::Version, level: Option<Level>, bump: Bump) -> semver::Version {
    let Some(level) = level else {
        return current.clone();
    };
    let part = match bump {
        Bump::None => return current.clone(),
        Bump::Major => Level::Breaking,
        Bump::Minor => Level::Addition,
        Bump::Patch => Level::Patch,
        Bump::Auto => level,
    };
    let mut v = current.clone();
    v.build = semver::BuildMetadata::EMPTY;
    // A pre-release's own release comes next for a patch-level change (1.3.2-beta.1 -> 1.3.2).
    if !v.pre.is_empty() {
        v.pre = semver::Prerelease::EMPTY;
        if part == Level::Patch {
            return v;
        }
    }
    // Cargo treats the first non-zero part as the major one.
    let part = if v.major == 0 {
        match part {
            Level::Breaking => Level::Addition,
            _ => Level::Patch,
        }
    } else {
        part
    };
    match part {
        Level::Breaking => {
            v.major += 1;
            v.minor = 0;
            v.patch = 0;
        }
        Level::Addition => {
            v.minor += 1;
            v.patch = 0;
        }
        Level::Patch => v.patch += 1,
    }
    v
}

const HEADER: &str = "# Changelog\n\nWritten by apitap on each regeneration; newest first.\n";

/// The first CHANGELOG.md of a crate.
pub fn initial_changelog(version: &semver::Version, api: &str) -> String {
    format!("{HEADER}\n## {version}\n\nGenerated from {api}.\n")
}

/// `previous` with an entry for `version` put above the older ones.
pub fn prepend_entry(
    previous: &str,
    version: &semver::Version,
    api: &str,
    why: &str,
    report: &Report,
) -> String {
    let mut entry = format!("## {version}\n\nRegenerated from {api}.");
    if !why.is_empty() {
        entry.push(' ');
        entry.push_str(why);
    }
    entry.push('\n');
    for (level, title) in [
        (Level::Breaking, "Breaking changes"),
        (Level::Addition, "Added"),
        (Level::Patch, "Changed"),
    ] {
        let lines: Vec<_> = report.changes.iter().filter(|c| c.level == level).collect();
        if lines.is_empty() {
            continue;
        }
        entry.push_str(&format!("\n### {title}\n\n"));
        for c in lines {
            entry.push_str(&format!(
                "- {}: {}\n",
                c.subject,
                c.change.replace('\n', " ")
            ));
        }
    }
    // Entries start at the first `## `; anything above is the header, kept as the user wrote it.
    match previous.find("\n## ") {
        Some(at) => format!("{}{entry}{}", &previous[..at + 1], &previous[at..]),
        None => format!(
            "{}\n{entry}",
            previous.trim_end_matches('\n').to_string() + "\n"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> semver::Version {
        parse(s).unwrap()
    }

    #[test]
    fn cargo_rules_before_and_after_one() {
        assert_eq!(
            next(&v("0.3.2"), Some(Level::Breaking), Bump::Auto),
            v("0.4.0")
        );
        assert_eq!(
            next(&v("0.3.2"), Some(Level::Addition), Bump::Auto),
            v("0.3.3")
        );
        assert_eq!(
            next(&v("0.3.2"), Some(Level::Patch), Bump::Auto),
            v("0.3.3")
        );
        assert_eq!(
            next(&v("1.3.2"), Some(Level::Breaking), Bump::Auto),
            v("2.0.0")
        );
        assert_eq!(
            next(&v("1.3.2"), Some(Level::Addition), Bump::Auto),
            v("1.4.0")
        );
        assert_eq!(
            next(&v("1.3.2"), Some(Level::Patch), Bump::Auto),
            v("1.3.3")
        );
        assert_eq!(next(&v("1.3.2"), None, Bump::Auto), v("1.3.2"));
        assert_eq!(
            next(&v("1.3.2"), Some(Level::Breaking), Bump::None),
            v("1.3.2")
        );
        assert_eq!(
            next(&v("1.3.2"), Some(Level::Patch), Bump::Major),
            v("2.0.0")
        );
        assert_eq!(
            next(&v("1.3.2-beta.1"), Some(Level::Patch), Bump::Auto),
            v("1.3.2")
        );
        assert_eq!(
            next(&v("1.3.2-beta.1"), Some(Level::Breaking), Bump::Auto),
            v("2.0.0")
        );
    }

    #[test]
    fn entries_go_above_older_ones_and_below_the_header() {
        let first = initial_changelog(&v("0.1.0"), "Shop 1.0");
        let report = Report {
            changes: vec![super::super::diff::Change {
                level: Level::Addition,
                subject: "operation list".into(),
                change: "added (GET /list)".into(),
            }],
        };
        let second = prepend_entry(&first, &v("0.1.1"), "Shop 1.1", "", &report);
        let at_new = second.find("## 0.1.1").unwrap();
        let at_old = second.find("## 0.1.0").unwrap();
        assert!(second.starts_with("# Changelog"));
        assert!(at_new < at_old, "{second}");
        assert!(
            second.contains("### Added\n\n- operation list: added (GET /list)\n"),
            "{second}"
        );
    }
}
