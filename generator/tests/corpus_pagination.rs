//! Pagination decisions on the real vendor specs in ../shared/specs, pinned per scheme.
//!
//! Each count was checked by reading the spec. What each vendor does:
//! - Stripe: list endpoints take `starting_after` + `limit` and answer `{data, has_more}`:
//!   last-item-id (all 91 GET operations with `starting_after`); the 7 search endpoints take
//!   `page` and answer `next_page`: cursor.
//! - Slack: `cursor` + `limit`, `response_metadata.next_cursor`: cursor, where the response
//!   schema declares its records array (many Slack responses are untyped: left unpaginated
//!   with a warning).
//! - Twilio: `PageSize`/`PageToken`, and `next_page_uri` in every list response: next URL.
//! - Box: `marker` + `next_marker`: cursor; `offset`/`limit` + `total_count`: offset.
//! - PagerDuty: `offset`/`limit` + `more`/`total`: offset; a few `cursor`/`next_cursor`; the
//!   analytics searches take `starting_after` in the body and answer `last` + `more`: last-item-id.
//! - OpenAI: `after` + `has_more` (+ `last_id` where declared): last-item-id; `page`/`next_page`
//!   on the usage endpoints: cursor; project groups (items without `id`): their next link.
//! - Intercom: `starting_after` + `pages.next.starting_after`: cursor; `page`/`per_page`: page
//!   number; `pages.next` as a URL on some lists: next URL.
//! - DigitalOcean: `page`/`per_page` with `links.pages.next` (inside an anyOf): next URL;
//!   page number where no next link is declared.
//! - Asana: `offset` is a token, `next_page.offset` answers it: cursor.
//! - SendGrid contacts: `page_token`-style `_metadata.next` links: next URL; `page`: page number.

mod common;
use std::collections::BTreeMap;

fn counts(spec: &str) -> BTreeMap<String, usize> {
    let path = common::repo_root().join("../shared/specs").join(spec);
    let explained = apitap::explain(&path, &apitap::Options::default())
        .unwrap_or_else(|e| panic!("{spec}: {e}"));
    let mut out = BTreeMap::new();
    for r in explained.operations() {
        let kind = r
            .pagination
            .map(|p| p.kind.as_str().to_string())
            .unwrap_or_else(|| "none".into());
        *out.entry(kind).or_default() += 1;
    }
    out
}

#[test]
fn vendor_pagination_is_pinned() {
    if !common::repo_root()
        .join("../shared/specs/MANIFEST.md")
        .exists()
    {
        eprintln!("../shared/specs is not beside the project; skipping the vendor pagination pins");
        return;
    }
    let expected: &[(&str, &[(&str, usize)])] = &[
        (
            "stripe/spec3.json",
            &[("cursor", 7), ("last_item_id", 91), ("none", 319)],
        ),
        (
            "slack/slack_web_openapi_v2.json",
            &[("cursor", 10), ("none", 164)],
        ),
        (
            "twilio-api/twilio_api_v2010.json",
            &[("next_url", 60), ("none", 137)],
        ),
        (
            "box/openapi.json",
            &[("cursor", 42), ("none", 244), ("offset", 10)],
        ),
        (
            "pagerduty/openapiv3.json",
            &[
                ("cursor", 18),
                ("last_item_id", 3),
                ("none", 404),
                ("offset", 40),
            ],
        ),
        (
            "openai/openapi.yaml",
            &[
                ("cursor", 11),
                ("last_item_id", 50),
                ("next_url", 1),
                ("none", 226),
            ],
        ),
        (
            "intercom-2.15/api.intercom.io.yaml",
            &[
                ("cursor", 4),
                ("next_url", 3),
                ("none", 152),
                ("page_number", 3),
            ],
        ),
        (
            "intercom-2.16/api.intercom.io.yaml",
            &[
                ("cursor", 9),
                ("next_url", 6),
                ("none", 207),
                ("page_number", 9),
            ],
        ),
        (
            "digitalocean/DigitalOcean-public.v2.yaml",
            &[
                ("last_item_id", 1),
                ("next_url", 86),
                ("none", 563),
                ("page_number", 9),
            ],
        ),
        ("asana/asana_oas.yaml", &[("cursor", 62), ("none", 185)]),
        (
            "sendgrid-contacts/tsg_lmc_contactdb_v3.json",
            &[("next_url", 2), ("none", 31), ("page_number", 3)],
        ),
        ("uspto/uspto.yaml", &[("none", 3)]),
        ("petstore/petstore.yaml", &[("none", 3)]),
        ("petstore-expanded/petstore-expanded.yaml", &[("none", 4)]),
        ("link-example/link-example.yaml", &[("none", 6)]),
        ("api-with-examples/api-with-examples.yaml", &[("none", 2)]),
        ("petstore-separate-v2/spec/swagger.yaml", &[("none", 4)]),
    ];
    let mut failures = Vec::new();
    for (spec, pins) in expected {
        let want: BTreeMap<String, usize> = pins.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        let got = counts(spec);
        if got != want {
            failures.push(format!("{spec}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
