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

/// How the next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
) -> Result<Vec<Decision>, String> {
    for id in declared.keys() {
        if !api.operations.iter().any(|o| &o.id == id) {
            return Err(format!(
                "[pagination.{id}]: no operation has operationId `{id}`"
            ));
        }
    }
    // Operations are independent: decide them on all cores, then append each one's warnings
    // in operation order.
    use rayon::prelude::*;
    let decided: Vec<(Result<Decision, String>, Vec<Warning>)> = api
        .operations
        .par_iter()
        .map(|op| {
            let mut own = Vec::new();
            let decision = if let Some(d) = declared.get(&op.id) {
                from_declared(api, op, d, "apitap.toml")
                    .map_err(|e| format!("[pagination.{}]: {e}", op.id))
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

// ---------------------------------------------------------------- response shape

/// A field reachable in a response, with its path and type.
struct FieldInfo<'a> {
    path: Vec<String>,
    ty: &'a TypeRef,
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Fields of the type at any depth up to `depth` (objects only, not through arrays).
fn fields_of<'a>(
    space: &'a TypeSpace,
    ty: &'a TypeRef,
    depth: usize,
    prefix: &[String],
    out: &mut Vec<FieldInfo<'a>>,
) {
    // A union of objects (`anyOf: [forward_links, backward_links]`): look into each branch.
    if let TypeRef::Named(id) = space.resolve(ty) {
        if let crate::ir::TypeKind::Union { variants, .. } = &space.get(*id).kind {
            for v in variants {
                fields_of(space, &v.ty, depth, prefix, out);
            }
            return;
        }
    }
    let Some((_, fields)) = space.struct_of(ty) else {
        return;
    };
    for f in fields {
        let mut path = prefix.to_vec();
        path.push(f.name.clone());
        out.push(FieldInfo {
            path: path.clone(),
            ty: &f.ty,
        });
        if depth > 1 {
            fields_of(space, &f.ty, depth - 1, &path, out);
        }
    }
}

fn is_string(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::String)
}
fn is_integer(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::Integer(_) | TypeRef::Number(_))
}
fn is_bool(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(space.resolve(ty), TypeRef::Boolean)
}
fn is_scalar_cursor(space: &TypeSpace, ty: &TypeRef) -> bool {
    matches!(
        space.resolve(ty),
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Any
    )
}

/// The type a path leads to inside `ty`.
pub fn type_at<'a>(space: &'a TypeSpace, ty: &'a TypeRef, path: &[String]) -> Option<&'a TypeRef> {
    let mut current = ty;
    for seg in path {
        current = field_in(space, current, seg)?;
    }
    Some(current)
}

/// Does `path` lead through struct fields only (no union branches)?
pub fn struct_path(space: &TypeSpace, ty: &TypeRef, path: &[String]) -> bool {
    let mut current = ty;
    for seg in path {
        match space
            .struct_of(current)
            .and_then(|(_, fields)| fields.iter().find(|f| &f.name == seg))
        {
            Some(f) => current = &f.ty,
            None => return false,
        }
    }
    true
}

/// A field of a struct, or of any object branch of a union.
fn field_in<'a>(space: &'a TypeSpace, ty: &'a TypeRef, name: &str) -> Option<&'a TypeRef> {
    if let Some((_, fields)) = space.struct_of(ty) {
        return fields.iter().find(|f| f.name == name).map(|f| &f.ty);
    }
    if let TypeRef::Named(id) = space.resolve(ty) {
        if let crate::ir::TypeKind::Union { variants, .. } = &space.get(*id).kind {
            return variants.iter().find_map(|v| field_in(space, &v.ty, name));
        }
    }
    None
}

/// The records array: the response itself, or its array field with the most telling name.
fn find_records(space: &TypeSpace, op: &Operation, resp: &TypeRef) -> Result<Vec<String>, String> {
    if matches!(space.resolve(resp), TypeRef::Array(_)) {
        return Ok(Vec::new());
    }
    let mut fields = Vec::new();
    fields_of(space, resp, 2, &[], &mut fields);
    let arrays: Vec<&FieldInfo> = fields
        .iter()
        .filter(|f| matches!(space.resolve(f.ty), TypeRef::Array(_)))
        .collect();
    if arrays.is_empty() {
        return Err("the response has no array of records".into());
    }
    // Records must be reachable through plain struct fields, so items can be moved out typed.
    let arrays: Vec<&FieldInfo> = arrays
        .into_iter()
        .filter(|f| struct_path(space, resp, &f.path))
        .collect();
    if arrays.is_empty() {
        return Err("the records array sits inside a oneOf/anyOf".into());
    }
    if arrays.len() == 1 {
        return Ok(arrays[0].path.clone());
    }
    const PREFERRED: [&str; 12] = [
        "data",
        "items",
        "results",
        "records",
        "entries",
        "value",
        "list",
        "elements",
        "objects",
        "collection",
        "members",
        "rows",
    ];
    let top: Vec<&&FieldInfo> = arrays.iter().filter(|f| f.path.len() == 1).collect();
    for name in PREFERRED {
        if let Some(f) = top.iter().find(|f| norm(&f.path[0]) == name) {
            return Ok(f.path.clone());
        }
    }
    // The resource named by the path (`/Accounts/{sid}/Calls.json` → `calls`).
    let segment = op
        .path
        .rsplit('/')
        .find(|s| !s.starts_with('{') && !s.is_empty())
        .unwrap_or("");
    let segment = norm(segment.split('.').next().unwrap_or(segment));
    if let Some(f) = top
        .iter()
        .find(|f| norm(&f.path[0]) == segment || segment.ends_with(&norm(&f.path[0])))
    {
        return Ok(f.path.clone());
    }
    if top.len() == 1 {
        return Ok(top[0].path.clone());
    }
    let names: Vec<String> = arrays.iter().map(|f| f.path.join(".")).collect();
    Err(format!(
        "several arrays could hold the records ({})",
        names.join(", ")
    ))
}

// ---------------------------------------------------------------- request side

impl PageParam {
    /// As shown to users: the query key, or the body path.
    pub fn display(&self) -> String {
        if self.path.is_empty() {
            self.name.clone()
        } else {
            self.path.join(".")
        }
    }
}

#[derive(Debug, Clone)]
struct Candidate {
    param: PageParam,
    /// Normalized last name (`pagecursor` for `page[cursor]`).
    key: String,
    string: bool,
    integer: bool,
    minimum_zero: bool,
}

/// Every scalar that a page parameter could be: query params, deep-object keys, body fields.
fn request_candidates(api: &Api, op: &Operation) -> Vec<Candidate> {
    let space = &api.types;
    let mut out = Vec::new();
    for p in &op.params {
        if p.location != ParamLocation::Query {
            continue;
        }
        if p.style == ParamStyle::DeepObject {
            if let Some((_, fields)) = space.struct_of(&p.ty) {
                for f in fields {
                    out.push(Candidate {
                        param: PageParam {
                            name: format!("{}[{}]", p.name, f.name),
                            location: PageParamIn::Query,
                            path: Vec::new(),
                        },
                        key: norm(&format!("{}{}", p.name, f.name)),
                        string: is_string(space, &f.ty),
                        integer: is_integer(space, &f.ty),
                        minimum_zero: false,
                    });
                }
                continue;
            }
        }
        out.push(Candidate {
            param: PageParam {
                name: p.name.clone(),
                location: PageParamIn::Query,
                path: Vec::new(),
            },
            key: norm(&p.name),
            string: is_string(space, &p.ty),
            integer: is_integer(space, &p.ty),
            minimum_zero: p
                .doc
                .as_deref()
                .is_some_and(|d| d.contains("zero-based") || d.contains("0-based")),
        });
    }
    if let Some(body) = op
        .body
        .as_ref()
        .filter(|b| b.kind == crate::ir::MediaKind::Json)
    {
        let mut fields = Vec::new();
        fields_of(space, &body.ty, 2, &[], &mut fields);
        for f in fields {
            if f.path.len() == 2
                && !["pagination", "page", "paging", "cursor"].contains(&norm(&f.path[0]).as_str())
            {
                continue;
            }
            let key = norm(f.path.last().unwrap());
            out.push(Candidate {
                param: PageParam {
                    name: f.path[0].clone(),
                    location: PageParamIn::Body,
                    path: f.path.clone(),
                },
                key,
                string: is_string(space, f.ty),
                integer: is_integer(space, f.ty),
                minimum_zero: false,
            });
        }
    }
    out
}

const CURSOR_PARAMS: &[&str] = &[
    "cursor",
    "pagetoken",
    "nextpagetoken",
    "after",
    "startingafter",
    "marker",
    "continuation",
    "continuationtoken",
    "pagecursor",
    "pageafter",
    "nexttoken",
    "starttoken",
    "pagingcursor",
    "paginationcursor",
    "paginationstartingafter",
];
const OFFSET_PARAMS: &[&str] = &[
    "offset",
    "start",
    "skip",
    "startindex",
    "from",
    "pageoffset",
];
const PAGE_PARAMS: &[&str] = &["page", "pagenumber", "pagenum", "pageno", "pageindex"];
const SIZE_PARAMS: &[&str] = &[
    "limit",
    "perpage",
    "pagesize",
    "size",
    "count",
    "maxresults",
    "rows",
    "pagelimit",
    "top",
    "pagingperpage",
    "paginationperpage",
    "pageperpage",
    "maxitems",
];

fn find_param<'a>(
    cands: &'a [Candidate],
    names: &[&str],
    want: impl Fn(&Candidate) -> bool,
) -> Option<&'a Candidate> {
    names
        .iter()
        .find_map(|n| cands.iter().find(|c| c.key == *n && want(c)))
}

