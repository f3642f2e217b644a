//! Cargo features per operation group on a small spec written here: which type modules each
//! group compiles, and the expandable fields deferred so that one group does not pull in
//! another group's types.

mod common;
use common::*;

const SPEC: &str = r##"
openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /orders:
    get:
      operationId: listOrders
      tags: [orders]
      responses:
        "200":
          description: Orders.
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Order'}}
    post:
      operationId: createOrder
      tags: [orders]
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewOrder'}
      responses:
        "204": {description: Created.}
  /customers/{id}:
    get:
      operationId: getCustomer
      tags: [customers]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: A customer.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Customer'}
components:
  schemas:
    Order:
      type: object
      required: [id, buyer]
      properties:
        id: {type: string}
        buyer:
          description: The customer's id, or the customer when expanded.
          anyOf:
            - {type: string}
            - {$ref: '#/components/schemas/Customer'}
        lines:
          type: array
          items:
            anyOf:
              - {type: string}
              - {$ref: '#/components/schemas/Line'}
    Line:
      type: object
      properties:
        sku: {type: string}
    NewOrder:
      type: object
      properties:
        for_customer:
          anyOf:
            - {type: string}
            - {$ref: '#/components/schemas/Customer'}
    Customer:
      type: object
      required: [id]
      properties:
        id: {type: string}
        email: {type: string}
"##;

fn file<'a>(g: &'a apitap::Generated, path: &str) -> &'a str {
    g.files.get(path).unwrap_or_else(|| panic!("no {path}"))
}

#[test]
fn an_expandable_field_into_another_group_is_held_as_json_with_a_typed_method() {
    let (_dir, path) = spec_file("spec.yaml", SPEC);
    let g = generate(&path);
    let order = file(&g, "src/types/order.rs");
    // Customer belongs to `customers` and (through the request type NewOrder) `orders`...
    let modules = file(&g, "src/types/mod.rs");
    assert!(modules.contains("mod customer;"), "{modules}");
    // ...so here the expanded buyer is typed: Customer compiles wherever Order does.
    assert!(
        order.contains("pub buyer: apitap_runtime::codegen::Expandable<super::Customer>"),
        "{order}"
    );
    // Line is compiled with Order's group only through the expandable reference: it is
    // needed by no operation, so `full` compiles it and Order's lines are deferred.
    assert!(
        order.contains(
            "pub lines: Option<Vec<apitap_runtime::codegen::Expandable<serde_json::Value>>>"
        ),
        "{order}"
    );
    assert!(
        order.contains("`lines_typed()` decodes the field"),
        "{order}"
    );
    let getter = order
        .split("pub fn lines_typed")
        .next()
        .unwrap()
        .rsplit("///")
        .next()
        .unwrap();
    assert!(getter.contains("#[cfg(feature = \"full\")]"), "{order}");
    assert!(
        order.contains("Option<Vec<apitap_runtime::codegen::Expandable<super::Line>>>"),
        "{order}"
    );
    assert!(
        modules.contains("#[cfg(feature = \"full\")]\nmod line;"),
        "{modules}"
    );
    // A request type keeps its expandable field typed: callers build it.
    let new_order = file(&g, "src/types/new_order.rs");
    assert!(
        new_order.contains("Expandable<super::Customer>"),
        "{new_order}"
    );
    assert!(
        g.files["README.md"].contains("(1): `Order.lines`."),
        "{}",
        g.files["README.md"]
    );
}

#[test]
fn an_expandable_field_is_deferred_only_where_its_type_is_not_compiled_with_it() {
    // Without the request type, Customer belongs to `customers` alone: Order's buyer is
    // deferred, and `orders` compiles no customer module.
    let spec = SPEC.replace(
        "schema: {$ref: '#/components/schemas/NewOrder'}",
        "schema: {type: object, properties: {note: {type: string}}}",
    );
    let (_dir, path) = spec_file("spec.yaml", &spec);
    let g = generate(&path);
    let order = file(&g, "src/types/order.rs");
    assert!(
        order.contains("pub buyer: apitap_runtime::codegen::Expandable<serde_json::Value>,"),
        "{order}"
    );
    assert!(
        order.contains("#[cfg(feature = \"customers\")]\n    pub fn buyer_typed("),
        "{order}"
    );
    let modules = file(&g, "src/types/mod.rs");
    assert!(
        modules.contains("#[cfg(feature = \"customers\")]\nmod customer;"),
        "{modules}"
    );
    assert!(
        modules.contains("#[cfg(feature = \"orders\")]\nmod order;"),
        "{modules}"
    );
    // The compatibility surface shows the type users get.
    let surface = file(&g, "apitap.surface.json");
    assert!(
        surface.contains("\"buyer\": \"Expandable<Value>\""),
        "{surface}"
    );
}

