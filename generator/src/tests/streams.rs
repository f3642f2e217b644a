//! Stream planning: which operations are streams, which parent fills a child's parameters
//! (detected, or set in `apitap.toml`), page sizes, and the `[sync]` config's errors.

use super::common::*;
use crate::analyze::streams::{Source, Stream};

pub(super) fn analyze(
    spec: &std::path::Path,
    config: Option<&str>,
) -> Result<crate::Analyzed, String> {
    let dir = tempfile::tempdir().unwrap();
    let config = config.map(|c| {
        let p = dir.path().join("apitap.toml");
        std::fs::write(&p, c).unwrap();
        p
    });
    crate::analyze_spec(
        spec,
        &crate::Options {
            config,
            ..Default::default()
        },
    )
    .map_err(|e| e.to_string())
}

pub(super) fn stream<'a>(a: &'a crate::Analyzed, name: &str) -> &'a Stream {
    a.analysis
        .streams
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no stream {name}"))
}

pub(super) fn sources(s: &Stream) -> Vec<(String, Source)> {
    s.partition
        .iter()
        .map(|p| (p.name.clone(), p.source.clone()))
        .collect()
}

pub(super) fn field(path: &[&str]) -> Source {
    Source::Field(path.iter().map(|s| s.to_string()).collect())
}

#[test]
fn parents_detected_from_paths_and_keys() {
    let a = analyze(&repo_root().join("specs/ledger.yaml"), None).unwrap();
    let names: Vec<&str> = a.analysis.streams.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "list_customers",
            "list_customer_invoices",
            "list_invoice_lines",
            "list_products",
            "list_events",
            "list_reports"
        ]
    );
    let invoices = stream(&a, "list_customer_invoices");
    assert_eq!(invoices.parent.as_deref(), Some("list_customers"));
    assert_eq!(sources(invoices), [("customer".into(), field(&["id"]))]);
    assert!(
        invoices.reason.contains("extends `/customers`"),
        "{}",
        invoices.reason
    );
    let lines = stream(&a, "list_invoice_lines");
    assert_eq!(lines.parent.as_deref(), Some("list_customer_invoices"));
    assert_eq!(
        sources(lines),
        [
            ("invoice".into(), field(&["id"])),
            ("customer".into(), Source::Inherit("customer".into()))
        ]
    );
    // The partition columns are part of the child's root table.
    let line_table = &a.analysis.tables.tables[lines.tables[0]];
    let columns: Vec<&str> = line_table.columns.iter().map(|c| c.name.as_str()).collect();
    assert!(
        columns.ends_with(&["_parent_invoice", "_parent_customer"]),
        "{columns:?}"
    );
    assert!(stream(&a, "list_customers").parent.is_none());
    assert_eq!(stream(&a, "list_reports").needs, ["account"]);
    // Page sizes: the schema's maximum, else the API's default.
    let size = |s: &str| stream(&a, s).page_size.as_ref().map(|p| p.default);
    assert_eq!(size("list_customers"), Some(Some(100)));
    assert_eq!(size("list_customer_invoices"), Some(Some(50)));
    assert_eq!(size("list_events"), Some(None));
    assert_eq!(size("list_reports"), None);
    let customers = stream(&a, "list_customers");
    assert_eq!(customers.cursor.as_deref(), Some("updated"));
    assert_eq!(customers.since_param.as_deref(), Some("since"));
}

