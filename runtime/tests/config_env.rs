//! Configuration from environment variables and validation in `Client::new`. Every test uses
//! its own variable names, so tests running in parallel do not race on the environment.

use apitap_runtime::codegen as rt;
use rt::{ApiKeyLocation, ApiSpec, SchemeKind, SecurityScheme};

const SECRET: &str = "env-secret-7c2e";

static KEY_API: ApiSpec = ApiSpec {
    name: "Key API",
    default_base_url: "https://api.example.com/v1",
    base_url_env: "APITAP_T1_BASE_URL",
    security_schemes: &[SecurityScheme {
        name: "key",
        kind: SchemeKind::ApiKey {
            location: ApiKeyLocation::Header,
            param_name: "X-Key",
            env: "APITAP_T1_KEY",
        },
    }],
};

#[test]
fn reads_key_and_base_url() {
    std::env::set_var("APITAP_T1_KEY", SECRET);
    std::env::set_var("APITAP_T1_BASE_URL", "http://localhost:8080");
    let cfg = rt::Config::from_env(&KEY_API).unwrap();
    assert_eq!(cfg.get_base_url(), Some("http://localhost:8080"));
    assert_eq!(
        cfg.get_credential("key"),
        Some(&rt::Credential::api_key(SECRET))
    );
    rt::Client::new(cfg, &KEY_API).unwrap();
}

static BASIC_API: ApiSpec = ApiSpec {
    name: "Basic API",
    default_base_url: "https://api.example.com",
    base_url_env: "",
    security_schemes: &[SecurityScheme {
        name: "basic",
        kind: SchemeKind::Basic {
            username_env: "APITAP_T2_USER",
            password_env: "APITAP_T2_PASS",
        },
    }],
};

#[test]
fn partly_configured_scheme_names_the_missing_variable() {
    std::env::set_var("APITAP_T2_USER", SECRET);
    let err = rt::Config::from_env(&BASIC_API).unwrap_err();
    assert!(
        matches!(&err, rt::ConfigError::MissingVariable { variable, .. } if variable == "APITAP_T2_PASS")
    );
    let msg = err.to_string();
    assert!(
        msg.contains("APITAP_T2_PASS") && msg.contains("`basic`"),
        "{msg}"
    );
    assert!(!format!("{msg} {err:?}").contains(SECRET));
}

static OAUTH_API: ApiSpec = ApiSpec {
    name: "OAuth API",
    default_base_url: "https://api.example.com",
    base_url_env: "",
    security_schemes: &[
        SecurityScheme {
            name: "oauth",
            kind: SchemeKind::OAuth2ClientCredentials {
                token_url: "https://auth.example.com/token",
                scopes: &[],
                client_id_env: "APITAP_T3_CLIENT_ID",
                client_secret_env: "APITAP_T3_CLIENT_SECRET",
                access_token_env: "APITAP_T3_ACCESS_TOKEN",
            },
        },
        SecurityScheme {
            name: "token",
            kind: SchemeKind::Bearer {
                env: "APITAP_T3_TOKEN",
            },
        },
    ],
};

#[test]
fn no_credentials_lists_what_to_set() {
    let err = rt::Config::from_env(&OAUTH_API).unwrap_err();
    let msg = err.to_string();
    assert!(
        matches!(err, rt::ConfigError::MissingCredentials { ref options, .. } if options.len() == 3)
    );
    for var in [
        "APITAP_T3_CLIENT_ID + APITAP_T3_CLIENT_SECRET",
        "APITAP_T3_ACCESS_TOKEN",
        "APITAP_T3_TOKEN",
    ] {
        assert!(msg.contains(var), "{msg}");
    }
    assert!(
        msg.starts_with("no credentials configured for OAuth API"),
        "{msg}"
    );
}

static OAUTH_TOKEN_API: ApiSpec = ApiSpec {
    name: "OAuth API",
    default_base_url: "https://api.example.com",
    base_url_env: "",
    security_schemes: &[SecurityScheme {
        name: "oauth",
        kind: SchemeKind::OAuth2RefreshToken {
            token_url: "https://auth.example.com/token",
            client_id_env: "APITAP_T4_CLIENT_ID",
            client_secret_env: "APITAP_T4_CLIENT_SECRET",
            refresh_token_env: "APITAP_T4_REFRESH",
            access_token_env: "APITAP_T4_ACCESS_TOKEN",
        },
    }],
};

