//! The emit plan: analysis joined to the IR, one self-contained plan per item of the crate.
//!
//! The pipeline's last step before emission. Each [`TypePlan`] and [`OperationPlan`] holds
//! everything its printer needs (the item's IR, its names, and the decisions about it:
//! derives, field presence and wire names, boxing, pagination, the `Accept` header), and
//! the crate-wide plans (tables, streams, features, credentials) come from analysis as they
//! are. Emitters read only a [`CratePlan`]: they never look an item up in the IR and the
//! analysis side by side, and the decisions `apitap explain` explains (pagination, cursors,
//! parents, tables) reach them made. What they still work out is how to print: type paths,
//! sample values for tests (through the plan's `sample` methods, which analysis implements).

mod operations;
mod types;

pub use operations::OperationPlan;
pub use types::{FieldPlan, Presence, StructDerive, TypePlan};

use crate::analyze::{
    features::Features, flatten, pagination, samples, streams, Analysis, SchemeEnv,
};
use crate::ir::{Api, Constraints, Field, SecurityScheme, TypeId, TypeRef, TypeSpace};
use serde_json::Value;

/// Everything the emitters print, item by item.
pub struct CratePlan<'a> {
    /// The crate's (Cargo) name.
    pub crate_name: &'a str,
    /// The spec's `info.title`.
    pub title: &'a str,
    /// The spec's `info.version`.
    pub version: Option<&'a str>,
    /// The base URL requests go to unless the environment overrides it.
    pub default_base_url: String,
    /// The environment variable that overrides the base URL.
    pub base_url_env: &'a str,
    /// Every defined type, by [`TypeId`].
    pub types: Vec<TypePlan<'a>>,
    /// Every operation, in IR order.
    pub operations: Vec<OperationPlan<'a>>,
    /// Every security scheme with the environment variables it reads.
    pub schemes: Vec<(&'a SecurityScheme, &'a SchemeEnv)>,
    /// Analytics tables of the record types.
    pub tables: &'a flatten::Plans,
    /// What `sync` can load.
    pub streams: &'a [streams::Stream],
    /// Cargo features per operation group and the type modules each needs.
    pub features: &'a Features,
    /// Where `sync` sends its alerts.
    pub notify: &'a streams::NotifyConfig,
    /// The code is included into another crate by its build script (see `Analysis`).
    pub embedded: bool,
    /// The pagination decisions with their reasons, as `apitap explain` prints them.
    pub pagination_table: String,
    /// The streams with their cursors, parents and tables, as `apitap explain` prints them.
    pub streams_table: String,
    /// For the queries below (resolving aliases, field paths, samples): emitters never read
    /// the type space itself.
    space: &'a TypeSpace,
}

impl<'a> CratePlan<'a> {
    /// The plan of every item of `api`, as `an` decided.
    pub fn new(api: &'a Api, an: &'a Analysis) -> CratePlan<'a> {
        CratePlan {
            crate_name: &an.crate_name,
            title: &api.title,
            version: api.version.as_deref(),
            default_base_url: crate::analyze::default_base_url(api),
            base_url_env: &an.base_url_env,
            types: api
                .types
                .ids()
                .map(|id| TypePlan::new(api, an, id))
                .collect(),
            operations: (0..api.operations.len())
                .map(|i| OperationPlan::new(api, an, i))
                .collect(),
            schemes: api.security_schemes.iter().zip(&an.schemes).collect(),
            tables: &an.tables,
            streams: &an.streams,
            features: &an.features,
            notify: &an.notify,
            embedded: an.embedded,
            pagination_table: pagination::explain_table(&pagination::explain_rows(
                api,
                &an.pagination,
            )),
            streams_table: streams::explain_table(&an.streams, &an.tables),
            space: &api.types,
        }
    }

    /// The plan of type `id`.
    pub fn ty(&self, id: TypeId) -> &TypePlan<'a> {
        &self.types[id.0]
    }

    /// The Rust name of type `id`.
    pub fn type_name(&self, id: TypeId) -> &'a str {
        self.types[id.0].name
    }

    /// `ty` without nullability and named aliases: what a value of it really is.
    pub fn resolve<'t>(&self, ty: &'t TypeRef) -> &'t TypeRef
    where
        'a: 't,
    {
        self.space.resolve(ty)
    }

    /// The struct a type is (through aliases and nullability): its plan and fields.
    pub fn struct_of(&self, ty: &TypeRef) -> Option<(&TypePlan<'a>, &'a [Field])> {
        let (id, fields) = self.space.struct_of(ty)?;
        Some((self.ty(id), fields))
    }

    /// The type at `path` (spec names of fields, of a struct or of a union's object branch)
    /// inside `ty`.
    pub fn type_at<'t>(&self, ty: &'t TypeRef, path: &[String]) -> Option<&'t TypeRef>
    where
        'a: 't,
    {
        pagination::type_at(self.space, ty, path)
    }

    /// Whether `ty` takes any JSON value: a union branch decoded as a last resort.
    pub fn is_untyped(&self, ty: &TypeRef) -> bool {
        self.space.is_untyped(ty)
    }

    /// A value of type `ty`, derived from `seed` (see [`samples::synthesize`]).
    pub fn sample(&self, ty: &TypeRef, seed: &str) -> Value {
        samples::synthesize(self.space, ty, seed)
    }

    /// A value of type `ty` that also satisfies `constraints`.
    pub fn sample_with(
        &self,
        ty: &TypeRef,
        seed: &str,
        constraints: Option<&Constraints>,
    ) -> Value {
        samples::synthesize_with(self.space, ty, seed, constraints)
    }

    /// Whether `value` decodes as `ty` and encodes back the same.
    pub fn check_sample(&self, ty: &TypeRef, value: &Value) -> samples::Verdict {
        samples::check(self.space, ty, value)
    }
}
