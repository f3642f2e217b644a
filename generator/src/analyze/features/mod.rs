//! Cargo features per operation group, so that users of a large API compile only what they use.
//!
//! Each operation module (one per tag, or per first path segment for untagged operations) is a
//! feature. A type module is compiled when some enabled feature needs it: its operations take
//! or return one of its types, directly or through other types. Type modules compile whole, so
//! the closure is taken over modules. `full` enables every group and is the default.
//!
//! Two kinds of reference would otherwise tie most of a large API into every group, although
//! a group's user rarely reads through them, so they do not count as need:
//! - an *expandable* field (`anyOf: [id, object]`): the API sends the id unless the request
//!   asks for the object;
//! - below an error response, a field of a detail type naming a *resource* (a type some
//!   operation takes or returns itself): Stripe's error object holds the PaymentIntent,
//!   SetupIntent and PaymentMethod concerned, which would pull a third of the API into every
//!   group. Fields of resources reached below errors all count.
//!
//! Such a field whose type is not compiled wherever its struct is becomes *deferred*: held as
//! JSON (`Expandable<serde_json::Value>`, or `serde_json::Value`), with a `<field>_typed()`
//! method that decodes it, compiled with the groups that compile its type; a table reading it
//! stores it as one JSON column. Which fields are deferred depends on the spec only, never on
//! the features enabled, so features stay additive.

use super::{OpNames, TypeNames};
use crate::ir::{Api, TypeId, TypeKind, TypeRef};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub mod explain;

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

/// A struct field held as JSON because its type is not compiled wherever the struct is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deferred {
    /// The named type the field refers to.
    pub target: TypeId,
    pub reason: DeferReason,
}

/// Why a reference does not count as need, which also says how the field is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeferReason {
    /// An expandable field (the API sends the id unless asked to expand it): held as
    /// `Expandable<serde_json::Value>`.
    Expandable,
    /// A field naming a resource below an error response: held as `serde_json::Value`.
    ErrorDetail,
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
    ty.for_each_ref(&mut |id| out.push(id.0));
}

/// The innermost type of a field (under arrays, maps and nullability).
fn leaf(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => leaf(inner),
        t => t,
    }
}

/// A struct field that may be deferred: an expandable one, or any naming a type.
struct Reference {
    owner: TypeId,
    field: usize,
    target: TypeId,
    reason: DeferReason,
}

/// The type modules and the references between them.
struct Graph<'a> {
    modules: Vec<&'a str>,
    module_of: Vec<usize>,
    /// Module → modules its types need, except through struct fields naming a type.
    edges: Vec<Vec<usize>>,
    /// Module → modules its struct fields name: they count, except below error responses
    /// where they name a resource.
    field_edges: Vec<Vec<usize>>,
    references: Vec<Reference>,
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
    let mut field_edges: Vec<Vec<usize>> = vec![Vec::new(); modules.len()];
    let mut references = Vec::new();
    let mut out = Vec::new();
    for (i, def) in api.types.defs.iter().enumerate() {
        out.clear();
        let m = module_of[i];
        match &def.kind {
            TypeKind::Struct { fields, additional } => {
                for (j, f) in fields.iter().enumerate() {
                    let (target, reason) = match leaf(&f.ty) {
                        // Request types are built by callers, who need the object typed.
                        TypeRef::Expandable(t) if !request_types.contains(&i) => {
                            (*t, DeferReason::Expandable)
                        }
                        TypeRef::Named(t) => {
                            field_edges[m].push(module_of[t.0]);
                            (*t, DeferReason::ErrorDetail)
                        }
                        t => {
                            refs(t, &mut out);
                            continue;
                        }
                    };
                    references.push(Reference {
                        owner: TypeId(i),
                        field: j,
                        target,
                        reason,
                    });
                }
                if let Some(a) = additional {
                    refs(a, &mut out);
                }
            }
            TypeKind::Union { variants, .. } => variants.iter().for_each(|v| refs(&v.ty, &mut out)),
            TypeKind::Alias(t) => refs(t, &mut out),
            TypeKind::StringEnum { .. } | TypeKind::Pending => {}
        }
        edges[m].extend(out.iter().map(|j| module_of[*j]));
    }
    for e in edges.iter_mut().chain(field_edges.iter_mut()) {
        e.sort_unstable();
        e.dedup();
    }
    Graph {
        modules,
        module_of,
        edges,
        field_edges,
        references,
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
    let n = g.modules.len();
    // Per group: what its operations take and return on success, and return on error.
    let mut roots: BTreeMap<&str, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (op, names) in api.operations.iter().zip(ops) {
        let (ok, err) = roots.entry(names.module.as_str()).or_default();
        op.params.iter().for_each(|p| refs(&p.ty, ok));
        if let Some(b) = &op.body {
            refs(&b.ty, ok);
        }
        for r in &op.responses {
            if let Some(t) = &r.ty {
                refs(
                    t,
                    if r.status.is_success() {
                        &mut *ok
                    } else {
                        &mut *err
                    },
                );
            }
        }
    }
    // Resources: modules of types an operation takes or returns itself.
    let mut resource = vec![false; n];
    for (ok, _) in roots.values() {
        ok.iter().for_each(|i| resource[g.module_of[*i]] = true);
    }
    let mut needed_by: Vec<BTreeSet<String>> = vec![BTreeSet::new(); n];
    // What success needs, every field counting; then what errors add, where a field of a
    // type that is not itself a resource naming a resource does not count.
    for (group, (ok, _)) in &roots {
        let mut stack: Vec<usize> = ok.iter().map(|i| g.module_of[*i]).collect();
        while let Some(m) = stack.pop() {
            if needed_by[m].insert(group.to_string()) {
                stack.extend(&g.edges[m]);
                stack.extend(&g.field_edges[m]);
            }
        }
    }
    for (group, (_, err)) in &roots {
        let mut stack: Vec<usize> = err.iter().map(|i| g.module_of[*i]).collect();
        while let Some(m) = stack.pop() {
            if needed_by[m].insert(group.to_string()) {
                stack.extend(&g.edges[m]);
                // Inside a resource every field counts: it is what the resource's own
                // operations return, and its tables read it.
                stack.extend(
                    g.field_edges[m]
                        .iter()
                        .filter(|t| resource[m] || !resource[**t]),
                );
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
    // A field whose type is compiled wherever its struct is stays typed (every field the
    // walks above followed is).
    let deferred = g
        .references
        .iter()
        .filter(|r| !gates[g.module_of[r.target.0]].covers(&gates[g.module_of[r.owner.0]]))
        .map(|r| {
            let d = Deferred {
                target: r.target,
                reason: r.reason,
            };
            ((r.owner, r.field), d)
        })
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
