//! What the test emitter found, for the summary, the README and the sample validation: data
//! handed from one emitter to the next through `emit::finish`, not code.

use crate::ir::SchemaAt;
use serde_json::Value;

/// What the suite holds, for the summary and the README.
#[derive(Debug, Clone, Default)]
pub struct SuiteReport {
    pub request_tests: usize,
    pub error_tests: usize,
    pub pagination_tests: usize,
    pub examples_checked: usize,
    /// Examples that do not fit their schema (or lose undeclared properties), with reasons.
    pub invalid_examples: Vec<String>,
    /// Every synthesized value a test sends or serves, with the schema it must satisfy.
    pub samples: Vec<Sample>,
}

/// A synthesized value and the schema it was made for, so a test can validate it with an
/// independent JSON Schema validator.
#[derive(Debug, Clone)]
pub struct Sample {
    /// `operation: parameter `x``, `operation: request body`, `operation: response 200`, ...
    pub what: String,
    pub schema: SchemaAt,
    pub value: Value,
}

impl SuiteReport {
    /// Add `other`'s counts and findings to these.
    pub(super) fn merge(&mut self, other: SuiteReport) {
        self.request_tests += other.request_tests;
        self.error_tests += other.error_tests;
        self.pagination_tests += other.pagination_tests;
        self.examples_checked += other.examples_checked;
        self.invalid_examples.extend(other.invalid_examples);
        self.samples.extend(other.samples);
    }

    pub fn total(&self) -> usize {
        self.request_tests + self.error_tests + self.pagination_tests + self.examples_checked + 1
    }
}
