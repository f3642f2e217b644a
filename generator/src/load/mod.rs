//! Loading: read the spec and every file its `$ref`s reach, and resolve references.
//!
//! Files are parsed into `serde_json::Value` (YAML is converted, keys stringified) and kept
//! in a [`Source`]. All files reachable through `$ref` are loaded up front, so later stages
//! work on an immutable source. A referenced file that cannot be read or parsed is left
//! out with a warning: the references into it dangle, and each degrades where it is used.

pub mod document;
mod json;
mod parse;
pub mod pointer;

pub use document::{Document, Method};

use crate::diag::{Error, Result, Warning, WarningCode};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Index of a loaded file in [`Source::files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// A location in the loaded source: a file and a JSON pointer inside it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    pub file: FileId,
    pub pointer: String,
}

impl Loc {
    /// The location of `key` below this one.
    pub fn child(&self, key: &str) -> Loc {
        Loc {
            file: self.file,
            pointer: format!("{}/{}", self.pointer, pointer::escape(key)),
        }
    }

    pub fn index(&self, i: usize) -> Loc {
        Loc {
            file: self.file,
            pointer: format!("{}/{i}", self.pointer),
        }
    }
}

/// One parsed file.
#[derive(Debug)]
pub struct File {
    pub path: PathBuf,
    /// Path as shown to users: relative to the root spec's folder.
    pub display: String,
    pub root: Value,
}

/// All files of one spec.
#[derive(Debug)]
pub struct Source {
    pub files: Vec<File>,
    /// Canonical path → file, to resolve references to other files.
    by_path: HashMap<PathBuf, FileId>,
    /// Per file, the file part of each `$ref` it holds (as written) → the file it names, so
    /// resolving a reference asks the file system nothing (DigitalOcean's 2,900 files hold
    /// 9,500 such references, resolved again wherever they are used).
    links: Vec<HashMap<String, FileId>>,
    /// SHA-256 of the root file's bytes (hex), for the lock file.
    pub root_sha256: String,
    /// Referenced files that could not be read or parsed.
    pub warnings: Vec<Warning>,
    /// Files that `$ref`s name but that could not be read or parsed (a build script watches
    /// them too, so creating or fixing one regenerates).
    pub unreadable: Vec<PathBuf>,
}

impl Source {
    /// Read `path` and every file reachable from it through `$ref`.
    pub fn load(path: &Path) -> Result<Source> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Source::from_bytes(path, bytes)
    }

    /// A spec held in memory, parsed as the file `path` would be (JSON or YAML by its
    /// extension and content); relative `$ref`s to other files are read from `path`'s folder.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Source> {
        // Hashing a large spec takes a few milliseconds: beside the parse, not after it.
        let (root, sha256) =
            rayon::join(|| parse::parse(path, &bytes), || crate::sha256_hex(&bytes));
        Source::from_value(path, root?, sha256)
    }

    /// A spec already parsed; `sha256` is its hash in `apitap.lock` (of the bytes it was
    /// read from).
    pub fn from_value(path: &Path, root: Value, sha256: String) -> Result<Source> {
        let base_dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        let mut source = Source {
            files: vec![File {
                path: path.to_path_buf(),
                display: display_name(&base_dir, path),
                root,
            }],
            root_sha256: sha256,
            by_path: HashMap::new(),
            links: Vec::new(),
            warnings: Vec::new(),
            unreadable: Vec::new(),
        };
        let mut by_path: HashMap<PathBuf, FileId> = HashMap::new();
        let mut unreadable: std::collections::HashSet<PathBuf> = Default::default();
        by_path.insert(canonical(path), FileId(0));
        // Breadth first, a level of files at a time: each level's references are collected
        // and its new files read and parsed on all cores (a spec split over thousands of
        // files spent most of its load here), then added in the order a one-file-at-a-time
        // walk would add them, so file ids and warnings do not depend on the threads.
        let mut level = 0..source.files.len();
        while !level.is_empty() {
            let mut refs: Vec<Vec<FileRef>> = source.files[level.clone()]
                .par_iter()
                .map(file_refs)
                .collect();
            canonicalize_keys(&mut refs);
            let mut level_links: Vec<Vec<(String, PathBuf)>> = Vec::with_capacity(refs.len());
            let mut wanted: Vec<FileRef> = Vec::new();
            let mut seen: std::collections::HashSet<PathBuf> = Default::default();
            for (offset, file_refs) in refs.into_iter().enumerate() {
                let mut links = Vec::with_capacity(file_refs.len());
                for mut r in file_refs {
                    links.push((file_part(&r.reference).to_string(), r.key.clone()));
                    if by_path.contains_key(&r.key)
                        || unreadable.contains(&r.key)
                        || !seen.insert(r.key.clone())
                    {
                        continue;
                    }
                    r.location = format!(
                        "{}#{}",
                        source.files[level.start + offset].display,
                        r.location
                    );
                    wanted.push(r);
                }
                level_links.push(links);
            }
            let parsed: Vec<std::result::Result<Value, String>> = wanted
                .par_iter()
                .map(|r| {
                    std::fs::read(&r.target)
                        .map_err(|e| format!("cannot read {}: {e}", r.target.display()))
                        .and_then(|bytes| {
                            parse::parse(&r.target, &bytes).map_err(|e| e.to_string())
                        })
                })
                .collect();
            let start = source.files.len();
            for (r, parsed) in wanted.into_iter().zip(parsed) {
                match parsed {
                    Ok(root) => {
                        by_path.insert(r.key, FileId(source.files.len()));
                        source.files.push(File {
                            display: display_name(&base_dir, &r.target),
                            path: r.target,
                            root,
                        });
                    }
                    Err(message) => {
                        // Every reference into the file dangles and degrades where it is used.
                        source.warnings.push(Warning {
                            code: WarningCode::Degraded,
                            location: r.location,
                            message: format!(
                                "$ref `{}`: {message}; what it points to is left out",
                                r.reference
                            ),
                        });
                        source.unreadable.push(r.target);
                        unreadable.insert(r.key);
                    }
                }
            }
            // Every file this level names is loaded or known unreadable by now.
            for links in level_links {
                source.links.push(
                    links
                        .into_iter()
                        .filter_map(|(part, key)| Some((part, *by_path.get(&key)?)))
                        .collect(),
                );
            }
            level = start..source.files.len();
        }
        debug_assert_eq!(source.links.len(), source.files.len());
        source.by_path = by_path;
        Ok(source)
    }

    /// `file#pointer` as shown in diagnostics.
    pub fn display(&self, loc: &Loc) -> String {
        format!("{}#{}", self.files[loc.file.0].display, loc.pointer)
    }

    /// The value at `loc`, if any.
    pub fn get(&self, loc: &Loc) -> Option<&Value> {
        pointer::get(&self.files[loc.file.0].root, &loc.pointer)
    }

    /// Where the `$ref` string `reference`, written in `from`'s file, points.
    pub fn resolve_ref(&self, from: &Loc, reference: &str) -> Result<Loc> {
        let (file_part, fragment) = match reference.split_once('#') {
            Some((f, frag)) => (f, frag),
            None => (reference, ""),
        };
        let file = if file_part.is_empty() {
            from.file
        } else if let Some(id) = self.links.get(from.file.0).and_then(|l| l.get(file_part)) {
            *id
        } else {
            let dir = self.files[from.file.0]
                .path
                .parent()
                .unwrap_or(Path::new("."));
            let key = canonical(&dir.join(file_part));
            match self.by_path.get(&key) {
                Some(id) => *id,
                None => {
                    return Err(Error::DanglingRef {
                        location: self.display(from),
                        reference: reference.to_string(),
                        message: "the file could not be loaded".into(),
                    })
                }
            }
        };
        let pointer = pointer::decode_fragment(fragment);
        let loc = Loc { file, pointer };
        if self.get(&loc).is_none() {
            return Err(Error::DanglingRef {
                location: self.display(from),
                reference: reference.to_string(),
                message: format!("nothing at {}", self.display(&loc)),
            });
        }
        Ok(loc)
    }

    /// Follow `$ref`s from `loc` until a value that is not a reference.
    ///
    /// Returns the final location and value. A chain that comes back to itself is an error.
    pub fn deref(&self, loc: &Loc) -> Result<(Loc, &Value)> {
        let mut current = loc.clone();
        let mut seen: Vec<Loc> = Vec::new();
        loop {
            let value = self.get(&current).ok_or_else(|| Error::Spec {
                location: self.display(&current),
                message: "expected a value here, found nothing".into(),
            })?;
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    if seen.contains(&current) {
                        let chain = seen
                            .iter()
                            .map(|l| self.display(l))
                            .collect::<Vec<_>>()
                            .join(" -> ");
                        return Err(Error::RefCycle {
                            location: self.display(loc),
                            chain,
                        });
                    }
                    seen.push(current.clone());
                    current = self.resolve_ref(&current, reference)?;
                }
                None => return Ok((current, value)),
            }
        }
    }
}