// ---------------------------------------------------------------- decisions

fn heuristic(api: &Api, op: &Operation, warnings: &mut Vec<Warning>) -> Decision {
    let none = |reason: String| Decision { plan: None, reason };
    let space = &api.types;
    let Some(resp) = op.success().and_then(|r| r.ty.as_ref()) else {
        return none("no JSON success response".into());
    };
    let cands = request_candidates(api, op);
    let cursor_param = find_param(&cands, CURSOR_PARAMS, |c| !c.integer || c.key != "offset")
        .or_else(|| find_param(&cands, &["offset", "page"], |c| c.string));
    let offset_param = find_param(&cands, OFFSET_PARAMS, |c| c.integer);
    let page_param = find_param(&cands, PAGE_PARAMS, |c| c.integer);
    let size_param = find_param(&cands, SIZE_PARAMS, |c| c.integer).map(|c| c.param.clone());
    let declared_link = op
        .success()
        .is_some_and(|r| r.headers.iter().any(|h| h.eq_ignore_ascii_case("link")));

    let mut fields = Vec::new();
    fields_of(space, resp, 3, &[], &mut fields);
    let leaf = |f: &FieldInfo| norm(f.path.last().unwrap());
    let parent_has = |f: &FieldInfo, words: &[&str]| {
        f.path[..f.path.len() - 1]
            .iter()
            .any(|p| words.iter().any(|w| norm(p).contains(w)))
    };
    let has_more = fields
        .iter()
        .find(|f| {
            ["hasmore", "more", "hasnextpage", "hasnext"].contains(&leaf(f).as_str())
                && is_bool(space, f.ty)
        })
        .map(|f| f.path.clone());
    let total = fields
        .iter()
        .find(|f| {
            [
                "total",
                "totalcount",
                "totalresults",
                "totalitems",
                "numfound",
                "totalsize",
                "totalrecords",
            ]
            .contains(&leaf(f).as_str())
                && is_integer(space, f.ty)
        })
        .map(|f| f.path.clone());
    let page_count = fields
        .iter()
        .find(|f| {
            ["totalpages", "pagecount", "numpages", "lastpage", "pages"].contains(&leaf(f).as_str())
                && is_integer(space, f.ty)
        })
        .map(|f| f.path.clone());
    // `last_id` (OpenAI), or a `last` cursor beside a `first` one (PagerDuty analytics).
    let has_first = fields
        .iter()
        .any(|f| f.path.len() == 1 && leaf(f) == "first");
    let last_id = fields
        .iter()
        .find(|f| {
            (leaf(f) == "lastid"
                || (leaf(f) == "last" && f.path.len() == 1 && has_first && is_string(space, f.ty)))
                && is_scalar_cursor(space, f.ty)
        })
        .map(|f| f.path.clone());
    let cursor_field = fields
        .iter()
        .find(|f| {
            let l = leaf(f);
            is_scalar_cursor(space, f.ty)
                && ([
                    "nextcursor",
                    "nextpagetoken",
                    "nexttoken",
                    "nextmarker",
                    "continuationtoken",
                    "nextpagecursor",
                    "endcursor",
                    "nextkey",
                ]
                .contains(&l.as_str())
                    || (l == "cursor"
                        && parent_has(
                            f,
                            &["next", "paging", "pagination", "meta", "responsemetadata"],
                        ))
                    || (parent_has(f, &["next"])
                        && cursor_param.is_some_and(|c| {
                            norm(c.param.path.last().unwrap_or(&c.param.display())) == l
                                || c.key == l
                        }))
                    || (l == "nextpage"
                        && is_string(space, f.ty)
                        && cursor_param.is_some_and(|c| c.string && c.key == "page")))
        })
        .map(|f| f.path.clone());
    let next_url = fields
        .iter()
        .find(|f| {
            let l = leaf(f);
            is_string(space, f.ty)
                && ([
                    "nextpageuri",
                    "nextpageurl",
                    "nexturl",
                    "nextlink",
                    "odatanextlink",
                    "nextpagelink",
                    "nexturi",
                ]
                .contains(&l.as_str())
                    || (l == "next" && !f.path.iter().any(|p| norm(p).contains("cursor")))
                    || (l == "href" && parent_has(f, &["next"])))
        })
        .map(|f| f.path.clone());

    let request_side = cursor_param.is_some() || offset_param.is_some() || page_param.is_some();
    // Many specs say it only in prose ("pagination via the Link header"): that counts beside
    // a page parameter.
    let described_link = !declared_link && request_side && describes_link_header(op);
    let link_header = declared_link || described_link;
    let paging_evidence =
        request_side || link_header || cursor_field.is_some() || next_url.is_some();
    // Writes (POST/PUT/...) list things only when they take a page parameter (POST search).
    if !paging_evidence || (op.method != crate::ir::Method::Get && !request_side) {
        return none("no page parameter, next link or cursor in the spec".into());
    }
    let records = match find_records(space, op, resp) {
        Ok(r) => r,
        Err(why) => {
            if cursor_param.is_some() || cursor_field.is_some() || next_url.is_some() || link_header
            {
                warnings.push(Warning {
                    code: WarningCode::Pagination,
                    location: op.location.clone(),
                    message: format!("pagination evidence, but {why}; left unpaginated"),
                });
                return none(format!("ambiguous: {why}"));
            }
            return none(format!("not a list: {why}"));
        }
    };
    let plan = |kind,
                param: Option<&Candidate>,
                next_field,
                total_field,
                id_field: Option<String>,
                first_page| Plan {
        kind,
        records: records.clone(),
        param: param.map(|c| c.param.clone()),
        size_param: size_param.clone(),
        next_field,
        has_more_field: has_more.clone(),
        total_field,
        id_field,
        first_page,
        source: "heuristic".into(),
    };
    let names = |p: &Option<Vec<String>>| {
        p.as_ref()
            .map(|p| format!("`{}`", p.join(".")))
            .unwrap_or_default()
    };
    let records_name = if records.is_empty() {
        "the response".to_string()
    } else {
        format!("`{}`", records.join("."))
    };

    if declared_link {
        return Decision {
            plan: Some(plan(Kind::LinkHeader, None, None, None, None, 1)),
            reason: format!(
                "the success response declares a `Link` header; records in {records_name}"
            ),
        };
    }
    // Prose counts only beside a page parameter, and only where the response names no
    // next cursor or link of its own.
    if described_link && cursor_field.is_none() && next_url.is_none() {
        return Decision {
            plan: Some(plan(Kind::LinkHeader, None, None, None, None, 1)),
            reason: format!(
                "the description says the next page is in the `Link` header (and a page parameter is declared); records in {records_name}"
            ),
        };
    }
    if let Some(c) = cursor_param {
        if cursor_field.is_some() {
            return Decision {
                reason: format!(
                    "cursor parameter `{}` and next cursor {} in the response",
                    c.param.display(),
                    names(&cursor_field)
                ),
                plan: Some(plan(Kind::Cursor, Some(c), cursor_field, None, None, 1)),
            };
        }
        let after_like = [
            "after",
            "startingafter",
            "pageafter",
            "paginationstartingafter",
        ]
        .contains(&c.key.as_str());
        if after_like && (has_more.is_some() || last_id.is_some()) {
            let item_ty = type_at(space, resp, &records).and_then(|t| match space.resolve(t) {
                TypeRef::Array(inner) => Some(inner.as_ref()),
                _ => None,
            });
            let has_id = item_ty
                .and_then(|t| space.struct_of(t))
                .is_some_and(|(_, f)| f.iter().any(|f| f.name == "id"));
            let reason = match &last_id {
                Some(_) => format!(
                    "`{}` takes {} of the last page{}",
                    c.param.display(),
                    names(&last_id),
                    if has_more.is_some() {
                        format!(", while {} is true", names(&has_more))
                    } else {
                        ", until an empty page".to_string()
                    }
                ),
                None => format!(
                    "`{}` takes the id of the last item while {} is true",
                    c.param.display(),
                    names(&has_more)
                ),
            };
            // A struct without the id field cannot continue; other items (unions) are read as JSON.
            let opaque_item = item_ty.is_some_and(|t| space.struct_of(t).is_none());
            if last_id.is_some() || has_id || opaque_item {
                return Decision {
                    plan: Some(plan(
                        Kind::LastItemId,
                        Some(c),
                        last_id,
                        None,
                        Some("id".into()),
                        1,
                    )),
                    reason,
                };
            }
        }
        if next_url.is_some() {
            return Decision {
                reason: format!(
                    "next-page link {} in the response (the `{}` parameter travels inside it)",
                    names(&next_url),
                    c.param.display()
                ),
                plan: Some(plan(Kind::NextUrl, None, next_url, None, None, 1)),
            };
        }
        let message = format!(
            "parameter `{}` looks like a cursor, but the response declares no next cursor, has_more or next link; left unpaginated (set it in apitap.toml)",
            c.param.display()
        );
        warnings.push(Warning {
            code: WarningCode::Pagination,
            location: op.location.clone(),
            message: message.clone(),
        });
        return none(format!("ambiguous: {message}"));
    }
    if next_url.is_some() {
        return Decision {
            reason: format!("next-page link {} in the response", names(&next_url)),
            plan: Some(plan(Kind::NextUrl, None, next_url, None, None, 1)),
        };
    }
    if let Some(c) = offset_param {
        let reason = match &total {
            Some(_) => format!(
                "offset parameter `{}` with total {}",
                c.param.display(),
                names(&total)
            ),
            None => format!(
                "offset parameter `{}` without a total: reads until an empty page{}",
                c.param.display(),
                if has_more.is_some() {
                    format!(" or {} is false", names(&has_more))
                } else {
                    String::new()
                }
            ),
        };
        return Decision {
            plan: Some(plan(Kind::Offset, Some(c), None, total, None, 1)),
            reason,
        };
    }
    if let Some(c) = page_param {
        let reason = match &page_count {
            Some(_) => format!(
                "page parameter `{}` with page count {}",
                c.param.display(),
                names(&page_count)
            ),
            None => format!(
                "page parameter `{}` without a page count: reads until an empty page{}",
                c.param.display(),
                if has_more.is_some() {
                    format!(" or {} is false", names(&has_more))
                } else {
                    String::new()
                }
            ),
        };
        let first = if c.minimum_zero { 0 } else { 1 };
        return Decision {
            plan: Some(plan(
                Kind::PageNumber,
                Some(c),
                None,
                page_count,
                None,
                first,
            )),
            reason,
        };
    }
    let message = format!(
        "response has a next cursor {} but no request parameter takes it; left unpaginated",
        names(&cursor_field)
    );
    warnings.push(Warning {
        code: WarningCode::Pagination,
        location: op.location.clone(),
        message: message.clone(),
    });
    none(format!("ambiguous: {message}"))
}

