//! `tests/suite/examples.rs`: every spec example (and vendor fixture) that fits its type,
//! round-tripped by one macro; the others reported as invalid.
//!
//! The file is printed as text, a case per example: a large spec has thousands, and
//! building their tokens and formatting them as one macro call took tens of milliseconds on
//! one core. Checking each example against its type runs on all cores.

use super::json_text;
use crate::analyze::features::Gate;
use crate::analyze::samples::Verdict;
use crate::emit::report::SuiteReport;
use crate::emit::rust::{cfg_attr_text, crate_type_text, fits_at, push_doc_line, string_literal};
use crate::ir::{MediaKind, TypeRef};
use crate::plan::CratePlan;
use rayon::prelude::*;
use serde_json::Value;
use std::borrow::Cow;

/// The macro each case goes through: one `#[test]` per case, few tokens per case.
const HEADER: &str = "\
//! The spec's examples, decoded into their generated types and encoded back: equal up
//! to key order, null versus absent, and number form.
macro_rules! round_trip {
    ($($(#[$attr:meta])* $name:ident: $ty:ty = $json:expr;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                apitap_runtime::codegen::testing::assert_round_trip::<$ty>($json);
            }
        )*
    };
}
";

/// The text of `examples.rs`; `report` counts the examples checked and lists the invalid.
pub(super) fn file(
    plan: &CratePlan,
    fixtures: &[(String, Value)],
    report: &mut SuiteReport,
) -> String {
    let candidates = candidates(plan, fixtures);
    let checked: Vec<Checked> = candidates
        .par_iter()
        .map(|c| match c {
            Candidate::Sample {
                what,
                ty,
                gate,
                example,
            } => check(plan, what, ty, gate, example),
            Candidate::Unmatched(message) => Checked::Invalid(message.clone()),
        })
        .collect();
    let mut out = String::from(HEADER);
    let mut cases = 0;
    out.push_str("round_trip! {");
    for checked in checked {
        match checked {
            Checked::Case { head, ty, json } => {
                cases += 1;
                report.examples_checked += 1;
                if cases == 1 {
                    out.push('\n');
                }
                out.push_str(&head);
                // Numbered in this file, whatever the report held before.
                let line = format!("example_{cases}: {ty} = {json};");
                if fits_at(4, line.len()) {
                    out.push_str(&format!("    {line}\n"));
                } else {
                    out.push_str(&format!("    example_{cases}: {ty} =\n        {json};\n"));
                }
            }
            Checked::Invalid(message) => report.invalid_examples.push(message),
            Checked::Skipped => {}
        }
    }
    out.push_str("}\n");
    out
}

/// One example checked against its type.
enum Checked {
    /// It round-trips: the case's doc and `cfg` lines, its type and its JSON as a literal.
    Case {
        head: String,
        ty: String,
        json: String,
    },
    /// Reported as invalid: where, and why.
    Invalid(String),
    /// `example: null` is how many specs say "no example" (the key is required by their
    /// tooling): not an invalid example unless the type could hold a null.
    Skipped,
}

fn check(plan: &CratePlan, what: &str, ty: &TypeRef, gate: &Gate, example: &Value) -> Checked {
    match plan.check_sample(ty, example) {
        Verdict::RoundTrips => {
            let mut head = String::new();
            if what.contains(|c: char| c.is_control()) {
                // A `///` comment cannot hold a bare carriage return (a spec key can).
                head.push_str(&format!("    #[doc = {}]\n", string_literal(what)));
            } else {
                push_doc_line(&mut head, "    ", what);
            }
            if let Some((cfg, _)) = cfg_attr_text(gate, false) {
                for line in cfg.lines() {
                    head.push_str("    ");
                    head.push_str(line);
                    head.push('\n');
                }
            }
            Checked::Case {
                head,
                ty: crate_type_text(ty, plan),
                json: string_literal(&json_text(example)),
            }
        }
        Verdict::Invalid(_) | Verdict::Undeclared(_) if example.is_null() => Checked::Skipped,
        Verdict::Invalid(why) | Verdict::Undeclared(why) => {
            Checked::Invalid(format!("{what}: {why}"))
        }
    }
}

