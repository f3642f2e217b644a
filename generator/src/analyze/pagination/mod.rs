//! Pagination detection: for each operation, how to read every page, and why.
//!
//! Evidence is weighed rather than the first matching name taken: request parameters (query,
//! deep-object keys, fields of a POST body), response fields at any depth up to three
//! (`has_more`, `next_cursor`, `paging.next.after`, `links.next`, totals), declared response
//! headers (`Link`), and the types of all of them. Declarations win over heuristics: the
//! config file first, then vendor extensions (`x-pagination`, `x-ms-pageable`,
//! `x-speakeasy-pagination`). An operation with paging evidence that does not add up is left
//! unpaginated with a warning, never guessed.

use crate::diag::{Warning, WarningCode};
use crate::ir::{Api, Operation, ParamLocation, ParamStyle, TypeRef, TypeSpace};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

mod declared;
mod explain;
mod heuristic;
mod request;
mod response;

use declared::{from_declared, from_extension};
pub use explain::{explain_rows, explain_table, ExplainRow};
use heuristic::heuristic;
use request::*;
pub use response::type_at;
use response::*;

/// How the next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// An opaque cursor from the response goes into a parameter.
    Cursor,
    /// The last record's id goes into a parameter (`starting_after`).
    LastItemId,
    /// The response holds the next page's URL.
    NextUrl,
    /// The `Link` header's `rel="next"` URL.
    LinkHeader,
    /// A record offset, advanced by the page's length.
    Offset,
    /// A page number, advanced by one.
    PageNumber,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 6] = [
        Kind::Cursor,
        Kind::LastItemId,
        Kind::NextUrl,
        Kind::LinkHeader,
        Kind::Offset,
        Kind::PageNumber,
    ];

    /// The kind as written in `apitap.toml` and `apitap explain`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Cursor => "cursor",
            Kind::LastItemId => "last_item_id",
            Kind::NextUrl => "next_url",
            Kind::LinkHeader => "link_header",
            Kind::Offset => "offset",
            Kind::PageNumber => "page_number",
        }
    }
}

/// Where a page parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PageParamIn {
    /// In the query string.
    Query,
    /// In the JSON request body.
    Body,
}

impl std::fmt::Display for PageParamIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PageParamIn::Query => "query",
            PageParamIn::Body => "body",
        })
    }
}

/// Where a page parameter goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageParam {
    /// Query key on the wire (`starting_after`, `page[number]`), or the body field's name.
    pub name: String,
    /// In the query or the body.
    #[serde(rename = "in")]
    pub location: PageParamIn,
    /// For body parameters: the JSON path of the field inside the body.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
}

/// How to read every page of one operation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// How the next page is asked for.
    pub kind: Kind,
    /// Path of the records array in the response (spec names); empty: the response is the array.
    pub records: Vec<String>,
    /// The parameter that carries the position (cursor, id, offset, page number).
    pub param: Option<PageParam>,
    /// The parameter that sets the page size.
    pub size_param: Option<PageParam>,
    /// Response field with the next cursor, next URL or last id.
    pub next_field: Option<Vec<String>>,
    /// Response field that says whether another page follows.
    pub has_more_field: Option<Vec<String>>,
    /// Total item count (offset) or page count (page number).
    pub total_field: Option<Vec<String>>,
    /// Item field whose value of the last item is the next cursor (last-item-id plans).
    pub id_field: Option<String>,
    /// First page number (page-number plans).
    pub first_page: u64,
    /// Where the plan came from: `heuristic`, `apitap.toml`, or the extension's name.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub plan: Option<Plan>,
    pub reason: String,
}

/// A plan written by hand: in `apitap.toml` (`[pagination.<operationId>]`) or in an
/// `x-pagination` extension. Paths are dotted; `param = "body.page.after"` names a body field.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    /// One of the kinds, or `none` to switch pagination off.
    pub kind: String,
    pub param: Option<String>,
    pub size_param: Option<String>,
    pub next: Option<String>,
    pub has_more: Option<String>,
    pub total: Option<String>,
    pub records: Option<String>,
    pub id_field: Option<String>,
    pub first_page: Option<u64>,
}

/// Decide every operation's pagination.
pub fn detect(
    api: &Api,
    declared: &BTreeMap<String, Declared>,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Decision>, super::ConfigError> {
    for id in declared.keys() {
        if !api.operations.iter().any(|o| &o.id == id) {
            return Err(super::ConfigError::new(
                format!("[pagination.{id}]"),
                format!("no operation has operationId `{id}`"),
            ));
        }
    }
    // Operations are independent: decide them on all cores, then append each one's warnings
    // in operation order.
    use rayon::prelude::*;
    let decided: Vec<(Result<Decision, super::ConfigError>, Vec<Warning>)> = api
        .operations
        .par_iter()
        .map(|op| {
            let mut own = Vec::new();
            let decision = if let Some(d) = declared.get(&op.id) {
                from_declared(api, op, d, "apitap.toml")
                    .map_err(|e| super::ConfigError::new(format!("[pagination.{}]", op.id), e))
            } else if let Some(d) = from_extension(api, op, &mut own) {
                Ok(d)
            } else {
                Ok(heuristic(api, op, &mut own))
            };
            (decision, own)
        })
        .collect();
    decided
        .into_iter()
        .map(|(decision, own)| {
            warnings.extend(own);
            decision
        })
        .collect()
}
