//! Pagination decided from evidence in the spec, when nothing declares it.

use super::*;

/// What the spec says about one operation's paging: the page parameters it takes and the
/// paging fields its response holds.
struct Evidence<'a> {
    cursor_param: Option<&'a Candidate>,
    offset_param: Option<&'a Candidate>,
    page_param: Option<&'a Candidate>,
    size_param: Option<PageParam>,
    /// The success response declares a `Link` header.
    declared_link: bool,
    has_more: Option<Vec<String>>,
    total: Option<Vec<String>>,
    page_count: Option<Vec<String>>,
    last_id: Option<Vec<String>>,
    cursor_field: Option<Vec<String>>,
    next_url: Option<Vec<String>>,
}

impl<'a> Evidence<'a> {
    fn gather(space: &TypeSpace, op: &Operation, resp: &TypeRef, cands: &'a [Candidate]) -> Self {
        let cursor_param = find_param(cands, CURSOR_PARAMS, |c| !c.integer || c.key != "offset")
            .or_else(|| find_param(cands, &["offset", "page"], |c| c.string));
        let mut fields = Vec::new();
        fields_of(space, resp, 3, &[], &mut fields);
        let found = ResponseFields {
            space,
            fields: &fields,
        };
        Evidence {
            cursor_param,
            offset_param: find_param(cands, OFFSET_PARAMS, |c| c.integer),
            page_param: find_param(cands, PAGE_PARAMS, |c| c.integer),
            size_param: find_param(cands, SIZE_PARAMS, |c| c.integer).map(|c| c.param.clone()),
            declared_link: op
                .success()
                .is_some_and(|r| r.headers.iter().any(|h| h.eq_ignore_ascii_case("link"))),
            has_more: found.has_more(),
            total: found.total(),
            page_count: found.page_count(),
            last_id: found.last_id(),
            cursor_field: found.cursor_field(cursor_param),
            next_url: found.next_url(),
        }
    }

    /// A page parameter of any kind is declared.
    fn request_side(&self) -> bool {
        self.cursor_param.is_some() || self.offset_param.is_some() || self.page_param.is_some()
    }
}

/// The response's fields up to three levels deep, searched for each paging role.
struct ResponseFields<'s, 'f> {
    space: &'s TypeSpace,
    fields: &'f [FieldInfo<'s>],
}

fn leaf(f: &FieldInfo) -> String {
    norm(f.path.last().expect("fields have a path"))
}

/// Whether a field's path above it names one of `words` (`paging.next.after`).
fn parent_has(f: &FieldInfo, words: &[&str]) -> bool {
    f.path[..f.path.len() - 1]
        .iter()
        .any(|p| words.iter().any(|w| norm(p).contains(w)))
}

impl ResponseFields<'_, '_> {
    fn find(&self, wanted: impl Fn(&FieldInfo) -> bool) -> Option<Vec<String>> {
        self.fields
            .iter()
            .find(|f| wanted(f))
            .map(|f| f.path.clone())
    }

    fn has_more(&self) -> Option<Vec<String>> {
        self.find(|f| {
            ["hasmore", "more", "hasnextpage", "hasnext"].contains(&leaf(f).as_str())
                && is_bool(self.space, f.ty)
        })
    }

    fn total(&self) -> Option<Vec<String>> {
        const TOTALS: &[&str] = &[
            "total",
            "totalcount",
            "totalresults",
            "totalitems",
            "numfound",
            "totalsize",
            "totalrecords",
        ];
        self.find(|f| TOTALS.contains(&leaf(f).as_str()) && is_integer(self.space, f.ty))
    }

    fn page_count(&self) -> Option<Vec<String>> {
        self.find(|f| {
            ["totalpages", "pagecount", "numpages", "lastpage", "pages"].contains(&leaf(f).as_str())
                && is_integer(self.space, f.ty)
        })
    }

    /// `last_id` (OpenAI), or a `last` cursor beside a `first` one (PagerDuty analytics).
    fn last_id(&self) -> Option<Vec<String>> {
        let has_first = self
            .fields
            .iter()
            .any(|f| f.path.len() == 1 && leaf(f) == "first");
        self.find(|f| {
            (leaf(f) == "lastid"
                || (leaf(f) == "last"
                    && f.path.len() == 1
                    && has_first
                    && is_string(self.space, f.ty)))
                && is_scalar_cursor(self.space, f.ty)
        })
    }

