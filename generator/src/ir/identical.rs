//! One definition for types a spec writes out several times.
//!
//! Specs inline the same object again and again: GitHub's webhook payloads each spell out
//! the same user, repository and pull request objects, so its 969 schemas become 7,330
//! types and more than half of the crate's lines are copies. Types that are the same in
//! every respect but their place in the spec (kind, fields and their types, docs, examples,
//! constraints, and the same of every type they refer to, recursively) become one: every
//! reference names the chosen type, and each copy stays as a `pub type` alias of it, so a
//! name user code holds keeps compiling. `[types] merge_identical = false` in
//! `apitap.toml` keeps the copies apart.
//!
//! A record type stays itself: what an operation returns on success, and the objects of an
//! array there, are the rows of a table named after them. Two resources that happen to be
//! spelled alike (`/tags` and `/labels`, both `{id, name}`) are two tables; merged, their
//! streams would write one table and overwrite each other's rows by id.
//!
//! Equality is decided by partition refinement (as in minimizing an automaton): types start
//! in classes by what they say themselves, with every type they refer to left out, and a
//! class splits while its members refer to types of different classes. What remains is the
//! coarsest partition that holds, which also merges identical recursive structures.

use super::{Api, TypeDef, TypeId, TypeKind, TypeRef};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::hash::Hash;

/// Merges identical types in `api`. Returns copy → the type it now names, for `explain`.
pub fn merge(api: &mut Api) -> BTreeMap<TypeId, TypeId> {
    let defs = &api.types.defs;
    let classes = classes(defs, &record_types(api));
    let reachable = reachable_from_operations(api);
    // Per class, its members; the one kept is a type some operation uses if any (its module
    // is compiled with the groups that use it), then the one of the shortest spec path (a
    // component schema before an inline copy of it), then the first.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, c) in classes.iter().enumerate() {
        members.entry(*c).or_default().push(i);
    }
    let mut target: Vec<usize> = (0..defs.len()).collect();
    for group in members.values().filter(|m| m.len() > 1) {
        let kept = *group
            .iter()
            .min_by_key(|i| (!reachable[**i], defs[**i].hint.len(), **i))
            .expect("a class has members");
        group.iter().for_each(|i| target[*i] = kept);
    }
    let merged: BTreeMap<TypeId, TypeId> = target
        .iter()
        .enumerate()
        .filter(|(i, t)| *i != **t)
        .map(|(i, t)| (TypeId(i), TypeId(*t)))
        .collect();
    if merged.is_empty() {
        return merged;
    }
    let to = |id: TypeId| TypeId(target[id.0]);
    for (i, def) in api.types.defs.iter_mut().enumerate() {
        if target[i] == i {
            def.kind.map_refs(&to);
        } else {
            // The copy's examples are its target's: checked there, once.
            def.kind = TypeKind::Alias(TypeRef::Named(TypeId(target[i])));
            def.examples.clear();
        }
    }
    for op in &mut api.operations {
        op.params.iter_mut().for_each(|p| p.ty.map_refs(&to));
        if let Some(b) = &mut op.body {
            b.ty.map_refs(&to);
        }
        for r in &mut op.responses {
            if let Some(t) = &mut r.ty {
                t.map_refs(&to);
            }
        }
    }
    merged
}

/// The class of each type: equal classes, identical types.
fn classes(defs: &[TypeDef], records: &[bool]) -> Vec<usize> {
    // What each type says itself, with the types it refers to left out; then, until no
    // class splits, its class and the classes of the types it refers to, in order.
    let keys: Vec<OwnKey> = defs
        .par_iter()
        .enumerate()
        .map(|(i, d)| own_key(i, d, records[i]))
        .collect();
    let mut class: Vec<usize> = number(keys.into_iter());
    let refs: Vec<Vec<usize>> = defs
        .iter()
        .map(|d| {
            let mut out = Vec::new();
            d.kind.for_each_ref(&mut |id| out.push(id.0));
            out
        })
        .collect();
    let mut count = distinct(&class);
    loop {
        let next = number(
            refs.iter()
                .enumerate()
                .map(|(i, r)| (class[i], r.iter().map(|j| class[*j]).collect::<Vec<_>>())),
        );
        let next_count = distinct(&next);
        class = next;
        if next_count == count {
            return class;
        }
        count = next_count;
    }
}

/// Numbers equal keys alike, in order of first appearance.
fn number<K: Hash + Eq>(keys: impl Iterator<Item = K>) -> Vec<usize> {
    let mut seen: HashMap<K, usize> = HashMap::new();
    keys.map(|k| {
        let n = seen.len();
        *seen.entry(k).or_insert(n)
    })
    .collect()
}

fn distinct(class: &[usize]) -> usize {
    class.iter().max().map_or(0, |m| m + 1)
}

/// What a type says itself, every reference to another type made the same, with its doc,
/// examples and vendor resource id: everything but its place in the spec (hint, location).
/// Aliases (`type Ids = Vec<String>`) are kept apart: they cost the compiler nothing, and
/// one naming another would only add a step. So are record types (see the module's doc) and
/// a `Pending` type (never left after conversion).
#[derive(PartialEq, Eq, Hash)]
enum OwnKey {
    Apart(usize),
    /// SHA-256 of the type's `Debug` text with its references masked: equal exactly when
    /// the texts are, barring a SHA-256 collision (a large spec's texts run to megabytes; their digests are compared
    /// instead of keeping them all).
    Said([u8; 32]),
}

