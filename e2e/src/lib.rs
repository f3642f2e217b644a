//! End-to-end tests of generated connectors live in `tests/`; this library holds what
//! several of them share.

use apitap_runtime::codegen::connect_postgres;

/// A client on the test PostgreSQL server (over TLS, as `scripts/with-postgres` sets it up)
/// with a fresh schema `schema` as its search path, and the destination URL that loads into
/// that schema; `None`, after saying so, when no server is configured.
pub async fn postgres_schema(schema: &str) -> Option<(tokio_postgres::Client, String)> {
    let Ok(url) = std::env::var("APITAP_TEST_POSTGRES_URL") else {
        eprintln!(
            "skipping: APITAP_TEST_POSTGRES_URL is not set (run through scripts/with-postgres)"
        );
        return None;
    };
    let db = connect_postgres(&url, None)
        .await
        .expect("connect to PostgreSQL");
    db.batch_execute(&format!(
        "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}; SET search_path TO {schema}"
    ))
    .await
    .expect("a fresh schema");
    let sep = if url.contains('?') { '&' } else { '?' };
    Some((db, format!("{url}{sep}options=-csearch_path%3D{schema}")))
}
