//! PostgreSQL sink against a real server: run through `scripts/with-postgres`, which sets
//! APITAP_TEST_POSTGRES_URL (TLS, `sslmode=verify-full` against the CA it made; the server
//! refuses TCP without TLS). Without it the tests print why they skip and pass. Each test
//! works in its own schema (via the URL's `options=-csearch_path=...`), so tests run in
//! parallel without seeing each other's tables.
#![cfg(feature = "postgres")]

mod sink_support;

use apitap_runtime::codegen as rt;
use rt::{Cell, Sink};
use sink_support::{customer, ddl_expected, rows_of, DDL_TABLES, TABLES};
use tokio_postgres::Client;

/// A client on a fresh schema `schema` and the sink URL that writes into it; `None` (after
/// saying so) when no server is configured.
async fn setup(schema: &str) -> Option<(Client, String)> {
    let Ok(url) = std::env::var("APITAP_TEST_POSTGRES_URL") else {
        eprintln!(
            "skipping PostgreSQL test: APITAP_TEST_POSTGRES_URL is not set \
             (run through scripts/with-postgres)"
        );
        return None;
    };
    let client = rt::connect_postgres(&url, None).await.expect("connect");
    client
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path TO {schema}"
        ))
        .await
        .unwrap();
    let sep = if url.contains('?') { '&' } else { '?' };
    Some((
        client,
        format!("{url}{sep}options=-csearch_path%3D{schema}"),
    ))
}

async fn count(client: &Client, sql: &str) -> i64 {
    client.query_one(sql, &[]).await.unwrap().get(0)
}

#[tokio::test]
async fn reload_is_idempotent_and_replaces_children() {
    let Some((db, url)) = setup("t_reload").await else {
        return;
    };
    let mut sink = Sink::open(&url, TABLES).await.expect("open");
    assert!(matches!(sink, Sink::Postgres(_)));
    let batch = vec![customer(1, 2), customer(2, 2), customer(3, 2)];
    sink.write(&rows_of(&batch)).await.unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM customers").await, 3);
    assert_eq!(count(&db, "SELECT count(*) FROM customers__items").await, 6);

    let row = db
        .query_one(
            "SELECT name, balance, score, active, created::text, \
             to_char(created AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), \
             address__city, metadata->>'tier', jsonb_typeof(metadata), metadata \
             FROM customers WHERE id = 'cus_2'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "Name, \"2\"\nline two");
    assert_eq!(row.get::<_, i64>(1), 200);
    assert_eq!(row.get::<_, f64>(2), 2.5);
    assert!(row.get::<_, bool>(3));
    assert_eq!(row.get::<_, String>(5), "2023-11-14T22:13:22Z");
    assert_eq!(row.get::<_, String>(6), "City 2");
    assert_eq!(row.get::<_, String>(7), "2");
    assert_eq!(row.get::<_, String>(8), "object");

    sink.write(&rows_of(&batch)).await.unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM customers").await, 3);
    assert_eq!(count(&db, "SELECT count(*) FROM customers__items").await, 6);

    let mut changed = customer(2, 1);
    changed.name = Some("renamed".into());
    sink.write(&rows_of(&[changed])).await.unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM customers").await, 3);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM customers__items WHERE _parent_id = 'cus_2'"
        )
        .await,
        1
    );
    assert_eq!(count(&db, "SELECT count(*) FROM customers__items").await, 5);
    let name: String = db
        .query_one("SELECT name FROM customers WHERE id = 'cus_2'", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(name, "renamed");
    sink.finish().await.unwrap();
}