const FORGE: &str = r#"
openapi: 3.0.3
info: {title: Forge, version: "1"}
paths:
  /orgs/{org}/repos:
    get:
      operationId: listOrgRepos
      parameters:
        - {name: org, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: per_page, in: query, description: "The number of results per page (max 100).", schema: {type: integer}}
      responses:
        "200":
          description: Repositories.
          headers:
            Link: {schema: {type: string}}
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Repo'}}
  /repos/{owner}/{repo}/issues:
    get:
      operationId: listIssues
      parameters:
        - {name: owner, in: path, required: true, schema: {type: string}}
        - {name: repo, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: per_page, in: query, schema: {type: integer}}
      responses:
        "200":
          description: Issues.
          headers:
            Link: {schema: {type: string}}
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Issue'}}
  /repos/{owner}/{repo}/issues/{issue_number}/comments:
    get:
      operationId: listIssueComments
      parameters:
        - {name: owner, in: path, required: true, schema: {type: string}}
        - {name: repo, in: path, required: true, schema: {type: string}}
        - {name: issue_number, in: path, required: true, schema: {type: integer}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200":
          description: Comments.
          headers:
            Link: {schema: {type: string}}
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Comment'}}
components:
  schemas:
    Repo:
      type: object
      required: [id, name, owner]
      properties:
        id: {type: integer}
        name: {type: string}
        owner: {type: object, required: [login], properties: {login: {type: string}}}
    Issue:
      type: object
      required: [id, number]
      properties:
        id: {type: integer}
        number: {type: integer}
        updated_at: {type: string, format: date-time}
    Comment:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        body: {type: string}
"#;

#[test]
fn parents_params_and_values_from_the_config() {
    let (_dir, spec) = spec_file("forge.yaml", FORGE);
    // Without a config: issues has no evident parent (no stream at `/repos/{owner}`) and
    // needs both; comments extends issues by `{issue_number}`, the issue's `number`.
    let a = analyze(&spec, None).unwrap();
    assert_eq!(stream(&a, "list_issues").needs, ["owner", "repo"]);
    let comments = stream(&a, "list_issue_comments");
    assert_eq!(comments.parent.as_deref(), Some("list_issues"));
    assert_eq!(
        sources(comments),
        [
            ("issue_number".into(), field(&["number"])),
            ("owner".into(), Source::Inherit("owner".into())),
            ("repo".into(), Source::Inherit("repo".into()))
        ]
    );
    assert_eq!(stream(&a, "list_org_repos").needs, ["org"]);
    // Page size maximum from the description.
    let size = stream(&a, "list_org_repos").page_size.clone().unwrap();
    assert_eq!((size.default, size.max), (Some(100), Some(100)));

    let config = r#"
[sync]
page_size = 30
[sync.streams.list_org_repos]
selected = true
params = { org = ["acme", "globex"] }
[sync.streams.list_issues]
parent = "list_org_repos"
params = { owner = "owner.login", repo = "name" }
page_size = 500
"#;
    let a = analyze(&spec, Some(config)).unwrap();
    let repos = stream(&a, "list_org_repos");
    assert!(repos.selected && repos.needs.is_empty());
    assert_eq!(
        sources(repos),
        [(
            "org".into(),
            Source::Values(vec!["acme".into(), "globex".into()])
        )]
    );
    assert_eq!(repos.page_size.as_ref().unwrap().default, Some(30));
    let issues = stream(&a, "list_issues");
    assert_eq!(issues.parent.as_deref(), Some("list_org_repos"));
    assert!(issues.needs.is_empty());
    assert_eq!(
        sources(issues),
        [
            ("owner".into(), field(&["owner", "login"])),
            ("repo".into(), field(&["name"]))
        ]
    );
    assert_eq!(
        issues.reason,
        "`parent = \"list_org_repos\"` in apitap.toml"
    );
    assert_eq!(
        issues.page_size.as_ref().unwrap().default,
        Some(500),
        "no maximum to cap it"
    );
    let repo_table = &a.analysis.tables.tables[repos.tables[0]];
    assert!(repo_table.columns.iter().any(|c| c.name == "_param_org"));

    // The generated sync module carries the same plan.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("apitap.toml");
    std::fs::write(&cfg, config).unwrap();
    let g = crate::generate(
        &spec,
        &crate::Options {
            name: Some("forge".into()),
            config: Some(cfg),
            ..Default::default()
        },
    )
    .unwrap();
    let sync = &g.files["src/sync.rs"];
    assert!(
        sync.contains(r#"source: rt::ParamSource::Field(&["owner", "login"])"#),
        "{sync}"
    );
    assert!(
        sync.contains(r#"source: rt::ParamSource::Values(&["acme", "globex"])"#),
        "{sync}"
    );
    let readme = &g.files["README.md"];
    assert!(readme.contains("## Sync"), "{readme}");
    assert!(
        readme.contains("| `list_issues` | `issue` | `list_org_repos`, `owner` = `owner.login`, `repo` = `name` |"),
        "{readme}"
    );
}

#[test]
fn parent_none_and_selection_list() {
    let (_dir, spec) = spec_file("forge.yaml", FORGE);
    let a = analyze(
        &spec,
        Some("[sync.streams.list_issue_comments]\nparent = \"none\"\n"),
    )
    .unwrap();
    let comments = stream(&a, "list_issue_comments");
    assert!(comments.parent.is_none());
    assert_eq!(comments.needs, ["owner", "repo", "issue_number"]);
    let a = analyze(&spec, Some("[sync]\nstreams = [\"list_issues\"]\n")).unwrap();
    assert!(stream(&a, "list_issues").selected);
    assert!(!stream(&a, "list_org_repos").selected);
}

#[test]
fn config_mistakes_are_errors_that_say_what_is_wrong() {
    let (_dir, spec) = spec_file("forge.yaml", FORGE);
    let cases = [
        (
            "[sync]\nstreams = [\"nope\"]\n",
            "[sync] streams: `nope` is not a stream of this API; streams: list_org_repos, list_issues, list_issue_comments",
        ),
        (
            "[sync.streams.list_issues]\nparent = \"nope\"\n",
            "[sync.streams.list_issues] parent: `nope` is not a stream",
        ),
        (
            "[sync.streams.list_issues]\nparent = \"list_org_repos\"\nparams = { owner = \"owner.name\" }\n",
            "[sync.streams.list_issues] params.owner: `owner.name` is not a field of `list_org_repos` records (Repo)",
        ),
        (
            "[sync.streams.list_issues]\nparent = \"list_org_repos\"\nparams = { zzz = \"name\" }\n",
            "[sync.streams.list_issues] params: `zzz` is not a parameter of `listIssues`",
        ),
        (
            "[sync.streams.list_issues]\ncursor = \"number2\"\n",
            "[sync.streams.list_issues] cursor: `number2` is not a scalar field of the record",
        ),
        (
            "[sync.streams.list_org_repos]\nchildren = \"some\"\n",
            "[sync.streams.list_org_repos] children: expected `all` or `changed`, found `some`",
        ),
        (
            "[sync.streams.list_issues]\nparent = \"list_issue_comments\"\nparams = { owner = \"id\" }\n",
            "parent: the parents form a cycle back to",
        ),
        (
            "[sync.streams.list_issues]\nsurprise = 1\n",
            "[sync.streams.list_issues]: unknown field `surprise`",
        ),
        (
            "[sync.streams.list_issues]\nwrite = \"upsert\"\n",
            "[sync.streams.list_issues]: unknown variant `upsert`, expected one of `merge`, `append`, `replace`",
        ),
        (
            "[sync]\ncontract = \"strict\"\n",
            "unknown variant `strict`, expected one of `evolve`, `warn`, `freeze`",
        ),
        (
            "[sync.streams.list_issues]\nlookback = \"10x\"\n",
            "[sync.streams.list_issues] lookback: `10x`: expected a duration such as 90s, 10m",
        ),
        (
            "[sync.streams.list_issue_comments]\nlookback = \"10m\"\n",
            "[sync.streams.list_issue_comments] lookback: the stream has no cursor to look back from",
        ),
        (
            "[sync.streams.list_issues]\nwrite = \"append\"\nlookback = \"5m\"\n",
            "[sync.streams.list_issues] lookback: an `append` stream would store every record of the window again",
        ),
        (
            "[types]\nkeep_unknown = [\"Repo\", \"Nope\"]\n",
            "[types] keep_unknown: `Nope` is not an object schema of the spec",
        ),
    ];
    for (config, expected) in cases {
        let err = analyze(&spec, Some(config))
            .err()
            .unwrap_or_else(|| panic!("accepted: {config}"));
        assert!(err.contains(expected), "{config}\n{err}");
    }
}

#[test]
fn stripe_customers_have_their_child_streams() {
    let spec = repo_root().join("../shared/specs/stripe/spec3.json");
    if !spec.exists() {
        eprintln!("skipped: {} is not there", spec.display());
        return;
    }
    let a = analyze(&spec, None).unwrap();
    for child in [
        "get_customers_customer_tax_ids",
        "get_customers_customer_balance_transactions",
        "get_customers_customer_cards",
        "get_customers_customer_subscriptions",
    ] {
        let s = stream(&a, child);
        assert_eq!(s.parent.as_deref(), Some("get_customers"), "{child}");
        assert_eq!(sources(s), [("customer".into(), field(&["id"]))], "{child}");
        assert_eq!(
            s.page_size.as_ref().and_then(|p| p.default),
            Some(100),
            "{child}: Stripe's `limit` says 1 to 100 in words"
        );
    }
    let customers = stream(&a, "get_customers");
    assert!(customers.parent.is_none());
    assert_eq!(customers.since_param.as_deref(), Some("created[gte]"));
}