/// A `$ref` to another file: where it was found (the pointer, made `file#pointer` once its
/// file's name is added), what it says, and the file it names.
struct FileRef {
    location: String,
    reference: String,
    target: PathBuf,
    /// `target`'s canonical path: empty until [`canonicalize_keys`] sets it for a whole
    /// level at once (each distinct target asks the file system once).
    key: PathBuf,
}

/// The references in `file` that name other files, in document order.
fn file_refs(file: &File) -> Vec<FileRef> {
    // A file's top-level members are walked on all cores, their refs kept in the order one
    // walk would find them.
    let refs: Vec<(String, String)> = match &file.root {
        Value::Object(map) if map.len() > 1 => {
            let mut refs = Vec::new();
            let top = Value::Object(
                map.iter()
                    .filter(|(k, _)| *k == "$ref")
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            );
            collect_file_refs(&top, &mut String::new(), &mut refs);
            let members: Vec<(&String, &Value)> = map.iter().collect();
            let each: Vec<Vec<(String, String)>> = members
                .par_iter()
                .map(|(key, child)| {
                    let mut out = Vec::new();
                    if *key != "$ref" && (child.is_object() || child.is_array()) {
                        let mut ptr = format!("/{}", pointer::escape(key));
                        collect_file_refs(child, &mut ptr, &mut out);
                    }
                    out
                })
                .collect();
            // The root's own `$ref` comes where the one-walk order put it: with its key.
            let at = map.keys().position(|k| k == "$ref");
            let mut ordered = Vec::new();
            for (i, found) in each.into_iter().enumerate() {
                if Some(i) == at {
                    ordered.append(&mut refs);
                }
                ordered.extend(found);
            }
            ordered
        }
        root => {
            let mut refs = Vec::new();
            collect_file_refs(root, &mut String::new(), &mut refs);
            refs
        }
    };
    let dir = file.path.parent().unwrap_or(Path::new("."));
    refs.into_iter()
        .map(|(ptr, reference)| {
            let target = dir.join(file_part(&reference));
            FileRef {
                location: ptr,
                key: PathBuf::new(),
                target,
                reference,
            }
        })
        .collect()
}

