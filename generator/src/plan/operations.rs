//! The plan of one operation: its IR, its names, its pagination and the media types it
//! sends.

use crate::analyze::{pagination::Decision, Analysis};
use crate::ir::{Api, Operation, Param};

/// One operation and the decisions about its builder and client method.
pub struct OperationPlan<'a> {
    /// The operation's IR: method, path, parameters, body, responses, security.
    pub op: &'a Operation,
    /// The method on `Client`.
    pub method: &'a str,
    /// The builder struct.
    pub builder: &'a str,
    /// The error enum.
    pub error: &'a str,
    /// Its file under `src/operations/` (without `.rs`).
    pub module: &'a str,
    /// Each parameter with its builder field.
    pub params: Vec<ParamPlan<'a>>,
    /// How its pages are followed, and why.
    pub pagination: &'a Decision,
    /// A `sync` stream reads it: its builder also gets untyped `record_pages`.
    pub streamed: bool,
    /// The `Accept` header it sends: a required `Accept` parameter's value, else the success
    /// response's media type when it is one concrete type of a sane length.
    pub accept: Option<&'a str>,
}

/// One parameter and its builder field (and setter).
pub struct ParamPlan<'a> {
    pub param: &'a Param,
    pub ident: &'a str,
}

impl<'a> OperationPlan<'a> {
    /// The plan of operation `i`.
    pub fn new(api: &'a Api, an: &'a Analysis, i: usize) -> OperationPlan<'a> {
        let op = &api.operations[i];
        let names = &an.ops[i];
        let accept = op.accept_header.as_deref().or_else(|| {
            op.success()
                .and_then(|r| r.media_type.as_deref())
                .filter(|media| media.len() < 200 && !media.contains('*'))
        });
        OperationPlan {
            op,
            method: &names.method,
            builder: &names.builder,
            error: &names.error,
            module: &names.module,
            params: op
                .params
                .iter()
                .zip(&names.params)
                .map(|(param, ident)| ParamPlan { param, ident })
                .collect(),
            pagination: &an.pagination[i],
            streamed: an.streams.iter().any(|s| s.op == i),
            accept,
        }
    }
}