/// Stripe's shape: every operation's error holds a detail object, which names the resource
/// concerned; one resource also records its last error.
const ERRORS: &str = r##"
openapi: 3.0.0
info: {title: t, version: '1'}
paths:
  /payments/{id}:
    get:
      operationId: getPayment
      tags: [payments]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: A payment.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Payment'}
        default:
          description: Error.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /cards/{id}:
    get:
      operationId: getCard
      tags: [cards]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: A card.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Card'}
        default:
          description: Error.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
  /tags:
    get:
      operationId: listTags
      tags: [tags]
      responses:
        "200":
          description: Tags.
          content:
            application/json:
              schema: {type: array, items: {type: string}}
        default:
          description: Error.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
components:
  schemas:
    Error:
      type: object
      required: [error]
      properties:
        error: {$ref: '#/components/schemas/Detail'}
    Detail:
      type: object
      required: [message]
      properties:
        message: {type: string}
        payment: {$ref: '#/components/schemas/Payment'}
        card: {$ref: '#/components/schemas/Card'}
    Payment:
      type: object
      required: [id]
      properties:
        id: {type: string}
        amount: {type: integer}
        last_error: {$ref: '#/components/schemas/Detail'}
    Card:
      type: object
      required: [id]
      properties:
        id: {type: string}
        brand: {$ref: '#/components/schemas/Brand'}
    Brand:
      type: object
      properties:
        name: {type: string}
"##;

#[test]
fn a_resource_named_below_an_error_response_is_held_as_json_there() {
    let (_dir, path) = spec_file("spec.yaml", ERRORS);
    let g = generate(&path);
    let modules = file(&g, "src/types/mod.rs");
    // Every group decodes its errors: the error and its detail compile always...
    assert!(modules.contains("\nmod error;"), "{modules}");
    assert!(modules.contains("\nmod detail;"), "{modules}");
    // ...but the resources the detail names only with the groups whose successes need them:
    // Payment with `payments`; Card with `cards`, and with `payments`, whose records' own
    // last error names a card (below a success every field counts). `tags` compiles neither.
    assert!(
        modules.contains("#[cfg(feature = \"payments\")]\nmod payment;"),
        "{modules}"
    );
    let both = "#[cfg(any(feature = \"cards\", feature = \"payments\"))]";
    assert!(modules.contains(&format!("{both}\nmod card;")), "{modules}");
    // A resource keeps every field typed: Card's brand module follows Card.
    assert!(
        modules.contains(&format!("{both}\nmod brand;")),
        "{modules}"
    );
    let detail = file(&g, "src/types/detail.rs");
    assert!(
        detail.contains("pub payment: Option<serde_json::Value>,"),
        "{detail}"
    );
    assert!(
        detail.contains("pub card: Option<serde_json::Value>,"),
        "{detail}"
    );
    assert!(
        detail.contains("#[cfg(feature = \"payments\")]\n    pub fn payment_typed(&self) -> Result<Option<super::Payment>, serde_json::Error>"),
        "{detail}"
    );
    assert!(detail.contains("a detail of error responses"), "{detail}");
    // The payments table stores the recursive detail's payment as one JSON column.
    let schema = file(&g, "schema.sql");
    assert!(schema.contains("\"last_error__payment\" JSON"), "{schema}");
    assert!(!schema.contains("last_error__payment__amount"), "{schema}");
    assert!(schema.contains("\"last_error__message\""), "{schema}");
    let surface = file(&g, "apitap.surface.json");
    assert!(
        surface.contains("\"payment\": \"Option<Value>\""),
        "{surface}"
    );
}