    /// The next cursor: a telling name, a `cursor` under a paging object, the cursor
    /// parameter's own name under `next`, or Slack-style `next_page` beside a `page` token.
    fn cursor_field(&self, cursor_param: Option<&Candidate>) -> Option<Vec<String>> {
        const NAMES: &[&str] = &[
            "nextcursor",
            "nextpagetoken",
            "nexttoken",
            "nextmarker",
            "continuationtoken",
            "nextpagecursor",
            "endcursor",
            "nextkey",
        ];
        self.find(|f| {
            let l = leaf(f);
            is_scalar_cursor(self.space, f.ty)
                && (NAMES.contains(&l.as_str())
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
                        && is_string(self.space, f.ty)
                        && cursor_param.is_some_and(|c| c.string && c.key == "page")))
        })
    }

    fn next_url(&self) -> Option<Vec<String>> {
        const NAMES: &[&str] = &[
            "nextpageuri",
            "nextpageurl",
            "nexturl",
            "nextlink",
            "odatanextlink",
            "nextpagelink",
            "nexturi",
        ];
        self.find(|f| {
            let l = leaf(f);
            is_string(self.space, f.ty)
                && (NAMES.contains(&l.as_str())
                    || (l == "next" && !f.path.iter().any(|p| norm(p).contains("cursor")))
                    || (l == "href" && parent_has(f, &["next"])))
        })
    }
}

fn none(reason: String) -> Decision {
    Decision { plan: None, reason }
}

/// Leave the operation unpaginated with a warning: the evidence does not add up.
fn ambiguous(op: &Operation, message: String, warnings: &mut Vec<Warning>) -> Decision {
    warnings.push(Warning {
        code: WarningCode::Pagination,
        location: op.location.clone(),
        message: message.clone(),
    });
    none(format!("ambiguous: {message}"))
}

/// `path` as shown in reasons: `` `a.b` ``, or nothing.
fn names(p: &Option<Vec<String>>) -> String {
    p.as_ref()
        .map(|p| format!("`{}`", p.join(".")))
        .unwrap_or_default()
}

/// Builds the plan of the kind chosen, with what every kind shares.
struct Planner<'e> {
    records: Vec<String>,
    ev: &'e Evidence<'e>,
}

impl Planner<'_> {
    fn plan(
        &self,
        kind: Kind,
        param: Option<&Candidate>,
        next_field: Option<Vec<String>>,
        total_field: Option<Vec<String>>,
        id_field: Option<String>,
        first_page: u64,
    ) -> Option<Plan> {
        Some(Plan {
            kind,
            records: self.records.clone(),
            param: param.map(|c| c.param.clone()),
            size_param: self.ev.size_param.clone(),
            next_field,
            has_more_field: self.ev.has_more.clone(),
            total_field,
            id_field,
            first_page,
            source: "heuristic".into(),
        })
    }

    fn records_name(&self) -> String {
        if self.records.is_empty() {
            "the response".to_string()
        } else {
            format!("`{}`", self.records.join("."))
        }
    }
}

