//! `tests/`: the generated crate's offline test suite against a wiremock server.
//!
//! Per operation: the request (method, path, required parameters, credentials) and the
//! decoding of the documented success response; the first documented error status and its
//! typed variant; three pages for paginated operations. Per crate: a 429 with `Retry-After: 0`
//! then success, and every spec example that fits its type, round-tripped (`examples.rs`).
//! Tests are short calls into `tests/suite/common.rs`, so large specs stay quick to compile.

use super::rust::{
    body_type, body_type_text, format_file, ident, param_type, param_type_text, string_literal,
};
use crate::analyze::features::Gate;
use crate::analyze::pagination::{Kind, Plan};
use crate::analyze::samples::{marker_integer, marker_string, Verdict};
use crate::diag::Result;
use crate::ir::{ApiKeyLocation, MediaKind, ParamLocation, Response, SchemeKind, Status, TypeRef};
use crate::plan::CratePlan;
use proc_macro2::TokenStream;
use quote::quote;
use serde_json::{json, Value};
use std::collections::BTreeMap;

use super::report::{Sample, SuiteReport};

mod common;
mod examples;
mod pages;
mod requests;
mod text;
mod values;

#[cfg(test)]
pub use examples::printed_and_reference as examples_printed_and_reference;

use common::*;
use pages::*;
use requests::*;
use values::*;

/// A test file under `tests/suite/`, its module name there and the `cfg` it needs.
struct TestFile {
    module: String,
    /// When it is compiled.
    gate: Gate,
    text: String,
}

/// Every test file of the suite, and what it holds.
/// `fixtures`: vendor sample objects by `x-resourceId`, round-tripped like the spec's examples.
pub fn emit(
    plan: &CratePlan,
    fixtures: &[(String, Value)],
) -> Result<(BTreeMap<String, String>, SuiteReport)> {
    let mut report = SuiteReport::default();
    let common = TestFile {
        module: "common".into(),
        gate: Gate::Always,
        text: format_file("tests/suite/common.rs", common_module(plan))?,
    };
    let mut test_files = vec![common];
    // The examples file is printed beside the operations' files.
    let mut examples_report = SuiteReport::default();
    let (examples, operations) = rayon::join(
        || examples::file(plan, fixtures, &mut examples_report),
        || operation_tests(plan, &mut report),
    );
    test_files.extend(operations?);
    report.merge(examples_report);
    test_files.extend(retry_test(plan)?);
    test_files.push(TestFile {
        module: "examples".into(),
        gate: Gate::Always,
        text: examples,
    });
    // One test binary: one link step however many tags the API has.
    let crate_ident = ident(plan.crate_name);
    let mods = test_files.iter().map(|f| {
        let (m, cfg) = (ident(&f.module), super::rust::cfg(&f.gate));
        quote!(#cfg mod #m;)
    });
    let tokens = quote! {
        //! The generated offline test suite (one binary; a module per tag).
        /// The crate's types, where the type paths in these tests look for them.
        #[allow(unused_imports)]
        mod types {
            pub use #crate_ident::types::*;
        }
        #(#mods)*
    };
    let mut files: BTreeMap<String, String> = test_files
        .into_iter()
        .map(|f| (format!("tests/suite/{}.rs", f.module), f.text))
        .collect();
    files.insert(
        "tests/suite/main.rs".into(),
        format_file("tests/suite/main.rs", tokens)?,
    );
    Ok((files, report))
}

/// Every request and error test, printed as text, by name (for the printing test).
#[cfg(test)]
pub fn printed_as_text(plan: &CratePlan) -> Result<Vec<(String, String)>> {
    let mut report = SuiteReport::default();
    let mut out = Vec::new();
    for i in 0..plan.operations.len() {
        let name = plan.operations[i].method;
        let c = call(plan, i);
        out.push((
            format!("test {name}"),
            request_test(plan, i, &c, &mut report)?,
        ));
        if let Some(test) = error_test(plan, i, &c, &mut report)? {
            out.push((format!("test {name}_error"), test));
        }
    }
    for (name, test, _) in page_tests(plan)? {
        out.push((format!("test {name}"), test));
    }
    Ok(out)
}

/// Every pagination test, by name, and whether each was printed directly (not left to
/// prettyplease), for the printing test.
#[cfg(test)]
pub fn page_tests(plan: &CratePlan) -> Result<Vec<(String, String, bool)>> {
    let mut report = SuiteReport::default();
    let mut out = Vec::new();
    for i in 0..plan.operations.len() {
        if let Some(pages) = &plan.operations[i].pagination.plan {
            let c = call(plan, i);
            if let Some((test, direct)) = pagination_test(plan, i, &c, pages, &mut report)? {
                out.push((format!("{}_pages", plan.operations[i].method), test, direct));
            }
        }
    }
    Ok(out)
}

/// One file per operation group: each operation's request, error and pagination tests.
fn operation_tests(plan: &CratePlan, report: &mut SuiteReport) -> Result<Vec<TestFile>> {
    let mut by_module: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, op) in plan.operations.iter().enumerate() {
        by_module.entry(op.module).or_default().push(i);
    }
    let by_module: Vec<(&str, Vec<usize>)> = by_module.into_iter().collect();
    // Built and formatted on all cores; counts are summed in order.
    let rendered = super::rust::render_parallel(&by_module, |(module, ops)| {
        let mut counts = SuiteReport::default();
        let path = format!("tests/suite/op_{module}.rs");
        let doc =
            format!(" Requests and responses of the operations in `src/operations/{module}.rs`.");
        // The file's items print one after another: the header, then each test.
        let mut text = format_file(
            &path,
            quote! {
                #![doc = #doc]
                #![allow(unused_imports)]
                use super::common;
                use apitap_runtime::codegen as rt;
            },
        )?;
        for &i in ops {
            // The call with its sample arguments, shared by the operation's tests.
            let c = call(plan, i);
            text.push_str(&request_test(plan, i, &c, &mut counts)?);
            if let Some(test) = error_test(plan, i, &c, &mut counts)? {
                text.push_str(&test);
            }
            if let Some(pages) = &plan.operations[i].pagination.plan {
                if let Some((test, _)) = pagination_test(plan, i, &c, pages, &mut counts)? {
                    text.push_str(&test);
                }
            }
        }
        Ok((text, counts))
    })?;
    let mut files = Vec::new();
    for ((module, _), (text, counts)) in by_module.iter().zip(rendered) {
        report.merge(counts);
        files.push(TestFile {
            module: format!("op_{module}"),
            gate: plan.features.op_gate(module),
            text,
        });
    }
    Ok(files)
}