#[test]
fn explain_shows_what_each_group_compiles_and_why_fields_hold_json() {
    let (_dir, path) = spec_file("spec.yaml", SPEC);
    let explained = apitap::explain(&path, &apitap::Options::default()).unwrap();
    let groups: Vec<(String, usize, usize)> = explained
        .feature_groups()
        .into_iter()
        .map(|g| (g.group, g.operations, g.type_modules))
        .collect();
    // `customers` compiles Customer alone; `orders` compiles Order, NewOrder and Customer
    // (Line only with `full`: nothing but an expandable reference needs it).
    assert_eq!(
        groups,
        [
            ("customers".to_string(), 1, 1),
            ("orders".to_string(), 2, 3)
        ]
    );
    let deferred = explained.deferred_fields();
    assert_eq!(deferred.len(), 1, "{deferred:?}");
    let d = &deferred[0];
    assert_eq!(
        (d.type_name.as_str(), d.field.as_str(), d.target.as_str()),
        ("Order", "lines", "Line")
    );
    assert_eq!(
        (d.reason, d.held_as),
        ("expandable", "Expandable<serde_json::Value>")
    );
    let table = explained.features_table();
    assert!(table.contains("| `orders` | 2 | 3 of 4 |"), "{table}");
    assert!(
        table.contains(
            "| `Order` | `lines` | `Line` | expandable | `Expandable<serde_json::Value>` |"
        ),
        "{table}"
    );
    let json = explained.to_json();
    assert_eq!(json["features"]["type_modules"], 4, "{json}");
    assert_eq!(json["features"]["deferred"][0]["field"], "lines", "{json}");
    assert_eq!(json["features"]["groups"][1]["type_modules"], 3, "{json}");
}

#[test]
fn a_tables_columns_compile_with_the_groups_that_load_it() {
    // Each group retrieves its own record; `Shared` is read by both.
    let get = |path: &str, id: &str, tag: &str, schema: &str| {
        format!(
            "  {path}:\n    get:\n      operationId: {id}\n      tags: [{tag}]\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/{schema}'}}\n"
        )
    };
    let record = |name: &str| {
        // A field of its own each, or they would be one type.
        let own = name.to_lowercase();
        format!("    {name}:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string}}\n        {own}_note: {{type: string}}\n")
    };
    let spec = format!(
        "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths:\n{}{}{}{}components:\n  schemas:\n{}{}{}",
        get("/orders/1", "getOrder", "orders", "Order"),
        get("/customers/1", "getCustomer", "customers", "Customer"),
        get("/orders/shared", "getSharedFromOrders", "orders", "Shared"),
        get("/customers/shared", "getSharedFromCustomers", "customers", "Shared"),
        record("Order"),
        record("Customer"),
        record("Shared"),
    );
    let (_dir, path) = spec_file("spec.yaml", &spec);
    let g = generate(&path);
    let tables = file(&g, "src/tables.rs");
    // `TABLES` keeps every table at its position; the columns of a table one group loads are
    // a static compiled with that group, empty without it.
    for (table, group) in [("order", "orders"), ("customer", "customers")] {
        let at = tables
            .find(&format!("name: \"{table}\",\n        columns: COLUMNS_"))
            .unwrap_or_else(|| panic!("{table} has no gated columns:\n{tables}"));
        let name: String = tables[at..]
            .split("columns: ")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let on = format!(
            "#[cfg(feature = \"{group}\")]\nstatic {name}: &[rt::ColumnSpec] = &[\n    rt::ColumnSpec {{"
        );
        let off =
            format!("#[cfg(not(feature = \"{group}\"))]\nstatic {name}: &[rt::ColumnSpec] = &[];");
        assert!(tables.contains(&on), "{on}\n{tables}");
        assert!(tables.contains(&off), "{off}\n{tables}");
    }
    // A table every group loads has its columns in place.
    assert!(
        tables.contains("name: \"shared\",\n        columns: &[\n"),
        "{tables}"
    );
}