pub(super) fn heuristic(api: &Api, op: &Operation, warnings: &mut Vec<Warning>) -> Decision {
    let space = &api.types;
    let Some(resp) = op.success().and_then(|r| r.ty.as_ref()) else {
        return none("no JSON success response".into());
    };
    let cands = request_candidates(api, op);
    let ev = Evidence::gather(space, op, resp, &cands);
    // Many specs say it only in prose ("pagination via the Link header"): that counts beside
    // a page parameter.
    let described_link = !ev.declared_link && ev.request_side() && describes_link_header(op);
    let link_header = ev.declared_link || described_link;
    let paging_evidence =
        ev.request_side() || link_header || ev.cursor_field.is_some() || ev.next_url.is_some();
    // Writes (POST/PUT/...) list things only when they take a page parameter (POST search).
    if !paging_evidence || (op.method != crate::ir::Method::Get && !ev.request_side()) {
        return none("no page parameter, next link or cursor in the spec".into());
    }
    let records = match find_records(space, op, resp) {
        Ok(r) => r,
        Err(why) => {
            if ev.cursor_param.is_some()
                || ev.cursor_field.is_some()
                || ev.next_url.is_some()
                || link_header
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
    let planner = Planner { records, ev: &ev };
    let records_name = planner.records_name();
    if ev.declared_link {
        return Decision {
            plan: planner.plan(Kind::LinkHeader, None, None, None, None, 1),
            reason: format!(
                "the success response declares a `Link` header; records in {records_name}"
            ),
        };
    }
    // Prose counts only beside a page parameter, and only where the response names no
    // next cursor or link of its own.
    if described_link && ev.cursor_field.is_none() && ev.next_url.is_none() {
        return Decision {
            plan: planner.plan(Kind::LinkHeader, None, None, None, None, 1),
            reason: format!(
                "the description says the next page is in the `Link` header (and a page parameter is declared); records in {records_name}"
            ),
        };
    }
    if let Some(c) = ev.cursor_param {
        return by_cursor_param(space, op, resp, &planner, c, warnings);
    }
    if ev.next_url.is_some() {
        return Decision {
            reason: format!("next-page link {} in the response", names(&ev.next_url)),
            plan: planner.plan(Kind::NextUrl, None, ev.next_url.clone(), None, None, 1),
        };
    }
    if let Some(c) = ev.offset_param {
        return by_offset(&planner, c);
    }
    if let Some(c) = ev.page_param {
        return by_page_number(&planner, c);
    }
    let message = format!(
        "response has a next cursor {} but no request parameter takes it; left unpaginated",
        names(&ev.cursor_field)
    );
    ambiguous(op, message, warnings)
}

/// A cursor-like parameter: a next cursor in the response, else the last item's id
/// (`starting_after`), else a next link that carries it; otherwise ambiguous.
fn by_cursor_param(
    space: &TypeSpace,
    op: &Operation,
    resp: &TypeRef,
    planner: &Planner,
    c: &Candidate,
    warnings: &mut Vec<Warning>,
) -> Decision {
    let ev = planner.ev;
    if ev.cursor_field.is_some() {
        return Decision {
            reason: format!(
                "cursor parameter `{}` and next cursor {} in the response",
                c.param.display(),
                names(&ev.cursor_field)
            ),
            plan: planner.plan(
                Kind::Cursor,
                Some(c),
                ev.cursor_field.clone(),
                None,
                None,
                1,
            ),
        };
    }
    let after_like = [
        "after",
        "startingafter",
        "pageafter",
        "paginationstartingafter",
    ]
    .contains(&c.key.as_str());
    if after_like && (ev.has_more.is_some() || ev.last_id.is_some()) {
        if let Some(d) = by_last_item_id(space, resp, planner, c) {
            return d;
        }
    }
    if ev.next_url.is_some() {
        return Decision {
            reason: format!(
                "next-page link {} in the response (the `{}` parameter travels inside it)",
                names(&ev.next_url),
                c.param.display()
            ),
            plan: planner.plan(Kind::NextUrl, None, ev.next_url.clone(), None, None, 1),
        };
    }
    let message = format!(
        "parameter `{}` looks like a cursor, but the response declares no next cursor, has_more or next link; left unpaginated (set it in apitap.toml)",
        c.param.display()
    );
    ambiguous(op, message, warnings)
}

/// `starting_after` = the id of the last item (or the response's `last_id`), when the items
/// have an id to take.
fn by_last_item_id(
    space: &TypeSpace,
    resp: &TypeRef,
    planner: &Planner,
    c: &Candidate,
) -> Option<Decision> {
    let ev = planner.ev;
    let item_ty = type_at(space, resp, &planner.records).and_then(|t| match space.resolve(t) {
        TypeRef::Array(inner) => Some(inner.as_ref()),
        _ => None,
    });
    let has_id = item_ty
        .and_then(|t| space.struct_of(t))
        .is_some_and(|(_, f)| f.iter().any(|f| f.name == "id"));
    let reason = match &ev.last_id {
        Some(_) => format!(
            "`{}` takes {} of the last page{}",
            c.param.display(),
            names(&ev.last_id),
            if ev.has_more.is_some() {
                format!(", while {} is true", names(&ev.has_more))
            } else {
                ", until an empty page".to_string()
            }
        ),
        None => format!(
            "`{}` takes the id of the last item while {} is true",
            c.param.display(),
            names(&ev.has_more)
        ),
    };
    // A struct without the id field cannot continue; other items (unions) are read as JSON.
    let opaque_item = item_ty.is_some_and(|t| space.struct_of(t).is_none());
    (ev.last_id.is_some() || has_id || opaque_item).then(|| Decision {
        plan: planner.plan(
            Kind::LastItemId,
            Some(c),
            ev.last_id.clone(),
            None,
            Some("id".into()),
            1,
        ),
        reason,
    })
}

/// " or `has_more` is false", when the response has that flag.
fn or_has_more(ev: &Evidence) -> String {
    if ev.has_more.is_some() {
        format!(" or {} is false", names(&ev.has_more))
    } else {
        String::new()
    }
}

fn by_offset(planner: &Planner, c: &Candidate) -> Decision {
    let ev = planner.ev;
    let reason = match &ev.total {
        Some(_) => format!(
            "offset parameter `{}` with total {}",
            c.param.display(),
            names(&ev.total)
        ),
        None => format!(
            "offset parameter `{}` without a total: reads until an empty page{}",
            c.param.display(),
            or_has_more(ev)
        ),
    };
    Decision {
        plan: planner.plan(Kind::Offset, Some(c), None, ev.total.clone(), None, 1),
        reason,
    }
}

fn by_page_number(planner: &Planner, c: &Candidate) -> Decision {
    let ev = planner.ev;
    let reason = match &ev.page_count {
        Some(_) => format!(
            "page parameter `{}` with page count {}",
            c.param.display(),
            names(&ev.page_count)
        ),
        None => format!(
            "page parameter `{}` without a page count: reads until an empty page{}",
            c.param.display(),
            or_has_more(ev)
        ),
    };
    let first = if c.minimum_zero { 0 } else { 1 };
    Decision {
        plan: planner.plan(
            Kind::PageNumber,
            Some(c),
            None,
            ev.page_count.clone(),
            None,
            first,
        ),
        reason,
    }
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
