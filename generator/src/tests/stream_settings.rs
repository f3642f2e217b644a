//! Stream settings from the config and the spec: cursors, write modes, contracts, lookbacks.

use super::common::*;
use super::streams::{analyze, stream};
use crate::analyze::streams::Stream;

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
