//! The plan of one type: its IR, its names, and how it is printed (derives, presence of
//! fields, boxes).

use crate::analyze::features::Deferred;
use crate::analyze::Analysis;
use crate::ir::{Api, Field, TypeDef, TypeId, TypeKind, TypeRef};

/// One defined type and the decisions about its Rust definition.
pub struct TypePlan<'a> {
    pub id: TypeId,
    /// The schema's IR: kind, docs, location, examples.
    pub def: &'a TypeDef,
    /// The type's identifier.
    pub name: &'a str,
    /// Its file under `src/types/` (without `.rs`).
    pub module: &'a str,
    /// Field identifiers (structs) or variant identifiers (enums, unions), in IR order.
    pub members: &'a [String],
    /// Identifier of a struct's `additionalProperties` map field.
    pub additional: &'a str,
    /// Per member: held in a `Box` to break a cycle.
    pub boxed: Vec<bool>,
    /// An alias printed as a newtype struct (a recursive alias cannot be a `type`).
    pub newtype: bool,
    /// Users build it for requests: exhaustive. Types only ever decoded are
    /// `#[non_exhaustive]`, so they can gain fields compatibly.
    pub exhaustive: bool,
    /// A struct's fields (empty for other kinds).
    pub fields: Vec<FieldPlan<'a>>,
    /// A struct's derives (meaningless for other kinds, which have their own fixed ones).
    pub derive: StructDerive,
}

/// Which derives a struct has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructDerive {
    /// Every field optional: `Default` too, so callers write `Type { a: .., ..Default::default() }`.
    WithDefault,
    Plain,
}

/// How a field is present in the JSON, which is how its struct reads and writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Required and not nullable: the plain type.
    Required,
    /// Required but nullable: `Option`, written as `null` when `None`, `None` when absent.
    Nullable,
    /// Not required: `Option`, absent when `None`.
    Optional,
}

impl Presence {
    /// How a field that is `required` (or not) with type `ty` is present.
    pub fn of(required: bool, ty: &TypeRef) -> Presence {
        match (required, ty.strip_nullable().1) {
            (false, _) => Presence::Optional,
            (true, true) => Presence::Nullable,
            (true, false) => Presence::Required,
        }
    }

    /// The Rust field is an `Option`.
    pub fn is_option(self) -> bool {
        self != Presence::Required
    }
}

/// One struct field as it is printed.
pub struct FieldPlan<'a> {
    /// The IR field: wire name, type, docs, constraints.
    pub field: &'a Field,
    /// The Rust identifier.
    pub ident: &'a str,
    pub presence: Presence,
    /// The value is held in a `Box` (a cycle runs through it).
    pub boxed: bool,
    /// Held as JSON, its type not being compiled wherever this struct is (see
    /// `analyze::features`).
    pub deferred: Option<&'a Deferred>,
}

impl<'a> TypePlan<'a> {
    /// The plan of type `id`.
    pub fn new(api: &'a Api, an: &'a Analysis, id: TypeId) -> TypePlan<'a> {
        let def = api.types.get(id);
        let names = &an.types[id.0];
        let members = match &def.kind {
            TypeKind::Struct { fields, .. } => fields.len(),
            TypeKind::Union { variants, .. } => variants.len(),
            TypeKind::Alias(_) => 1,
            TypeKind::StringEnum { .. } | TypeKind::Pending => 0,
        };
        let boxed: Vec<bool> = (0..members)
            .map(|i| an.indirection.boxed.contains(&(id, i)))
            .collect();
        let fields: Vec<FieldPlan<'a>> = match &def.kind {
            TypeKind::Struct { fields, .. } => fields
                .iter()
                .enumerate()
                .map(|(i, f)| FieldPlan {
                    field: f,
                    ident: &names.members[i],
                    presence: Presence::of(f.required, &f.ty),
                    boxed: boxed[i],
                    deferred: an.features.deferred.get(&(id, i)),
                })
                .collect(),
            _ => Vec::new(),
        };
        let derive = if fields.iter().all(|f| f.presence.is_option()) {
            StructDerive::WithDefault
        } else {
            StructDerive::Plain
        };
        TypePlan {
            id,
            def,
            name: &names.name,
            module: &names.module,
            members: &names.members,
            additional: names
                .additional
                .as_deref()
                .unwrap_or("additional_properties"),
            boxed,
            newtype: an.indirection.newtypes.contains(&id),
            exhaustive: an.request_types.contains(&id.0),
            fields,
            derive,
        }
    }
}