#[test]
fn oauth_access_token_variable_is_used_as_bearer() {
    std::env::set_var("APITAP_T4_ACCESS_TOKEN", SECRET);
    let cfg = rt::Config::from_env(&OAUTH_TOKEN_API).unwrap();
    assert_eq!(
        cfg.get_credential("oauth"),
        Some(&rt::Credential::bearer(SECRET))
    );
}

static REFRESH_API: ApiSpec = ApiSpec {
    name: "Refresh API",
    default_base_url: "https://api.example.com",
    base_url_env: "",
    security_schemes: &[SecurityScheme {
        name: "oauth",
        kind: SchemeKind::OAuth2RefreshToken {
            token_url: "/token",
            client_id_env: "APITAP_T5_CLIENT_ID",
            client_secret_env: "APITAP_T5_CLIENT_SECRET",
            refresh_token_env: "APITAP_T5_REFRESH",
            access_token_env: "APITAP_T5_ACCESS_TOKEN",
        },
    }],
};

#[test]
fn oauth_refresh_variables() {
    std::env::set_var("APITAP_T5_CLIENT_ID", "id");
    std::env::set_var("APITAP_T5_CLIENT_SECRET", SECRET);
    let err = rt::Config::from_env(&REFRESH_API).unwrap_err();
    assert!(err.to_string().contains("APITAP_T5_REFRESH"), "{err}");
    std::env::set_var("APITAP_T5_REFRESH", "rt");
    let cfg = rt::Config::from_env(&REFRESH_API).unwrap();
    assert_eq!(
        cfg.get_credential("oauth"),
        Some(&rt::Credential::refresh_token("id", SECRET, "rt"))
    );
}

#[test]
fn client_new_validates_credentials_and_urls() {
    let err = rt::Client::new(
        rt::Config::new().credential("nope", rt::Credential::api_key(SECRET)),
        &KEY_API,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown security scheme `nope` (declared: key)"),
        "{err}"
    );

    let err = rt::Client::new(
        rt::Config::new().credential("basic", rt::Credential::bearer(SECRET)),
        &BASIC_API,
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            rt::ConfigError::CredentialMismatch {
                expected: "basic",
                got: "bearer",
                ..
            }
        ),
        "{err}"
    );

    let err = rt::Client::new(rt::Config::new().base_url("not a url"), &KEY_API).unwrap_err();
    assert!(err.to_string().contains("APITAP_T1_BASE_URL"), "{err}");

    let err = rt::Client::new(rt::Config::new().rate_limit(0.0, 1), &KEY_API).unwrap_err();
    assert!(matches!(
        err,
        rt::ConfigError::InvalidSetting {
            setting: "rate_limit",
            ..
        }
    ));

    let cfg = rt::Config::new().credential("basic", rt::Credential::basic("u", SECRET));
    assert!(!format!("{:?}", rt::Client::new(cfg, &BASIC_API).unwrap()).contains(SECRET));
}

#[test]
fn builder_getters_and_defaults() {
    let cfg = rt::Config::default();
    assert_eq!(cfg.get_timeout(), std::time::Duration::from_secs(30));
    assert_eq!(cfg.get_retry(), rt::RetryPolicy::default());
    assert_eq!(rt::RetryPolicy::default().max_attempts, 4);
    assert_eq!(rt::RetryPolicy::none().max_attempts, 1);
    assert!(cfg.get_rate_limit().is_none() && cfg.get_max_pages().is_none());
    let cfg = cfg
        .max_pages(10)
        .page_size(100)
        .idempotency_key_header("Idempotency-Key")
        .rate_limit(5.0, 10);
    assert_eq!(
        (cfg.get_max_pages(), cfg.get_page_size()),
        (Some(10), Some(100))
    );
    assert_eq!(cfg.get_idempotency_key_header(), Some("Idempotency-Key"));
    assert_eq!(
        cfg.get_rate_limit(),
        Some(rt::RateLimit {
            requests_per_second: 5.0,
            burst: 10
        })
    );
}
