//! The request side of the evidence: every scalar a page parameter could be (query
//! parameters, deep-object keys, body fields), and the names that mark each kind.

use super::*;

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
pub(super) struct Candidate {
    pub(super) param: PageParam,
    /// Normalized last name (`pagecursor` for `page[cursor]`).
    pub(super) key: String,
    pub(super) string: bool,
    pub(super) integer: bool,
    pub(super) minimum_zero: bool,
}

/// Every scalar that a page parameter could be: query params, deep-object keys, body fields.
pub(super) fn request_candidates(api: &Api, op: &Operation) -> Vec<Candidate> {
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

pub(super) const CURSOR_PARAMS: &[&str] = &[
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
pub(super) const OFFSET_PARAMS: &[&str] = &[
    "offset",
    "start",
    "skip",
    "startindex",
    "from",
    "pageoffset",
];
pub(super) const PAGE_PARAMS: &[&str] = &["page", "pagenumber", "pagenum", "pageno", "pageindex"];
pub(super) const SIZE_PARAMS: &[&str] = &[
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

pub(super) fn find_param<'a>(
    cands: &'a [Candidate],
    names: &[&str],
    want: impl Fn(&Candidate) -> bool,
) -> Option<&'a Candidate> {
    names
        .iter()
        .find_map(|n| cands.iter().find(|c| c.key == *n && want(c)))
}
