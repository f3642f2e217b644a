//! Per paginated operation: three pages served, each with one distinct record.

use super::*;
use crate::emit::rust::TextItem;

/// What the served pages are made of: the page and record samples, and how each page
/// points to the next as the pagination plan says.
struct Pager<'p> {
    plan: &'p CratePlan<'p>,
    paging: &'p Plan,
    /// A sample page, into which each page's records and page info are set.
    base: Value,
    item_ty: &'p TypeRef,
    id_field: String,
    id_def: Option<&'p crate::ir::Field>,
    /// The field that holds the next page's cursor: where records have no id field, a
    /// last-item-id cursor is a value of its type.
    next_def: Option<&'p crate::ir::Field>,
    /// What the records array's items are held to (scalar records with a pattern, say).
    item_constraints: Option<&'p crate::ir::Constraints>,
    /// The cursor field is an integer.
    int_cursor: bool,
    /// How the last page says "no more": `None` leaves the field out.
    end: Option<Value>,
    /// The path the pages are requested at, and a next link's prefix (the mock server's
    /// address when the spec declares the link an absolute URI).
    path_only: String,
    next_base: &'static str,
}

impl<'p> Pager<'p> {
    fn new(
        plan: &'p CratePlan<'p>,
        paging: &'p Plan,
        resp_ty: &'p TypeRef,
        path_only: String,
    ) -> Option<Pager<'p>> {
        let records_ty = plan.type_at(resp_ty, &paging.records)?;
        let TypeRef::Array(item_ty) = plan.resolve(records_ty) else {
            return None;
        };
        let id_field = paging.id_field.clone().unwrap_or_else(|| "id".into());
        let id_def = plan
            .struct_of(item_ty)
            .and_then(|(_, f)| f.iter().find(|f| f.name == id_field));
        let item_constraints = field_at(plan, resp_ty, &paging.records)
            .and_then(|f| f.field.constraints.as_deref())
            .and_then(|c| c.items.as_deref());
        let next_def = paging
            .next_field
            .as_ref()
            .and_then(|f| field_at(plan, resp_ty, f))
            .map(|f| f.field);
        let next_ty = paging
            .next_field
            .as_ref()
            .and_then(|f| plan.type_at(resp_ty, f));
        let int_cursor = next_ty.is_some_and(|t| matches!(plan.resolve(t), TypeRef::Integer(_)));
        // An empty string where the field is required, `null` where it is nullable, else
        // the field left out.
        let next_nullable = next_ty
            .is_some_and(|t| t.strip_nullable().1 || matches!(plan.resolve(t), TypeRef::Any));
        let end = match &paging.next_field {
            Some(f) if required_at(plan, resp_ty, f) && !int_cursor => Some(json!("")),
            Some(_) if !next_nullable => None,
            _ => Some(Value::Null),
        };
        let absolute_next = paging
            .next_field
            .as_ref()
            .and_then(|f| field_at(plan, resp_ty, f))
            .and_then(|f| f.field.constraints.as_ref()?.format.as_deref())
            .is_some_and(|f| matches!(f, "uri" | "url" | "iri"));
        Some(Pager {
            plan,
            paging,
            base: plan.sample(resp_ty, "page"),
            item_ty,
            id_field,
            id_def,
            next_def,
            item_constraints,
            int_cursor,
            end,
            path_only,
            next_base: if absolute_next {
                SERVER_PLACEHOLDER
            } else {
                ""
            },
        })
    }

    /// Record `n`, told apart from the others by its marker fields.
    fn item(&self, n: usize) -> Value {
        let seed = format!("item-{n}");
        let mut v = self
            .plan
            .sample_with(self.item_ty, &seed, self.item_constraints);
        mark_record(self.plan, self.item_ty, &self.id_field, n, &mut v);
        v
    }

    /// The id of record `n` as `mark_record` sets it (else a value of the next-cursor
    /// field's type), as a query value.
    fn id_text(&self, n: usize) -> String {
        self.id_def
            .or(self.next_def)
            .and_then(|f| scalar_text(&field_marker(self.plan, f, n)))
            .unwrap_or_else(|| format!("i{n}"))
    }

    /// Cursor `n` of the field's type, and as a query value.
    fn cursor(&self, n: usize) -> (Value, String) {
        if self.int_cursor {
            (json!(n), n.to_string())
        } else {
            (json!(format!("c{n}")), format!("c{n}"))
        }
    }

    /// Without a total or has_more, the runtime reads until an empty page: serve a fourth.
    fn last_page(&self) -> usize {
        let open_ended = match self.paging.kind {
            Kind::Offset | Kind::PageNumber => {
                self.paging.total_field.is_none() && self.paging.has_more_field.is_none()
            }
            Kind::LastItemId => self.paging.has_more_field.is_none(),
            _ => false,
        };
        if open_ended {
            4
        } else {
            3
        }
    }

    /// Page `n` (1-based): its body, the value of the page parameter that asks for it,
    /// and a Link header.
    fn page(&self, n: usize) -> (Value, Option<String>, Option<String>) {
        let paging = self.paging;
        let mut page = self.base.clone();
        let records = if n <= 3 {
            vec![self.item(n)]
        } else {
            Vec::new()
        };
        if paging.records.is_empty() {
            page = Value::Array(records);
        } else {
            set_path(&mut page, &paging.records, Value::Array(records));
        }
        let more = n < 3;
        if let Some(f) = &paging.has_more_field {
            set_path(&mut page, f, json!(more));
        }
        let mut set_next = |value: Option<Value>| {
            if let Some(f) = &paging.next_field {
                set_or_remove(&mut page, f, value.or_else(|| self.end.clone()));
            }
        };
        let mut link = None;
        let asks: Option<String> = match paging.kind {
            Kind::Cursor => {
                set_next(more.then(|| self.cursor(n + 1).0));
                (n > 1).then(|| self.cursor(n).1)
            }
            Kind::LastItemId => {
                set_next((n <= 3).then(|| json!(self.id_text(n))));
                (n > 1).then(|| self.id_text(n - 1))
            }
            Kind::NextUrl => {
                set_next(more.then(|| {
                    json!(format!(
                        "{}{}?apitap_page={}",
                        self.next_base,
                        self.path_only,
                        n + 1
                    ))
                }));
                (n > 1).then(|| n.to_string())
            }
            Kind::LinkHeader => {
                if more {
                    link = Some(format!(
                        "<{}?apitap_page={}>; rel=\"next\"",
                        self.path_only,
                        n + 1
                    ));
                }
                (n > 1).then(|| n.to_string())
            }
            Kind::Offset | Kind::PageNumber => {
                if let Some(f) = &paging.total_field {
                    set_path(&mut page, f, json!(3));
                }
                let offset = paging.kind == Kind::Offset;
                (n > 1).then(|| match offset {
                    true => (n - 1).to_string(),
                    false => (paging.first_page + n as u64 - 1).to_string(),
                })
            }
        };
        (page, asks, link)
    }

    /// The name of the page parameter, and its path when it goes in the body.
    fn page_param(&self) -> Option<(String, Option<Vec<String>>)> {
        Some(match self.paging.kind {
            Kind::NextUrl | Kind::LinkHeader => ("apitap_page".into(), None),
            _ => {
                let p = self.paging.param.as_ref()?;
                if p.location == crate::analyze::pagination::PageParamIn::Body {
                    (p.name.clone(), Some(p.path.clone()))
                } else {
                    (p.name.clone(), None)
                }
            }
        })
    }

    /// The mock of one page: matched by the value asking for it (none for the first).
    fn mount(
        &self,
        method: &str,
        (page, asks, link): &(Value, Option<String>, Option<String>),
    ) -> Option<TextItem> {
        let (param_name, in_body) = self.page_param()?;
        let matcher = match (asks, &in_body) {
            (None, _) => "common::PageMatch::First".to_string(),
            (Some(v), None) => format!(
                "common::PageMatch::Query({}, {})",
                string_literal(&param_name),
                string_literal(v)
            ),
            (Some(v), Some(path)) => {
                let mut m = json!({});
                let value = if matches!(self.paging.kind, Kind::Offset | Kind::PageNumber) {
                    v.parse::<i64>().map(Value::from).unwrap_or(json!(v))
                } else {
                    json!(v)
                };
                set_path(&mut m, path, value);
                format!(
                    "common::PageMatch::Body({})",
                    string_literal(&json_text(&m))
                )
            }
        };
        Some(text::awaited_call(
            "common::expect_page",
            &[
                ("&server".to_string(), false),
                (string_literal(method), true),
                (string_literal(&self.path_only), true),
                (matcher, false),
                (string_literal(&json_text(page)), true),
                (string_literal(link.as_deref().unwrap_or_default()), true),
            ],
        ))
    }
}