/// One crate-wide resilience test: a 429 with Retry-After 0, then success (on the first
/// GET, else the first operation).
fn retry_test(plan: &CratePlan) -> Result<Option<TestFile>> {
    let first_get = plan
        .operations
        .iter()
        .position(|op| op.op.method == crate::ir::Method::Get);
    let Some(i) = first_get.or((!plan.operations.is_empty()).then_some(0)) else {
        return Ok(None);
    };
    let c = call(plan, i);
    let op = plan.operations[i].op;
    let (method, path, builder) = (op.method.as_str(), &c.path, &c.builder);
    let success = op.success();
    let status = success.map_or(200, |r| status_code(r.status));
    let (content_type, body) = served_body(plan, success, "response");
    let tokens = quote! {
        //! Retries: a 429 with `Retry-After: 0` is retried and the request then succeeds.
        #![allow(unused_imports)]
        use super::common;
        use apitap_runtime::codegen as rt;
        #[tokio::test]
        async fn retries_after_429() {
            if common::conformance_url().is_some() {
                return;
            }
            let (server, client) = common::setup().await;
            wiremock::Mock::given(wiremock::matchers::path(#path))
                .respond_with(wiremock::ResponseTemplate::new(429).insert_header("retry-after", "0"))
                .up_to_n_times(1)
                .with_priority(1)
                .mount(&server)
                .await;
            common::expect(&server, #method, #path, &[], &[], #status, #content_type, #body).await;
            #builder.send().await.expect("succeeds after one retry");
            assert_eq!(client.runtime().metrics().retries, 1);
        }
    };
    Ok(Some(TestFile {
        module: "retry".into(),
        gate: plan.features.op_gate(plan.operations[i].module),
        text: format_file("tests/suite/retry.rs", tokens)?,
    }))
}
