//! Stream planning: which operations are streams, which parent fills a child's parameters
//! (detected, or set in `apitap.toml`), page sizes, and the `[sync]` config's errors.

use super::common::*;
use crate::analyze::streams::{Source, Stream};

fn analyze(spec: &std::path::Path, config: Option<&str>) -> Result<crate::Analyzed, String> {
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

fn stream<'a>(a: &'a crate::Analyzed, name: &str) -> &'a Stream {
    a.analysis
        .streams
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no stream {name}"))
}

fn sources(s: &Stream) -> Vec<(String, Source)> {
    s.partition
        .iter()
        .map(|p| (p.name.clone(), p.source.clone()))
        .collect()
}

fn field(path: &[&str]) -> Source {
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

/// Cursor fields of every kind, to see which one each record's stream tracks.
const CURSORS: &str = r#"
openapi: 3.0.3
info: {title: Cursors, version: "1"}
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - {name: page, in: query, schema: {type: integer}}
        - name: created
          in: query
          style: deepObject
          schema: {type: object, properties: {gte: {type: integer}}}
      responses:
        "200":
          description: Orders; `created` can be filtered on, `updated_at` cannot.
          content:
            application/json:
              schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Order'}}, total_pages: {type: integer}}}
  /tickets:
    get:
      operationId: listTickets
      parameters:
        - {name: page, in: query, schema: {type: integer}}
        - {name: modified_since, in: query, schema: {type: string}}
      responses:
        "200":
          description: Tickets.
          content:
            application/json:
              schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Ticket'}}, total_pages: {type: integer}}}
  /notes:
    get:
      operationId: listNotes
      parameters:
        - {name: page, in: query, schema: {type: integer}}
        - {name: created_after, in: query, schema: {type: string, format: date-time}}
      responses:
        "200":
          description: Notes.
          content:
            application/json:
              schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Note'}}, total_pages: {type: integer}}}
  /events:
    get:
      operationId: listEvents
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200":
          description: Events.
          content:
            application/json:
              schema: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/Event'}}, total_pages: {type: integer}}}
components:
  schemas:
    Order:
      type: object
      required: [id, created]
      properties:
        id: {type: string}
        created: {type: integer, format: unix-time}
        updated_at: {type: integer, nullable: true}
    Ticket:
      type: object
      required: [id, created_at]
      properties:
        id: {type: string}
        created_at: {type: string, format: date-time}
        last_modified: {type: string}
    Note:
      type: object
      required: [id, created_at]
      properties:
        id: {type: string}
        updated_by: {type: string}
        created_at: {type: string, format: date-time}
    Event:
      type: object
      required: [id]
      properties:
        id: {type: string}
        type: {type: string}
"#;

#[test]
fn the_cursor_moves_when_a_record_changes_and_says_why() {
    let (_dir, spec) = spec_file("cursors.yaml", CURSORS);
    let a = analyze(&spec, None).unwrap();
    let cursor = |name: &str| {
        let s = stream(&a, name);
        (
            s.cursor.clone(),
            s.cursor_fallback.clone(),
            s.since_param.clone(),
            s.cursor_reason.clone(),
        )
    };
    // `updated_at` over the `created` the API can filter on; a record not updated yet
    // counts by `created` (both integers), and nothing is sent (`created[gte]` with an
    // update time would miss records created before it and updated after).
    let (c, fallback, since, why) = cursor("list_orders");
    assert_eq!(
        (c.as_deref(), fallback.as_deref(), since),
        (Some("updated_at"), Some("created"), None)
    );
    assert!(
        why.contains("preferred to `created`, which the API can filter on"),
        "{why}"
    );
    // A changed-kind field with its own filter.
    let (c, fallback, since, _) = cursor("list_tickets");
    assert_eq!(
        (c.as_deref(), fallback, since.as_deref()),
        (Some("last_modified"), None, Some("modified_since"))
    );
    // `updated_by` is a user, not a time: `created_at`, with its filter.
    let (c, _, since, why) = cursor("list_notes");
    assert_eq!(
        (c.as_deref(), since.as_deref()),
        (Some("created_at"), Some("created_after"))
    );
    assert!(
        why.contains("updates to loaded records are not pulled again"),
        "{why}"
    );
    let (c, _, _, why) = cursor("list_events");
    assert_eq!(c, None);
    assert!(
        why.contains("no field that marks when it was created or changed"),
        "{why}"
    );

    // Set in apitap.toml: the field as given, with its filter, and a lookback.
    let a = analyze(
        &spec,
        Some("[sync.streams.list_orders]\ncursor = \"created\"\nlookback = 300\n"),
    )
    .unwrap();
    let s = stream(&a, "list_orders");
    assert_eq!(
        (
            s.cursor.as_deref(),
            s.since_param.as_deref(),
            s.cursor_fallback.as_deref()
        ),
        (Some("created"), Some("created[gte]"), None)
    );
    assert_eq!(
        s.lookback,
        Some(crate::analyze::streams::Lookback::Count(300))
    );
}

#[test]
fn write_modes_contracts_and_lookbacks_from_the_config() {
    use crate::analyze::flatten::WriteMode;
    use crate::analyze::streams::{Contract, Lookback};
    let spec = repo_root().join("specs/billing.yaml");
    let a = analyze(
        &spec,
        Some(&std::fs::read_to_string(repo_root().join("specs/billing.toml")).unwrap()),
    )
    .unwrap();
    let charges = stream(&a, "list_charges");
    assert_eq!(
        (charges.write, charges.contract, charges.lookback),
        (
            WriteMode::Merge,
            Contract::Evolve,
            Some(Lookback::Seconds(600))
        )
    );
    assert_eq!(charges.since_param.as_deref(), Some("updated_since"));
    let customers = stream(&a, "list_customers");
    assert_eq!(customers.write, WriteMode::Append);
    assert_eq!(
        (
            customers.cursor.as_deref(),
            customers.cursor_fallback.as_deref()
        ),
        (Some("updated_at"), Some("created_at"))
    );
    let plans = stream(&a, "list_plans");
    assert_eq!(plans.write, WriteMode::Replace);
    // The tables carry their stream's mode; an append table's key is not enforced.
    let table = |s: &Stream| &a.analysis.tables.tables[s.tables[0]];
    assert_eq!(table(customers).write, WriteMode::Append);
    assert!(table(customers).enforced_key().is_empty());
    assert_eq!(table(plans).enforced_key(), ["id"]);
    // Every table of objects keeps what the spec does not declare; every row says which
    // run loaded it.
    for t in &a.analysis.tables.tables {
        let names: Vec<&str> = t.columns.iter().map(|c| c.name.as_str()).collect();
        assert!(
            names.ends_with(&["_extra", "_apitap_run_id"]),
            "{}: {names:?}",
            t.name
        );
    }
    // `[sync] contract` is every stream's default; a stream's own wins.
    let a = analyze(
        &spec,
        Some("[sync]\ncontract = \"warn\"\n[sync.streams.list_plans]\ncontract = \"freeze\"\n"),
    )
    .unwrap();
    assert_eq!(stream(&a, "list_charges").contract, Contract::Warn);
    assert_eq!(stream(&a, "list_plans").contract, Contract::Freeze);
    let explained = crate::analyze::streams::explain_table(&a.analysis.streams, &a.analysis.tables);
    assert!(
        explained.contains("| merge, contract `freeze` |"),
        "{explained}"
    );
}

#[test]
fn streams_of_one_record_agree_on_their_write_mode() {
    let (_dir, spec) = spec_file(
        "two.yaml",
        &CURSORS.replace(
            "$ref: '#/components/schemas/Ticket'",
            "$ref: '#/components/schemas/Order'",
        ),
    );
    let err = analyze(
        &spec,
        Some("[sync.streams.list_tickets]\nwrite = \"append\"\n"),
    )
    .err()
    .expect("refused");
    assert!(
        err.contains("`append` and stream `list_orders` (`merge`) load the same tables (`order`)"),
        "{err}"
    );
}