/// Does the operation's, its success response's or a parameter's description say that the
/// next page is linked from the `Link` response header?
fn describes_link_header(op: &Operation) -> bool {
    let says = |text: &Option<String>| {
        text.as_deref().is_some_and(|t| {
            let t = t.to_ascii_lowercase().replace(['`', '"', '\''], "");
            [
                "link header",
                "link response header",
                "link http header",
                "rel=next",
            ]
            .iter()
            .any(|phrase| t.contains(phrase))
        })
    };
    says(&op.description)
        || says(&op.summary)
        || op.success().is_some_and(|r| says(&r.doc))
        || op.params.iter().any(|p| says(&p.doc))
}

fn split_path(s: &str) -> Vec<String> {
    s.split('.')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Turn a declared plan into a checked [`Plan`].
fn from_declared(
    api: &Api,
    op: &Operation,
    d: &Declared,
    source: &str,
) -> Result<Decision, String> {
    if d.kind == "none" {
        return Ok(Decision {
            plan: None,
            reason: format!("switched off by {source}"),
        });
    }
    let Some(kind) = Kind::ALL.into_iter().find(|k| k.as_str() == d.kind) else {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        return Err(format!(
            "kind: expected one of {}, none; found `{}`",
            names.join(", "),
            d.kind
        ));
    };
    let space = &api.types;
    let resp = op
        .success()
        .and_then(|r| r.ty.as_ref())
        .ok_or("the operation has no JSON success response")?;
    let param_of = |name: &str| -> Result<PageParam, String> {
        if let Some(path) = name.strip_prefix("body.") {
            let path = split_path(path);
            let body = op
                .body
                .as_ref()
                .ok_or(format!("`{name}`: the operation has no body"))?;
            type_at(space, &body.ty, &path)
                .ok_or(format!("`{name}`: no such field in the request body"))?;
            return Ok(PageParam {
                name: path[0].clone(),
                location: PageParamIn::Body,
                path,
            });
        }
        let base = name.split('[').next().unwrap_or(name);
        if op
            .params
            .iter()
            .any(|p| p.location == ParamLocation::Query && (p.name == name || p.name == base))
        {
            Ok(PageParam {
                name: name.to_string(),
                location: PageParamIn::Query,
                path: Vec::new(),
            })
        } else {
            Err(format!("`{name}`: no such query parameter"))
        }
    };
    let field = |name: &Option<String>, what: &str| -> Result<Option<Vec<String>>, String> {
        match name {
            Some(n) => {
                let path = split_path(n);
                type_at(space, resp, &path)
                    .ok_or(format!("{what} `{n}`: no such field in the response"))?;
                Ok(Some(path))
            }
            None => Ok(None),
        }
    };
    let records = match &d.records {
        Some(r) => field(&Some(r.clone()), "records")?.unwrap_or_default(),
        None => find_records(space, op, resp)?,
    };
    match type_at(space, resp, &records).map(|t| space.resolve(t)) {
        Some(TypeRef::Array(_)) => {}
        _ => return Err(format!("records `{}` is not an array", records.join("."))),
    }
    let param = d.param.as_deref().map(param_of).transpose()?;
    if param.is_none()
        && matches!(
            kind,
            Kind::Cursor | Kind::LastItemId | Kind::Offset | Kind::PageNumber
        )
    {
        return Err(format!("kind `{}` needs `param`", kind.as_str()));
    }
    let next_field = field(&d.next, "next")?;
    if next_field.is_none() && matches!(kind, Kind::Cursor | Kind::NextUrl) {
        return Err(format!("kind `{}` needs `next`", kind.as_str()));
    }
    Ok(Decision {
        plan: Some(Plan {
            kind,
            records,
            param,
            size_param: d.size_param.as_deref().map(param_of).transpose()?,
            next_field,
            has_more_field: field(&d.has_more, "has_more")?,
            total_field: field(&d.total, "total")?,
            id_field: Some(d.id_field.clone().unwrap_or_else(|| "id".into()))
                .filter(|_| kind == Kind::LastItemId),
            first_page: d.first_page.unwrap_or(1),
            source: source.to_string(),
        }),
        reason: format!("declared in {source}"),
    })
}

/// Vendor extensions on the operation: `x-pagination` (apitap's keys), `x-ms-pageable`,
/// `x-speakeasy-pagination`.
fn from_extension(api: &Api, op: &Operation, warnings: &mut Vec<Warning>) -> Option<Decision> {
    let mut bad = |name: &str, e: String| {
        warnings.push(Warning {
            code: WarningCode::Pagination,
            location: op.location.clone(),
            message: format!("{name}: {e}; falling back to detection"),
        });
        None
    };
    if let Some(v) = op.extensions.get("x-pagination") {
        return match serde_json::from_value::<Declared>(v.clone()) {
            Ok(d) => from_declared(api, op, &d, "x-pagination")
                .map_or_else(|e| bad("x-pagination", e), Some),
            Err(e) => bad("x-pagination", e.to_string()),
        };
    }
    if let Some(v) = op.extensions.get("x-ms-pageable") {
        let next = v.get("nextLinkName");
        if next.is_some_and(Value::is_null) {
            return Some(Decision {
                plan: None,
                reason: "x-ms-pageable with nextLinkName null: one page".into(),
            });
        }
        let d = Declared {
            kind: "next_url".into(),
            next: Some(
                next.and_then(Value::as_str)
                    .unwrap_or("nextLink")
                    .to_string(),
            ),
            records: Some(
                v.get("itemName")
                    .and_then(Value::as_str)
                    .unwrap_or("value")
                    .to_string(),
            ),
            ..Default::default()
        };
        return from_declared(api, op, &d, "x-ms-pageable")
            .map_or_else(|e| bad("x-ms-pageable", e), Some);
    }
    if let Some(v) = op.extensions.get("x-speakeasy-pagination") {
        let jsonpath = |key: &str| {
            v.get("outputs")
                .and_then(|o| o.get(key))
                .and_then(Value::as_str)
                .map(|p| p.trim_start_matches("$.").to_string())
        };
        let input = |ty: &str| {
            v.get("inputs").and_then(Value::as_array).and_then(|list| {
                list.iter()
                    .find(|i| i.get("type").and_then(Value::as_str) == Some(ty))
                    .map(|i| {
                        let name = i.get("name").and_then(Value::as_str).unwrap_or_default();
                        if i.get("in").and_then(Value::as_str) == Some("requestBody") {
                            format!("body.{name}")
                        } else {
                            name.to_string()
                        }
                    })
            })
        };
        let kind = match v.get("type").and_then(Value::as_str) {
            Some("cursor") => "cursor",
            Some("offsetLimit") => {
                if input("page").is_some() {
                    "page_number"
                } else {
                    "offset"
                }
            }
            Some("url") => "next_url",
            other => return bad("x-speakeasy-pagination", format!("unknown type {other:?}")),
        };
        let d = Declared {
            kind: kind.into(),
            param: input("cursor")
                .or_else(|| input("offset"))
                .or_else(|| input("page")),
            size_param: input("limit"),
            next: jsonpath("nextCursor").or_else(|| jsonpath("nextUrl")),
            records: jsonpath("results"),
            ..Default::default()
        };
        return from_declared(api, op, &d, "x-speakeasy-pagination")
            .map_or_else(|e| bad("x-speakeasy-pagination", e), Some);
    }
    None
}

/// One row of `apitap explain`: an operation and its pagination decision.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainRow {
    /// The spec's `operationId` (or the one apitap made up).
    pub operation_id: String,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// How every page is read; `None` when the operation does not page.
    pub pagination: Option<Plan>,
    /// Why: the evidence found, or what was missing.
    pub reason: String,
}