/// A spec example or vendor fixture to round-trip, or a fixture no type can hold.
enum Candidate<'a> {
    Sample {
        /// Where it is from, as the case's doc line.
        what: String,
        ty: Cow<'a, TypeRef>,
        /// When the case is compiled: with its type's or its operation's group.
        gate: Cow<'a, Gate>,
        example: &'a Value,
    },
    /// Reported as invalid, in its place among the others.
    Unmatched(String),
}

/// Every example of a type, then of a JSON response, then every vendor fixture.
fn candidates<'a>(plan: &'a CratePlan, fixtures: &'a [(String, Value)]) -> Vec<Candidate<'a>> {
    let mut out = Vec::new();
    let type_gate = |id: crate::ir::TypeId| plan.features.type_gate(plan.ty(id).module);
    for ty in &plan.types {
        let (id, def) = (ty.id, ty.def);
        for example in &def.examples {
            out.push(Candidate::Sample {
                what: format!(" {}", def.location),
                ty: Cow::Owned(TypeRef::Named(id)),
                gate: Cow::Borrowed(type_gate(id)),
                example,
            });
        }
    }
    for op in &plan.operations {
        for r in &op.op.responses {
            if let (Some(ty), Some(MediaKind::Json)) = (&r.ty, r.kind) {
                for example in &r.examples {
                    out.push(Candidate::Sample {
                        what: format!(" {} response {:?}", op.op.location, r.status),
                        ty: Cow::Borrowed(ty),
                        gate: Cow::Owned(plan.features.op_gate(op.module)),
                        example,
                    });
                }
            }
        }
    }
    // Vendor sample objects keyed by `x-resourceId` (Stripe's fixtures), when given.
    for (rid, object) in fixtures {
        match plan
            .types
            .iter()
            .find(|ty| ty.def.resource_id.as_deref() == Some(rid.as_str()))
            .map(|ty| ty.id)
        {
            Some(id) => out.push(Candidate::Sample {
                what: format!(" vendor fixture `{rid}`"),
                ty: Cow::Owned(TypeRef::Named(id)),
                gate: Cow::Borrowed(type_gate(id)),
                example: object,
            }),
            None => out.push(Candidate::Unmatched(format!(
                " vendor fixture `{rid}`: no type has this x-resourceId"
            ))),
        }
    }
    out
}

/// The cases of `examples.rs` as tokens, built from the same data as the file but with
/// `quote` (how the file was made before it was printed as text), beside the tokens of the
/// file's `round_trip!` call: the printing test holds the two equal.
#[cfg(test)]
pub fn printed_and_reference(plan: &CratePlan) -> (String, String) {
    use crate::emit::rust::{cfg, ident, type_tokens, Site};
    use quote::quote;
    let text = file(plan, &[], &mut SuiteReport::default());
    let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let call = parsed
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) if m.mac.path.is_ident("round_trip") => Some(&m.mac.tokens),
            _ => None,
        })
        .expect("a round_trip! call");
    let mut cases = Vec::new();
    for c in candidates(plan, &[]) {
        let Candidate::Sample {
            what,
            ty,
            gate,
            example,
        } = c
        else {
            continue;
        };
        if plan.check_sample(&ty, example) == Verdict::RoundTrips {
            let t = type_tokens(&ty, plan, Site::Crate, false);
            let cfg = cfg(&gate);
            let name = ident(&format!("example_{}", cases.len() + 1));
            let json = json_text(example);
            cases.push(quote!(#[doc = #what] #cfg #name: #t = #json;));
        }
    }
    (call.to_string(), quote!(#(#cases)*).to_string())
}