#[tokio::test]
async fn state_rejected_and_failed_batches() {
    let Some((db, url)) = setup("t_state").await else {
        return;
    };
    let mut sink = Sink::open(&url, TABLES).await.expect("open");
    assert_eq!(sink.load_state("customers").await.unwrap(), None);
    sink.write_with_state(&rows_of(&[customer(1, 1)]), "customers", Some("1700000001"))
        .await
        .unwrap();
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000001")
    );
    sink.save_state("customers", "1700000002").await.unwrap();
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000002")
    );
    sink.reject(
        "customers",
        "at `balance`: invalid type",
        "{\"id\":\"bad\"}",
    )
    .await
    .unwrap();
    let row = db
        .query_one(
            "SELECT stream, reason, raw, rejected_at FROM _rejected",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "customers");
    assert_eq!(row.get::<_, String>(2), "{\"id\":\"bad\"}");
    assert!(row.get::<_, String>(3).ends_with('Z'));

    // An unparsable timestamp fails the whole batch, rows and state, and names the column.
    let mut rows = rows_of(&[customer(5, 1)]);
    let mut cells = rows_of(&[customer(6, 0)]).table(0)[0].clone();
    cells[5] = Cell::Text("not a time".into());
    rows.push(0, cells);
    let err = sink
        .write_with_state(&rows, "customers", Some("1700000006"))
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("table `customers`, column `created`"), "{err}");
    assert!(
        err.contains("postgres://") && err.contains("127.0.0.1"),
        "{err}"
    );
    assert_eq!(
        sink.load_state("customers").await.unwrap().as_deref(),
        Some("1700000002")
    );
    assert_eq!(count(&db, "SELECT count(*) FROM customers").await, 1);

    // A text timestamp PostgreSQL can parse is cast.
    let mut rows = rt::Rows::new();
    let mut cells = rows_of(&[customer(7, 0)]).table(0)[0].clone();
    cells[5] = Cell::Text("2024-02-03 04:05:06+00".into());
    rows.push(0, cells);
    sink.write(&rows).await.unwrap();
    let t: String = db
        .query_one(
            "SELECT to_char(created AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM customers WHERE id = 'cus_7'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(t, "2024-02-03 04:05:06");

    // Invalid JSON names the JSON column.
    let mut rows = rt::Rows::new();
    let mut cells = rows_of(&[customer(8, 0)]).table(0)[0].clone();
    cells[7] = Cell::Json("{oops".into());
    rows.push(0, cells);
    let err = sink.write(&rows).await.unwrap_err().to_string();
    assert!(err.contains("column `metadata`"), "{err}");
    sink.finish().await.unwrap();
}

