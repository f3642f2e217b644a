//! Where recursion needs indirection.
//!
//! A struct that contains itself (directly, or through other structs, unions and aliases)
//! has infinite size. We find the strongly connected components of the "contains directly"
//! graph and box exactly the edges that stay inside a component. Edges already behind a
//! `Vec`, a map or `Expandable` (which boxes) need nothing. Aliases that refer to themselves
//! (`type A = Vec<A>`) are not allowed in Rust and become newtypes instead.

use crate::ir::{TypeId, TypeKind, TypeRef, TypeSpace};
use std::collections::HashSet;

/// An edge owner: the type and the index of the field or variant.
pub type Slot = (TypeId, usize);

pub struct Indirection {
    pub boxed: HashSet<Slot>,
    pub newtypes: HashSet<TypeId>,
}

/// The named type a reference contains by value, if any.
fn direct_target(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Nullable(inner) => direct_target(inner),
        _ => None,
    }
}

/// Every named type a reference mentions, at any depth.
fn all_targets(ty: &TypeRef, out: &mut Vec<TypeId>) {
    match ty {
        TypeRef::Named(id) | TypeRef::Expandable(id) => out.push(*id),
        TypeRef::Nullable(inner) | TypeRef::Array(inner) | TypeRef::Map(inner) => {
            all_targets(inner, out)
        }
        _ => {}
    }
}

fn slots(space: &TypeSpace, id: TypeId) -> Vec<(usize, &TypeRef)> {
    match &space.get(id).kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| &f.ty).enumerate().collect(),
        TypeKind::Union { variants, .. } => variants.iter().map(|v| &v.ty).enumerate().collect(),
        TypeKind::Alias(t) => vec![(0, t)],
        _ => Vec::new(),
    }
}

pub fn analyze(space: &TypeSpace) -> Indirection {
    let n = space.defs.len();
    let edges: Vec<Vec<TypeId>> = space
        .ids()
        .map(|id| {
            slots(space, id)
                .into_iter()
                .filter_map(|(_, t)| direct_target(t))
                .collect()
        })
        .collect();
    let component = tarjan(n, &edges);
    let mut boxed = HashSet::new();
    for id in space.ids() {
        if matches!(space.get(id).kind, TypeKind::Alias(_)) {
            continue;
        }
        for (i, ty) in slots(space, id) {
            if let Some(target) = direct_target(ty) {
                if component[target.0] == component[id.0] {
                    boxed.insert((id, i));
                }
            }
        }
    }
    // Aliases that reach themselves through aliases only.
    let mut newtypes = HashSet::new();
    for id in space.ids() {
        if !matches!(space.get(id).kind, TypeKind::Alias(_)) {
            continue;
        }
        let mut stack = vec![id];
        let mut seen = HashSet::new();
        while let Some(cur) = stack.pop() {
            let TypeKind::Alias(t) = &space.get(cur).kind else {
                continue;
            };
            let mut targets = Vec::new();
            all_targets(t, &mut targets);
            for t in targets {
                if t == id {
                    newtypes.insert(id);
                }
                if matches!(space.get(t).kind, TypeKind::Alias(_)) && seen.insert(t) {
                    stack.push(t);
                }
            }
        }
    }
    // A newtype is a struct: an alias cycle through a newtype by value still needs a box.
    for id in &newtypes {
        if let TypeKind::Alias(t) = &space.get(*id).kind {
            if let Some(target) = direct_target(t) {
                if component[target.0] == component[id.0] {
                    boxed.insert((*id, 0));
                }
            }
        }
    }
    Indirection { boxed, newtypes }
}

/// Strongly connected components (iterative Tarjan); returns a component index per node.
fn tarjan(n: usize, edges: &[Vec<TypeId>]) -> Vec<usize> {
    const UNSET: usize = usize::MAX;
    let mut index = vec![UNSET; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![UNSET; n];
    let mut next_index = 0;
    let mut next_comp = 0;
    for root in 0..n {
        if index[root] != UNSET {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei == 0 && index[v] == UNSET {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if *ei < edges[v].len() {
                let w = edges[v][*ei].0;
                *ei += 1;
                if index[w] == UNSET {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = next_comp;
                    if w == v {
                        break;
                    }
                }
                next_comp += 1;
            }
        }
    }
    comp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components() {
        // 0 <-> 1, 2 -> 0, 3 -> 3
        let e = vec![
            vec![TypeId(1)],
            vec![TypeId(0)],
            vec![TypeId(0)],
            vec![TypeId(3)],
        ];
        let c = tarjan(4, &e);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[2], c[0]);
        assert_ne!(c[3], c[2]);
    }
}
