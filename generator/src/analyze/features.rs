//! Cargo features per operation group, so that users of a large API compile only what they use.
//!
//! Each operation module (one per tag, or per first path segment for untagged operations) is a
//! feature. A type module is compiled when some enabled feature needs it: its operations take
//! or return one of its types, directly or through other types. Type modules compile whole, so
//! the closure is taken over modules. `full` enables every group and is the default.
//!
//! An *expandable* field (`anyOf: [id, object]`) does not count as need: the API sends the id
//! unless the request asks for the object, and on Stripe these references tie most of the API
//! into every group. Such a field whose type is not compiled wherever its struct is becomes
//! *deferred*: held as `Expandable<serde_json::Value>`, with a `<field>_typed()` method that
//! decodes it, compiled with the groups that compile its type. Which fields are deferred
//! depends on the spec only, never on the features enabled, so features stay additive.

use super::{OpNames, TypeNames};
use crate::ir::{Api, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The feature that enables every operation group.
pub const FULL: &str = "full";

/// When a piece of generated code is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Needed by every group (or there is only one): no `cfg`.
    Always,
    /// Needed by these groups only.
    Groups(BTreeSet<String>),
    /// Needed by no operation: compiled with `full` only.
    Full,
}

impl Gate {
    /// Code under `self` is compiled whenever code under `other` is.
    pub fn covers(&self, other: &Gate) -> bool {
        match (self, other) {
            (Gate::Always, _) | (Gate::Groups(_) | Gate::Full, Gate::Full) => true,
            (Gate::Groups(a), Gate::Groups(b)) => b.is_subset(a),
            (_, Gate::Always) | (Gate::Full, Gate::Groups(_)) => false,
        }
    }
}

/// An expandable struct field held as `Expandable<serde_json::Value>`, because its type is
/// not compiled wherever the struct is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    /// The named type the field refers to.
    pub target: TypeId,
}

#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Every operation group's feature, sorted (the operation modules' names).
    pub groups: Vec<String>,
    /// Type module → when it is compiled.
    pub type_modules: BTreeMap<String, Gate>,
    /// (struct, field index) → the deferred field's type.
    pub deferred: BTreeMap<(TypeId, usize), Deferred>,
}

impl Features {
    /// When the type module `module` is compiled.
    pub fn type_gate(&self, module: &str) -> &Gate {
        self.type_modules.get(module).unwrap_or(&Gate::Always)
    }

    /// When the operation module `module` is compiled.
    pub fn op_gate(&self, module: &str) -> Gate {
        if self.groups.len() <= 1 {
            Gate::Always
        } else {
            Gate::Groups([module.to_string()].into_iter().collect())
        }
    }
}

/// Named types a type refers to directly.
fn refs(ty: &TypeRef, out: &mut Vec<usize>) {
    match ty {
        TypeRef::Named(id) | TypeRef::Expandable(id) => out.push(id.0),
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => refs(inner, out),
        _ => {}
    }
}

/// The innermost type of a field (under arrays, maps and nullability).
fn leaf(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => leaf(inner),
        t => t,
    }
}

/// An expandable struct field: it does not count as need, and is deferred where its type is
/// not compiled wherever its struct is.
struct Expandable {
    owner: TypeId,
    field: usize,
    target: TypeId,
}

/// The type modules and the references between them.
struct Graph<'a> {
    modules: Vec<&'a str>,
    module_of: Vec<usize>,
    /// Module → modules its types need.
    edges: Vec<Vec<usize>>,
    expandable: Vec<Expandable>,
}

fn graph<'a>(api: &Api, types: &'a [TypeNames], request_types: &BTreeSet<usize>) -> Graph<'a> {
    let modules: Vec<&str> = types
        .iter()
        .map(|t| t.module.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index: HashMap<&str, usize> = modules.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let module_of: Vec<usize> = types.iter().map(|t| index[t.module.as_str()]).collect();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); modules.len()];
    let mut expandable = Vec::new();
    let mut out = Vec::new();
    for (i, def) in api.types.defs.iter().enumerate() {
        out.clear();
        match &def.kind {
            TypeKind::Struct { fields, additional } => {
                for (j, f) in fields.iter().enumerate() {
                    match leaf(&f.ty) {
                        // Request types are built by callers, who need the object typed.
                        TypeRef::Expandable(t) if !request_types.contains(&i) => {
                            expandable.push(Expandable {
                                owner: TypeId(i),
                                field: j,
                                target: *t,
                            })
                        }
                        t => refs(t, &mut out),
                    }
                }
                if let Some(a) = additional {
                    refs(a, &mut out);
                }
            }
            TypeKind::Union { variants, .. } => variants.iter().for_each(|v| refs(&v.ty, &mut out)),
            TypeKind::Alias(t) => refs(t, &mut out),
            TypeKind::StringEnum { .. } | TypeKind::Pending => {}
        }
        edges[module_of[i]].extend(out.iter().map(|j| module_of[*j]));
    }
    for e in &mut edges {
        e.sort_unstable();
        e.dedup();
    }
    Graph {
        modules,
        module_of,
        edges,
        expandable,
    }
}

pub fn plan(
    api: &Api,
    types: &[TypeNames],
    ops: &[OpNames],
    request_types: &BTreeSet<usize>,
) -> Features {
    let groups: BTreeSet<String> = ops.iter().map(|o| o.module.clone()).collect();
    let g = graph(api, types, request_types);
    let mut needed_by: Vec<BTreeSet<String>> = vec![BTreeSet::new(); g.modules.len()];
    for group in &groups {
        let mut roots = Vec::new();
        for (op, names) in api.operations.iter().zip(ops) {
            if &names.module != group {
                continue;
            }
            op.params.iter().for_each(|p| refs(&p.ty, &mut roots));
            if let Some(b) = &op.body {
                refs(&b.ty, &mut roots);
            }
            for r in &op.responses {
                if let Some(t) = &r.ty {
                    refs(t, &mut roots);
                }
            }
        }
        let mut stack: Vec<usize> = roots.iter().map(|i| g.module_of[*i]).collect();
        while let Some(m) = stack.pop() {
            if needed_by[m].insert(group.clone()) {
                stack.extend(g.edges[m].iter().copied());
            }
        }
    }
    let gates: Vec<Gate> = needed_by
        .into_iter()
        .map(|g| match g {
            _ if groups.len() <= 1 => Gate::Always,
            g if g.is_empty() => Gate::Full,
            g if g.len() == groups.len() => Gate::Always,
            g => Gate::Groups(g),
        })
        .collect();
    let deferred = g
        .expandable
        .iter()
        .filter(|e| !gates[g.module_of[e.target.0]].covers(&gates[g.module_of[e.owner.0]]))
        .map(|e| ((e.owner, e.field), Deferred { target: e.target }))
        .collect();
    Features {
        groups: groups.into_iter().collect(),
        type_modules: g
            .modules
            .iter()
            .zip(gates)
            .map(|(m, gate)| (m.to_string(), gate))
            .collect(),
        deferred,
    }
}