#[tokio::test]
async fn ddl_matches_and_runs() {
    let Some((db, url)) = setup("t_ddl").await else {
        return;
    };
    assert_eq!(
        rt::ddl(DDL_TABLES, rt::Dialect::Postgres),
        ddl_expected(rt::Dialect::Postgres)
    );
    let sink = Sink::open(&url, DDL_TABLES).await.expect("open");
    sink.finish().await.unwrap();
    // Opening again is a no-op (IF NOT EXISTS).
    let sink = Sink::open(&url, DDL_TABLES).await.expect("reopen");
    sink.finish().await.unwrap();
    let ty: String = db
        .query_one(
            "SELECT data_type FROM information_schema.columns \
             WHERE table_schema = 't_ddl' AND table_name = 'orders' AND column_name = 'created_at'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(ty, "timestamp with time zone");
}

#[tokio::test]
async fn connection_errors_hide_the_password() {
    let err = Sink::open("postgres://user:hunter2@127.0.0.1:1/db", TABLES)
        .await
        .unwrap_err()
        .to_string();
    assert!(!err.contains("hunter2"), "{err}");
    assert!(err.contains("postgres://user@127.0.0.1:1/db"), "{err}");
}

#[tokio::test]
async fn opened_for_some_tables_creates_only_those() {
    let Some((db, url)) = setup("t_some").await else {
        return;
    };
    let mut sink = Sink::open_for(&url, sink_support::TWO_ROOTS, Some(&[0]))
        .await
        .unwrap();
    sink_support::opened_for_some_tables(&mut sink).await;
    sink.finish().await.unwrap();
    assert_eq!(count(&db, "SELECT count(*) FROM alpha").await, 2);
    assert_eq!(
        count(
            &db,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 't_some' AND table_name = 'beta'"
        )
        .await,
        0
    );
}

async fn strings(client: &Client, sql: &str) -> Vec<String> {
    client
        .query(sql, &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[tokio::test]
async fn an_older_table_gains_columns_and_keeps_its_rows() {
    let Some((db, url)) = setup("t_migrate").await else {
        return;
    };
    sink_support::old_then_new(&url).await;
    let row = db
        .query_one(
            "SELECT name, score, legacy, balance FROM customers WHERE id = 'cus_old'",
            &[],
        )
        .await
        .unwrap();
    let (name, score, legacy, balance): (String, f64, String, Option<i64>) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!(
        (name.as_str(), score, legacy.as_str(), balance),
        ("Old", 7.0, "kept", None)
    );
    let types = strings(
        &db,
        "SELECT column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns \
         WHERE table_schema = 't_migrate' AND table_name = 'customers' ORDER BY ordinal_position",
    )
    .await;
    for expected in [
        "score double precision YES",
        "legacy text YES",
        "metadata jsonb YES",
        "created timestamp with time zone YES",
    ] {
        assert!(types.iter().any(|t| t == expected), "{expected}: {types:?}");
    }
}

#[tokio::test]
async fn a_key_change_or_a_narrowing_type_is_refused() {
    let Some((db, url)) = setup("t_refuse").await else {
        return;
    };
    sink_support::a_key_change_is_refused(&url).await;
    // `created` holds integers in the database; the crate says a timestamp: converting
    // could reinterpret values, so nothing is changed and nothing loaded.
    db.batch_execute("CREATE TABLE customers (id TEXT PRIMARY KEY, created BIGINT)")
        .await
        .unwrap();
    let err = Sink::open(&url, TABLES).await.unwrap_err().to_string();
    assert!(
        err.contains("table `customers`")
            && err.contains(
                "column `created` is BIGINT in the database and TIMESTAMPTZ in this crate"
            )
            && err.contains("ALTER TABLE"),
        "{err}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 't_refuse' AND table_name = 'customers'").await, 2);
}

#[tokio::test]
async fn a_widening_that_would_round_is_refused() {
    let Some((_, url)) = setup("t_round").await else {
        return;
    };
    sink_support::a_rounding_widen_is_refused(&url).await;
}

#[tokio::test]
async fn append_keeps_versions_and_replace_swaps() {
    let Some((db, url)) = setup("t_append").await else {
        return;
    };
    let Some((_, replace_url)) = setup("t_replace").await else {
        return;
    };
    sink_support::append_and_replace(&url, &replace_url).await;
    assert_eq!(
        strings(&db, "SELECT id FROM t_append.alpha").await,
        ["a1", "a1"]
    );
    assert_eq!(strings(&db, "SELECT id FROM t_replace.alpha").await, ["a3"]);
    assert!(strings(
        &db,
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 't_replace' AND table_name LIKE '_apitap_stage%'"
    )
    .await
    .is_empty());
}

/// The server's URL without its query, and the CA files `scripts/with-postgres` made.
fn tls_setup() -> Option<(String, String, String)> {
    let url = std::env::var("APITAP_TEST_POSTGRES_URL").ok()?;
    let base = url.split('?').next()?.to_string();
    let ca = std::env::var("APITAP_TEST_POSTGRES_CA").ok()?;
    let wrong = std::env::var("APITAP_TEST_POSTGRES_WRONG_CA").ok()?;
    Some((base, ca, wrong))
}

async fn open_error(url: &str) -> String {
    Sink::open(url, TABLES).await.unwrap_err().to_string()
}

#[tokio::test]
async fn tls_modes_connect_or_fail_saying_why() {
    let Some((base, ca, wrong)) = tls_setup() else {
        eprintln!("skipping: run through scripts/with-postgres");
        return;
    };
    // Encrypted, the certificate not checked.
    let sink = Sink::open(&format!("{base}?sslmode=require"), TABLES).await;
    sink.expect("sslmode=require").finish().await.unwrap();
    // Checked against the CA, by IP address and by name.
    for url in [
        format!("{base}?sslmode=verify-full&sslrootcert={ca}"),
        format!(
            "{}?sslmode=verify-full&sslrootcert={ca}",
            base.replace("127.0.0.1", "localhost")
        ),
        format!("{base}?sslmode=verify-ca&sslrootcert={ca}"),
    ] {
        let sink = Sink::open(&url, TABLES).await;
        sink.unwrap_or_else(|e| panic!("{url}: {e}"))
            .finish()
            .await
            .unwrap();
    }
    // Another CA did not sign the server's certificate.
    let err = open_error(&format!("{base}?sslmode=verify-full&sslrootcert={wrong}")).await;
    assert!(
        err.contains("connecting: TLS:") && err.contains("sslrootcert"),
        "{err}"
    );
    // Without TLS, the server refuses: the error says to turn it on.
    let err = open_error(&format!("{base}?sslmode=disable")).await;
    assert!(
        err.contains("TLS: the server accepts this connection only over TLS")
            && err.contains("sslmode=require"),
        "{err}"
    );
    // Nothing listening there: the host.
    let err = open_error("postgres://u@127.0.0.1:9/db?sslmode=require").await;
    assert!(
        err.contains("connecting: host: could not reach the server"),
        "{err}"
    );
    let err = open_error(&format!("{base}_missing?sslmode=require")).await;
    assert!(err.contains("connecting: database:"), "{err}");
}

#[tokio::test]
async fn passwords_come_from_the_url_pgpassword_or_a_named_variable() {
    let (Some((base, ca, _)), Ok(password)) =
        (tls_setup(), std::env::var("APITAP_TEST_POSTGRES_PASSWORD"))
    else {
        eprintln!("skipping: run through scripts/with-postgres");
        return;
    };
    let at = base.find('@').unwrap() + 1;
    let host_db = &base[at..];
    let query = format!("sslmode=verify-full&sslrootcert={ca}");
    // In the URL.
    let with = format!("postgres://apitap_pw:{password}@{host_db}?{query}");
    let client = rt::connect_postgres(&with, None)
        .await
        .expect("password in the URL");
    assert_eq!(count(&client, "SELECT 1::bigint").await, 1);
    // From a named variable (--to-password-env).
    let without = format!("postgres://apitap_pw@{host_db}?{query}");
    let client = rt::connect_postgres(&without, Some("APITAP_TEST_POSTGRES_PASSWORD"))
        .await
        .expect("password from the variable");
    assert_eq!(count(&client, "SELECT 1::bigint").await, 1);
    let err = rt::connect_postgres(&without, Some("APITAP_NO_SUCH_VARIABLE"))
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("APITAP_NO_SUCH_VARIABLE: the variable is not set"),
        "{err}"
    );
    // A wrong password: authentication, and the password nowhere in the message.
    let wrong = format!("postgres://apitap_pw:Wr0ngPassw0rd@{host_db}?{query}");
    let err = rt::connect_postgres(&wrong, None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("authentication failed"), "{err}");
    assert!(
        !err.contains("Wr0ngPassw0rd") && !err.contains(&password),
        "{err}"
    );
    let err = open_error(&wrong).await;
    assert!(!err.contains("Wr0ngPassw0rd"), "{err}");
    // PGPASSWORD (this test's process only).
    std::env::set_var("PGPASSWORD", &password);
    let client = rt::connect_postgres(&without, None).await;
    std::env::remove_var("PGPASSWORD");
    assert_eq!(
        count(&client.expect("PGPASSWORD"), "SELECT 1::bigint").await,
        1
    );
}

#[tokio::test]
async fn a_unix_socket_carries_no_tls_and_prefer_uses_it_plainly() {
    let (Some((base, _, _)), Ok(socket)) =
        (tls_setup(), std::env::var("APITAP_TEST_POSTGRES_SOCKET"))
    else {
        eprintln!("skipping: run through scripts/with-postgres");
        return;
    };
    let host = percent_encoding::utf8_percent_encode(&socket, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    let url = base.replace("127.0.0.1", &host);
    let client = rt::connect_postgres(&url, None)
        .await
        .expect("prefer over a socket");
    assert_eq!(count(&client, "SELECT 1::bigint").await, 1);
    let err = rt::connect_postgres(&format!("{url}?sslmode=require"), None)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("a unix socket does not carry"), "{err}");
}