/// Three pages served for a paginated operation, each with one distinct record, printed
/// as text; and whether every statement was printed directly (not left to prettyplease).
pub(super) fn pagination_test(
    plan: &CratePlan,
    index: usize,
    c: &Call,
    paging: &Plan,
    report: &mut SuiteReport,
) -> Result<Option<(String, bool)>> {
    let op = plan.operations[index].op;
    let Some(resp_ty) = op.success().and_then(|r| r.ty.as_ref()) else {
        return Ok(None);
    };
    let Some(pager) = Pager::new(plan, paging, resp_ty, c.path.clone()) else {
        return Ok(None);
    };
    let pages: Vec<_> = (1..=pager.last_page()).map(|n| pager.page(n)).collect();
    if let Some(schema) = op.success().and_then(|r| r.schema.as_ref()) {
        for (n, (page, _, _)) in pages.iter().enumerate().take(3) {
            report.samples.push(Sample {
                what: format!("{}: page {}", op.location, n + 1),
                schema: schema.clone(),
                value: page.clone(),
            });
        }
    }
    let method = op.method.as_str();
    let Some(mounts) = pages
        .iter()
        .map(|page| pager.mount(method, page))
        .collect::<Option<Vec<_>>>()
    else {
        return Ok(None);
    };
    report.pagination_tests += 1;
    let mut out = format!(
        "#[tokio::test]\nasync fn {}_pages() {{\n",
        plan.operations[index].method
    );
    out.push_str("    if common::conformance_url().is_some() {\n        return;\n    }\n");
    out.push_str("    let (server, client) = common::setup().await;\n");
    let mut direct = true;
    for statement in mounts.into_iter().chain([text::collect_items(c)]) {
        direct &= statement.fits;
        out.push_str(&text::statement(statement)?);
    }
    out.push_str("    assert_eq!(items.len(), 3, \"one record per page, three pages\");\n");
    // prettyplease's spelling of the macro's tokens.
    out.push_str(&format!(
        "    assert_eq!(server.received_requests(). await .map(| r | r.len()), Some({}usize));\n}}\n",
        pages.len()
    ));
    Ok(Some((out, direct)))
}
