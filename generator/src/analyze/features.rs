//! Cargo features per operation group, so that users of a large API compile only what they use.
//!
//! Each operation module (one per tag, or per first path segment for untagged operations) is a
//! feature. A type module is compiled when some enabled feature needs it: its operations use one
//! of its types, directly or through other types. Type modules compile whole, so the closure is
//! taken over modules. `full` enables every group and is the default.

use super::{OpNames, TypeNames};
use crate::ir::{Api, TypeKind, TypeRef};
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

#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Every operation group's feature, sorted (the operation modules' names).
    pub groups: Vec<String>,
    /// Type module → when it is compiled.
    pub type_modules: BTreeMap<String, Gate>,
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

pub fn plan(api: &Api, types: &[TypeNames], ops: &[OpNames]) -> Features {
    let groups: BTreeSet<String> = ops.iter().map(|o| o.module.clone()).collect();
    // Type modules by index, and the module of each type.
    let modules: Vec<&str> = types
        .iter()
        .map(|t| t.module.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index: HashMap<&str, usize> = modules.iter().enumerate().map(|(i, m)| (*m, i)).collect();
    let module_of: Vec<usize> = types.iter().map(|t| index[t.module.as_str()]).collect();
    // Type module → type modules its types refer to.
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); modules.len()];
    let mut out = Vec::new();
    for (i, def) in api.types.defs.iter().enumerate() {
        out.clear();
        match &def.kind {
            TypeKind::Struct { fields, additional } => {
                fields.iter().for_each(|f| refs(&f.ty, &mut out));
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
    // Group → type modules it needs (closure over module edges).
    let mut needed_by: Vec<BTreeSet<String>> = vec![BTreeSet::new(); modules.len()];
    let mut seen = vec![false; modules.len()];
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
        seen.iter_mut().for_each(|s| *s = false);
        let mut stack: Vec<usize> = roots.iter().map(|i| module_of[*i]).collect();
        while let Some(m) = stack.pop() {
            if !seen[m] {
                seen[m] = true;
                needed_by[m].insert(group.clone());
                stack.extend(edges[m].iter().copied());
            }
        }
    }
    let type_modules = modules
        .iter()
        .zip(needed_by)
        .map(|(m, g)| {
            let gate = match g {
                _ if groups.len() <= 1 => Gate::Always,
                g if g.is_empty() => Gate::Full,
                g if g.len() == groups.len() => Gate::Always,
                g => Gate::Groups(g),
            };
            (m.to_string(), gate)
        })
        .collect();
    Features {
        groups: groups.into_iter().collect(),
        type_modules,
    }
}
