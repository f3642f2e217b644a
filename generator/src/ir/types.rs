//! The type space: every Rust type the generated crate will define, keyed by [`TypeId`].
//!
//! Types refer to each other through ids (never references), so recursive schemas are
//! plain data. Names are not decided here: each type carries a *hint* (the path of spec
//! names that led to it) and `analyze::names` turns hints into unique identifiers.

use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// The type of a field, parameter, body or response: a primitive, a container, or a
/// reference to a defined type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    String,
    Integer(IntKind),
    Number(FloatKind),
    Boolean,
    /// Raw bytes (`format: binary`).
    Binary,
    /// Any JSON value: the schema allows anything, or could not be typed (see warnings).
    Any,
    Named(TypeId),
    Array(Box<TypeRef>),
    /// A JSON object with arbitrary keys (`additionalProperties`).
    Map(Box<TypeRef>),
    /// The value may be `null`.
    Nullable(Box<TypeRef>),
    /// Stripe-style expandable field: an id string or the object itself.
    Expandable(TypeId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
    I32,
    I64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FloatKind {
    F32,
    F64,
}

impl TypeRef {
    /// The type without a `Nullable` wrapper, and whether there was one.
    pub fn strip_nullable(&self) -> (&TypeRef, bool) {
        match self {
            TypeRef::Nullable(inner) => (inner.strip_nullable().0, true),
            other => (other, false),
        }
    }

    pub fn nullable(self) -> TypeRef {
        match self {
            TypeRef::Nullable(_) | TypeRef::Any => self,
            other => TypeRef::Nullable(Box::new(other)),
        }
    }

    /// Is this a scalar (string, number, boolean), ignoring nullability?
    pub fn is_scalar(&self) -> bool {
        matches!(
            self.strip_nullable().0,
            TypeRef::String | TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean
        )
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The property name as written in the spec.
    pub name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    /// The schema's `format` (`date-time`, `unix-time`, ...), kept for flattening.
    pub format: Option<String>,
    /// What the type does not say about valid values (pattern, bounds, format, ...).
    pub constraints: Option<Box<super::Constraints>>,
}

#[derive(Debug, Clone)]
pub struct Variant {
    /// Name hint: the referenced schema's name, a primitive's name or a title.
    pub hint: String,
    pub ty: TypeRef,
    /// Discriminator values that select this variant.
    pub tags: Vec<String>,
    /// Number of required properties, for ordering untagged variants.
    pub required_count: usize,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    /// Being converted (recursion placeholder); never left after conversion.
    Pending,
    Struct {
        fields: Vec<Field>,
        /// `additionalProperties` beside declared properties.
        additional: Option<TypeRef>,
    },
    /// A string enum; generated with an `Unknown(String)` fallback.
    StringEnum { values: Vec<String> },
    /// `oneOf`/`anyOf`.
    Union {
        variants: Vec<Variant>,
        /// Discriminator property, when every variant has tag values.
        discriminator: Option<String>,
        /// The discriminator is not declared but inferred: each variant alone holds one value
        /// of it. A value with another tag (the spec may be wrong about one) is tried against
        /// each variant in turn before it is kept as unknown.
        inferred: bool,
        /// A `oneOf`, which a value must match exactly one branch of (an `anyOf`, or a
        /// `type` list, may match several): its samples are of a branch no other one takes.
        exclusive: bool,
    },
    /// A named schema that is a primitive or container (`type Ids = Vec<String>`).
    Alias(TypeRef),
}

#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Spec names leading to this type, outermost first (`["Customer", "address"]`).
    pub hint: Vec<String>,
    pub doc: Option<String>,
    /// `file#/pointer` of the schema.
    pub location: String,
    pub kind: TypeKind,
    /// `example` values attached to the schema.
    pub examples: Vec<Value>,
    /// Stripe's `x-resourceId`, to match vendor fixtures.
    pub resource_id: Option<String>,
}

/// All defined types.
#[derive(Debug, Default)]
pub struct TypeSpace {
    pub defs: Vec<TypeDef>,
    /// Copies of another type, now aliases of it (`ir::identical`): copy → the type kept.
    pub merged: std::collections::BTreeMap<TypeId, TypeId>,
}

impl TypeSpace {
    pub fn add(&mut self, def: TypeDef) -> TypeId {
        self.defs.push(def);
        TypeId(self.defs.len() - 1)
    }

    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.defs[id.0]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut TypeDef {
        &mut self.defs[id.0]
    }

    pub fn ids(&self) -> impl Iterator<Item = TypeId> {
        (0..self.defs.len()).map(TypeId)
    }

    /// Every named type reachable from `roots`, through fields, variants, items and aliases.
    pub fn reachable<'a>(
        &self,
        roots: impl IntoIterator<Item = &'a TypeRef>,
    ) -> std::collections::BTreeSet<usize> {
        let mut seen = std::collections::BTreeSet::new();
        let mut stack: Vec<usize> = Vec::new();
        for root in roots {
            root.for_each_ref(&mut |id| stack.push(id.0));
        }
        while let Some(i) = stack.pop() {
            if seen.insert(i) {
                self.defs[i].kind.for_each_ref(&mut |id| stack.push(id.0));
            }
        }
        seen
    }

    /// Whether `ty` takes any JSON value (or a map of them): a union branch of no declared
    /// type, which decodes as a last resort (see the runtime's `decode_untagged`).
    pub fn is_untyped(&self, ty: &TypeRef) -> bool {
        match self.resolve(ty) {
            TypeRef::Any => true,
            TypeRef::Map(inner) => matches!(self.resolve(inner), TypeRef::Any),
            _ => false,
        }
    }

    /// `ty` without nullability and named aliases: what a value of it really is.
    pub fn resolve<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        let mut current = ty.strip_nullable().0;
        for _ in 0..64 {
            match current {
                TypeRef::Named(id) => match &self.get(*id).kind {
                    TypeKind::Alias(inner) => current = inner.strip_nullable().0,
                    _ => return current,
                },
                _ => return current,
            }
        }
        current
    }

    /// The struct a type is (through aliases and nullability), with its id and fields.
    pub fn struct_of(&self, ty: &TypeRef) -> Option<(TypeId, &[Field])> {
        match self.resolve(ty) {
            TypeRef::Named(id) => match &self.get(*id).kind {
                TypeKind::Struct { fields, .. } => Some((*id, fields.as_slice())),
                _ => None,
            },
            _ => None,
        }
    }
}