fn own_key(index: usize, def: &TypeDef, record: bool) -> OwnKey {
    if record {
        return OwnKey::Apart(index);
    }
    let mut kind = def.kind.clone();
    kind.map_refs(&|_| TypeId(usize::MAX));
    match kind {
        TypeKind::Pending | TypeKind::Alias(_) => OwnKey::Apart(index),
        kind => {
            // The text is built in one buffer per thread and hashed whole: hashing it piece
            // by piece as it is formatted cost more than the formatting.
            thread_local! {
                static TEXT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
            }
            TEXT.with_borrow_mut(|text| {
                text.clear();
                // Writing into a String cannot fail.
                let _ = write!(
                    text,
                    "{kind:?} {:?} {:?} {:?}",
                    def.doc, def.examples, def.resource_id
                );
                OwnKey::Said(Sha256::digest(text.as_bytes()).into())
            })
        }
    }
}

/// Types that may be the records of a table: the struct an operation returns on success,
/// and the structs of an array it returns or holds in a field, one or two levels down
/// (`data: [...]`, `_embedded: {items: [...]}`). A superset of what flattening picks (it
/// needs pagination decisions, made later), which only keeps a few more types apart.
fn record_types(api: &Api) -> Vec<bool> {
    let space = &api.types;
    let mut out = vec![false; space.defs.len()];
    fn mark(space: &super::TypeSpace, ty: &TypeRef, depth: usize, out: &mut Vec<bool>) {
        match space.resolve(ty) {
            TypeRef::Array(item) => {
                if let Some((id, _)) = space.struct_of(item) {
                    out[id.0] = true;
                }
            }
            TypeRef::Named(_) if depth > 0 => {
                if let Some((_, fields)) = space.struct_of(ty) {
                    for f in fields {
                        mark(space, &f.ty, depth - 1, out);
                    }
                }
            }
            _ => {}
        }
    }
    for op in &api.operations {
        let Some(ty) = op.success().and_then(|r| r.ty.as_ref()) else {
            continue;
        };
        if let Some((id, _)) = space.struct_of(ty) {
            out[id.0] = true;
        }
        mark(space, ty, 2, &mut out);
    }
    out
}

/// Which types some operation takes or returns, directly or through other types.
fn reachable_from_operations(api: &Api) -> Vec<bool> {
    let seen = api.types.reachable(api.operations.iter().flat_map(|op| {
        op.params
            .iter()
            .map(|p| &p.ty)
            .chain(op.body.iter().map(|b| &b.ty))
            .chain(op.responses.iter().filter_map(|r| r.ty.as_ref()))
    }));
    (0..api.types.defs.len())
        .map(|i| seen.contains(&i))
        .collect()
}

impl TypeRef {
    /// Every named type this refers to, in order.
    pub fn for_each_ref(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeRef::Named(id) | TypeRef::Expandable(id) => f(*id),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                inner.for_each_ref(f)
            }
            TypeRef::String
            | TypeRef::Integer(_)
            | TypeRef::Number(_)
            | TypeRef::Boolean
            | TypeRef::Binary
            | TypeRef::Any => {}
        }
    }

    /// Replaces every named type this refers to by `f` of it.
    pub fn map_refs(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            TypeRef::Named(id) | TypeRef::Expandable(id) => *id = f(*id),
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                inner.map_refs(f)
            }
            TypeRef::String
            | TypeRef::Integer(_)
            | TypeRef::Number(_)
            | TypeRef::Boolean
            | TypeRef::Binary
            | TypeRef::Any => {}
        }
    }
}

impl TypeKind {
    /// Every named type a definition refers to, in order.
    pub fn for_each_ref(&self, f: &mut impl FnMut(TypeId)) {
        match self {
            TypeKind::Struct { fields, additional } => {
                fields.iter().for_each(|x| x.ty.for_each_ref(f));
                additional.iter().for_each(|t| t.for_each_ref(f));
            }
            TypeKind::Union { variants, .. } => variants.iter().for_each(|v| v.ty.for_each_ref(f)),
            TypeKind::Alias(t) => t.for_each_ref(f),
            TypeKind::StringEnum { .. } | TypeKind::Pending => {}
        }
    }

    /// Replaces every named type a definition refers to by `f` of it.
    pub fn map_refs(&mut self, f: &impl Fn(TypeId) -> TypeId) {
        match self {
            TypeKind::Struct { fields, additional } => {
                fields.iter_mut().for_each(|x| x.ty.map_refs(f));
                additional.iter_mut().for_each(|t| t.map_refs(f));
            }
            TypeKind::Union { variants, .. } => variants.iter_mut().for_each(|v| v.ty.map_refs(f)),
            TypeKind::Alias(t) => t.map_refs(f),
            TypeKind::StringEnum { .. } | TypeKind::Pending => {}
        }
    }
}
