//! Per paginated operation: three pages served, each with one distinct record.

use super::*;

/// Three pages served for a paginated operation, each with one distinct record.
pub(super) fn pagination_test(
    plan: &CratePlan,
    index: usize,
    paging: &Plan,
    report: &mut SuiteReport,
) -> Option<TokenStream> {
    let op = plan.operations[index].op;
    let resp_ty = op.success()?.ty.as_ref()?;
    let records_ty = plan.type_at(resp_ty, &paging.records)?;
    let TypeRef::Array(item_ty) = plan.resolve(records_ty) else {
        return None;
    };
    let c = call(plan, index);
    let base = plan.sample(resp_ty, "page");
    let id_field = paging.id_field.clone().unwrap_or_else(|| "id".into());
    let id_def = plan
        .struct_of(item_ty)
        .and_then(|(_, f)| f.iter().find(|f| f.name == id_field));
    // What the records array's items are held to (scalar records with a pattern, say).
    let item_constraints = field_at(plan, resp_ty, &paging.records)
        .and_then(|f| f.constraints.as_deref())
        .and_then(|c| c.items.as_deref());
    let item = |n: usize| {
        let seed = format!("item-{n}");
        let mut v = plan.sample_with(item_ty, &seed, item_constraints);
        mark_record(plan, item_ty, &id_field, n, &mut v);
        v
    };
    // The id of record `n` as mark_record sets it, as a query value.
    let id_text = |n: usize| {
        id_def
            .and_then(|f| scalar_text(&field_marker(plan, f, n)))
            .unwrap_or_else(|| format!("i{n}"))
    };
    // Cursor values of the field's type, and how the last page says "no more".
    let next_ty = paging
        .next_field
        .as_ref()
        .and_then(|f| plan.type_at(resp_ty, f));
    let int_cursor = next_ty.is_some_and(|t| matches!(plan.resolve(t), TypeRef::Integer(_)));
    let cursor = |n: usize| {
        if int_cursor {
            (json!(n), n.to_string())
        } else {
            (json!(format!("c{n}")), format!("c{n}"))
        }
    };
    // How the last page says "no more", as the schema allows: an empty string where the
    // field is required, `null` where it is nullable, else the field left out.
    let next_nullable = next_ty
        .is_some_and(|t| t.strip_nullable().1 || matches!(plan.resolve(t), TypeRef::Any));
    let end = match &paging.next_field {
        Some(f) if required_at(plan, resp_ty, f) && !int_cursor => Some(json!("")),
        Some(_) if !next_nullable => None,
        _ => Some(Value::Null),
    };
    let path_only = c.path.clone();
    // A next link declared as an absolute URI is served as one (the mock server's address).
    let absolute_next = paging
        .next_field
        .as_ref()
        .and_then(|f| field_at(plan, resp_ty, f))
        .and_then(|f| f.constraints.as_ref()?.format.as_deref())
        .is_some_and(|f| matches!(f, "uri" | "url" | "iri"));
    let next_base = if absolute_next {
        SERVER_PLACEHOLDER
    } else {
        ""
    };
    // Page n (1-based): its body, the value of the page parameter that asks for it, and a Link header.
    let mut pages: Vec<(Value, Option<String>, Option<String>)> = Vec::new();
    // Without a total or has_more, the runtime reads until an empty page: serve a fourth.
    let open_ended = match paging.kind {
        Kind::Offset | Kind::PageNumber => {
            paging.total_field.is_none() && paging.has_more_field.is_none()
        }
        Kind::LastItemId => paging.has_more_field.is_none(),
        _ => false,
    };
    let last = if open_ended { 4 } else { 3 };
    for n in 1..=last {
        let mut page = base.clone();
        let records = if n <= 3 { vec![item(n)] } else { Vec::new() };
        if paging.records.is_empty() {
            page = Value::Array(records);
        } else {
            set_path(&mut page, &paging.records, Value::Array(records));
        }
        let more = n < 3;
        if let Some(f) = &paging.has_more_field {
            set_path(&mut page, f, json!(more));
        }
        let mut link = None;
        let asks: Option<String> = match paging.kind {
            Kind::Cursor => {
                if let Some(f) = &paging.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if more {
                            Some(cursor(n + 1).0)
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| cursor(n).1)
            }
            Kind::LastItemId => {
                if let Some(f) = &paging.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if n <= 3 {
                            Some(json!(id_text(n)))
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| id_text(n - 1))
            }
            Kind::NextUrl => {
                if let Some(f) = &paging.next_field {
                    set_or_remove(
                        &mut page,
                        f,
                        if more {
                            Some(json!(format!(
                                "{next_base}{path_only}?apitap_page={}",
                                n + 1
                            )))
                        } else {
                            end.clone()
                        },
                    );
                }
                (n > 1).then(|| n.to_string())
            }
            Kind::LinkHeader => {
                if more {
                    link = Some(format!("<{path_only}?apitap_page={}>; rel=\"next\"", n + 1));
                }
                (n > 1).then(|| n.to_string())
            }
            Kind::Offset => {
                if let Some(f) = &paging.total_field {
                    set_path(&mut page, f, json!(3));
                }
                (n > 1).then(|| (n - 1).to_string())
            }
            Kind::PageNumber => {
                if let Some(f) = &paging.total_field {
                    set_path(&mut page, f, json!(3));
                }
                (n > 1).then(|| (paging.first_page + n as u64 - 1).to_string())
            }
        };
        if n <= 3 {
            if let Some(schema) = op.success().and_then(|r| r.schema.as_ref()) {
                report.samples.push(Sample {
                    what: format!("{}: page {n}", op.location),
                    schema: schema.clone(),
                    value: page.clone(),
                });
            }
        }
        pages.push((page, asks, link));
    }
    let (param_name, in_body): (String, Option<Vec<String>>) = match paging.kind {
        Kind::NextUrl | Kind::LinkHeader => ("apitap_page".into(), None),
        _ => {
            let p = paging.param.as_ref()?;
            if p.location == crate::analyze::pagination::PageParamIn::Body {
                (p.name.clone(), Some(p.path.clone()))
            } else {
                (p.name.clone(), None)
            }
        }
    };
    let method = op.method.as_str();
    let mounts = pages.iter().map(|(page, asks, link)| {
        let body = json_text(page);
        let link = link.clone().unwrap_or_default();
        let matcher = match (asks, &in_body) {
            (None, _) => quote!(common::PageMatch::First),
            (Some(v), None) => quote!(common::PageMatch::Query(#param_name, #v)),
            (Some(v), Some(path)) => {
                let mut m = json!({});
                let value = if matches!(paging.kind, Kind::Offset | Kind::PageNumber) {
                    v.parse::<i64>().map(Value::from).unwrap_or(json!(v))
                } else {
                    json!(v)
                };
                set_path(&mut m, path, value);
                let text = json_text(&m);
                quote!(common::PageMatch::Body(#text))
            }
        };
        quote!(common::expect_page(&server, #method, #path_only, #matcher, #body, #link).await;)
    });
    let name = ident(&format!("{}_pages", plan.operations[index].method));
    let builder = &c.builder;
    let requests = pages.len();
    report.pagination_tests += 1;
    Some(quote! {
        #[tokio::test]
        async fn #name() {
            if common::conformance_url().is_some() {
                return;
            }
            let (server, client) = common::setup().await;
            #(#mounts)*
            let items: Vec<_> = futures::TryStreamExt::try_collect(#builder.items()).await.expect("every page");
            assert_eq!(items.len(), 3, "one record per page, three pages");
            assert_eq!(server.received_requests().await.map(|r| r.len()), Some(#requests));
        }
    })
}