/// The part of a `$ref` before its `#`: the file it names, or empty for this file.
fn file_part(reference: &str) -> &str {
    reference.split('#').next().unwrap_or_default()
}

/// Set every reference's `key` to its target's canonical path, asking the file system once
/// per distinct target (each `canonicalize` reads every link on the path).
fn canonicalize_keys(refs: &mut [Vec<FileRef>]) {
    // Keyed by spelling, not by `Path` equality, which ignores a trailing `/` that the
    // file system does not (`b.yaml/` fails where `b.yaml` does not).
    let mut targets: Vec<&std::ffi::OsStr> = refs
        .iter()
        .flatten()
        .map(|r| r.target.as_os_str())
        .collect();
    targets.sort_unstable();
    targets.dedup();
    let keys: HashMap<std::ffi::OsString, PathBuf> = targets
        .par_iter()
        .map(|t| (t.to_os_string(), canonical(Path::new(t))))
        .collect();
    for r in refs.iter_mut().flatten() {
        r.key = keys[r.target.as_os_str()].clone();
    }
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn display_name(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// Every `$ref` in `value` that names another file, with the pointer where it was found.
/// `ptr` is the pointer of `value`; it is extended and restored in place (no string per node).
fn collect_file_refs(value: &Value, ptr: &mut String, out: &mut Vec<(String, String)>) {
    let len = ptr.len();
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if key == "$ref" {
                    if let Some(r) = child.as_str() {
                        if !r.starts_with('#') && !r.is_empty() && !r.contains("://") {
                            out.push((ptr.clone(), r.to_string()));
                        }
                    }
                    continue;
                }
                if child.is_object() || child.is_array() {
                    ptr.push('/');
                    ptr.push_str(&pointer::escape(key));
                    collect_file_refs(child, ptr, out);
                    ptr.truncate(len);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                if child.is_object() || child.is_array() {
                    use std::fmt::Write;
                    let _ = write!(ptr, "/{i}");
                    collect_file_refs(child, ptr, out);
                    ptr.truncate(len);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// References to one file, however they spell its path (through `..`, `./` or a
    /// symbolic link to its folder), reach one loaded file; one to a missing file dangles;
    /// the same spelling in two folders names two files. References written in a file
    /// resolve from what was loaded, without the file system.
    #[cfg(unix)]
    #[test]
    fn one_file_however_its_path_is_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root.yaml");
        std::fs::create_dir(dir.path().join("parts")).unwrap();
        std::fs::create_dir(dir.path().join("other")).unwrap();
        std::fs::write(
            &root,
            "a: {$ref: 'parts/a.yaml#/A'}\nb: {$ref: './parts/../parts/b.yaml#/B'}\n\
             c: {$ref: 'link/b.yaml#/B'}\nd: {$ref: 'missing.yaml#/D'}\n\
             o: {$ref: 'other/a.yaml#/O'}\n",
        )
        .unwrap();
        std::fs::write(
            dir.path().join("parts/a.yaml"),
            "A: {x: {$ref: 'b.yaml#/B'}, y: {$ref: '../parts/b.yaml'}}\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("parts/b.yaml"), "B: {type: string}\n").unwrap();
        std::fs::write(dir.path().join("other/a.yaml"), "O: {$ref: 'b.yaml#/B'}\n").unwrap();
        std::fs::write(dir.path().join("other/b.yaml"), "B: {type: integer}\n").unwrap();
        std::os::unix::fs::symlink(dir.path().join("parts"), dir.path().join("link")).unwrap();
        let source = Source::load(&root).unwrap();
        assert_eq!(
            source.files.len(),
            5,
            "root, a and b of each folder, each once"
        );
        assert_eq!(source.warnings.len(), 1, "{:?}", source.warnings);
        // From here on, the files are gone: what resolves, resolves from the load.
        std::fs::rename(dir.path().join("parts"), dir.path().join("gone")).unwrap();
        std::fs::rename(dir.path().join("other"), dir.path().join("gone2")).unwrap();
        let at = |file: usize, pointer: &str| Loc {
            file: FileId(file),
            pointer: pointer.into(),
        };
        let b = source
            .resolve_ref(&at(0, "/b"), "./parts/../parts/b.yaml#/B")
            .unwrap();
        assert_eq!(source.get(&b), Some(&serde_json::json!({"type": "string"})));
        let a = source.resolve_ref(&at(0, "/a"), "parts/a.yaml#/A").unwrap();
        assert_ne!(a.file, b.file);
        for (from, reference) in [
            (at(a.file.0, "/A/x"), "b.yaml#/B"),
            (at(a.file.0, "/A/y"), "../parts/b.yaml#/B"),
            (at(0, "/c"), "link/b.yaml#/B"),
        ] {
            assert_eq!(
                source.resolve_ref(&from, reference).unwrap(),
                b,
                "{reference}"
            );
        }
        let o = source.resolve_ref(&at(0, "/o"), "other/a.yaml#/O").unwrap();
        let other_b = source.resolve_ref(&o, "b.yaml#/B").unwrap();
        assert_eq!(
            source.get(&other_b),
            Some(&serde_json::json!({"type": "integer"}))
        );
        // Not written in any file: looked up on the file system, where it is gone now.
        for (from, reference) in [
            (at(0, "/e"), "parts/../parts/b.yaml#/B"),
            (at(0, "/d"), "missing.yaml#/D"),
        ] {
            let found = source.resolve_ref(&from, reference);
            assert!(matches!(found, Err(Error::DanglingRef { .. })), "{found:?}");
        }
    }
}
