//! Every synthesized request argument and body survives the typed round trip: decoded into
//! its generated type and encoded back, it is the same JSON. Otherwise the request a test
//! sends is not the sample (a field dropped, another union branch taken) and a strict server
//! rejects it. Checked on the project's specs and every spec of ../shared/specs.

use super::common;
use crate::analyze::samples::{check, synthesize_with, Verdict};
use crate::ir::MediaKind;

/// Known misses, by spec directory and the path that does not survive: a discriminator
/// property the branches do not declare (PagerDuty's runner), which the typed union drops.
const KNOWN: &[(&str, &str)] = &[("pagerduty", "$.runner.runner_type")];

#[test]
fn request_samples_survive_the_typed_round_trip() {
    let specs = common::project_and_vendor_specs();
    let mut misses = Vec::new();
    for spec in &specs {
        let Ok(a) = crate::analyze_spec(spec, &crate::Options::default()) else {
            continue;
        };
        let space = &a.api.types;
        for op in &a.api.operations {
            let body = op
                .body
                .as_ref()
                .filter(|b| b.required && matches!(b.kind, MediaKind::Json | MediaKind::Form))
                .map(|b| (&b.ty, b.constraints.as_deref(), "body"));
            let params = op
                .params
                .iter()
                .filter(|p| p.required)
                .map(|p| (&p.ty, p.constraints.as_deref(), p.name.as_str()));
            for (ty, c, seed) in params.chain(body) {
                let value = synthesize_with(space, ty, seed, c);
                if let Verdict::Invalid(why) | Verdict::Undeclared(why) = check(space, ty, &value) {
                    let known = KNOWN.iter().any(|(dir, at)| {
                        spec.to_string_lossy().contains(&format!("/{dir}/")) && why.starts_with(at)
                    });
                    if !known {
                        misses.push(format!("{} {seed}: {why}", op.location));
                    }
                }
            }
        }
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