pub fn explain_rows(api: &Api, decisions: &[Decision]) -> Vec<ExplainRow> {
    api.operations
        .iter()
        .zip(decisions)
        .map(|(op, d)| ExplainRow {
            operation_id: op.id.clone(),
            method: op.method.to_string(),
            path: op.path.clone(),
            pagination: d.plan.clone(),
            reason: d.reason.clone(),
        })
        .collect()
}

/// `apitap explain`'s table (Markdown, so the generated README can carry the same).
pub fn explain_table(rows: &[ExplainRow]) -> String {
    let cell = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('|', "\\|")
    };
    let mut out = String::from("| operation | method and path | pagination | records | parameters and fields | why |\n|---|---|---|---|---|---|\n");
    for r in rows {
        let (kind, records, uses) = match &r.pagination {
            Some(p) => {
                let mut uses = Vec::new();
                for (label, param) in [("param", &p.param), ("size", &p.size_param)] {
                    if let Some(param) = param {
                        let name = if param.path.is_empty() {
                            param.name.clone()
                        } else {
                            param.path.join(".")
                        };
                        uses.push(format!("{label} `{name}` ({})", param.location));
                    }
                }
                for (label, field) in [
                    ("next", &p.next_field),
                    ("has_more", &p.has_more_field),
                    ("total", &p.total_field),
                ] {
                    if let Some(f) = field {
                        uses.push(format!("{label} `{}`", f.join(".")));
                    }
                }
                if let Some(id) = &p.id_field {
                    uses.push(format!("item `{id}`"));
                }
                let records = if p.records.is_empty() {
                    "(response)".to_string()
                } else {
                    format!("`{}`", p.records.join("."))
                };
                (p.kind.as_str().to_string(), records, uses.join(", "))
            }
            None => ("-".to_string(), String::new(), String::new()),
        };
        out.push_str(&format!(
            "| `{}` | {} `{}` | {} | {} | {} | {} |\n",
            cell(&r.operation_id),
            r.method,
            cell(&r.path).replace('`', "'"),
            kind,
            records,
            cell(&uses),
            cell(&r.reason)
        ));
    }
    out
}
