//! Shared fixtures for the integration tests: a spec with every auth kind and a config tuned
//! for paused-time tests.
#![allow(dead_code)]

use std::time::Duration;

use apitap_runtime::codegen as rt;
use rt::{ApiKeyLocation, ApiSpec, SchemeKind, SecurityScheme};
use wiremock::MockServer;

pub static API: ApiSpec = ApiSpec {
    name: "Test API",
    default_base_url: "http://127.0.0.1:9",
    base_url_env: "",
    security_schemes: &[
        SecurityScheme {
            name: "header_key",
            kind: SchemeKind::ApiKey {
                location: ApiKeyLocation::Header,
                param_name: "X-Api-Key",
                env: "",
            },
        },
        SecurityScheme {
            name: "query_key",
            kind: SchemeKind::ApiKey {
                location: ApiKeyLocation::Query,
                param_name: "api_key",
                env: "",
            },
        },
        SecurityScheme {
            name: "cookie_key",
            kind: SchemeKind::ApiKey {
                location: ApiKeyLocation::Cookie,
                param_name: "session_key",
                env: "",
            },
        },
        SecurityScheme {
            name: "basic",
            kind: SchemeKind::Basic {
                username_env: "",
                password_env: "",
            },
        },
        SecurityScheme {
            name: "bearer",
            kind: SchemeKind::Bearer { env: "" },
        },
        SecurityScheme {
            name: "cc",
            kind: SchemeKind::OAuth2ClientCredentials {
                token_url: "/oauth/token",
                scopes: &["read", "write"],
                client_id_env: "",
                client_secret_env: "",
                access_token_env: "",
            },
        },
        SecurityScheme {
            name: "refresh",
            kind: SchemeKind::OAuth2RefreshToken {
                token_url: "/oauth/refresh",
                client_id_env: "",
                client_secret_env: "",
                refresh_token_env: "",
                access_token_env: "",
            },
        },
    ],
};

/// Config for tests against `server`. No per-attempt timeout and no pool idle timer: with
/// paused time, tokio jumps to the next pending timer whenever the runtime waits on I/O, so
/// any such timer would fire while the mock server is still answering.
pub fn config(server: &MockServer) -> rt::Config {
    rt::Config::new()
        .base_url(server.uri())
        .timeout(Duration::ZERO)
        .pool_idle_timeout(None)
}

pub fn client(cfg: rt::Config) -> rt::Client {
    rt::Client::new(cfg, &API).expect("valid test config")
}

pub fn get(path: &'static str) -> rt::Request {
    rt::Request::new(rt::Method::GET, path, "test_get")
}

pub fn with_security(
    mut req: rt::Request,
    security: &'static [&'static [&'static str]],
) -> rt::Request {
    req.security(security);
    req
}
