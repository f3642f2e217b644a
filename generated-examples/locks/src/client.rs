//! The API client.
use apitap_runtime::codegen as rt;
/// What the runtime needs to know about this API: default base URL, security schemes and the environment variables that carry credentials.
pub static API: rt::ApiSpec = rt::ApiSpec {
    name: "locks",
    default_base_url: "https://locks.example",
    base_url_env: "LOCKS_BASE_URL",
    security_schemes: &[
        rt::SecurityScheme {
            name: "queryKey",
            kind: rt::SchemeKind::ApiKey {
                location: rt::ApiKeyLocation::Query,
                param_name: "api_key",
                env: "LOCKS_QUERY_KEY_API_KEY",
            },
        },
        rt::SecurityScheme {
            name: "cookieKey",
            kind: rt::SchemeKind::ApiKey {
                location: rt::ApiKeyLocation::Cookie,
                param_name: "sid",
                env: "LOCKS_COOKIE_KEY_API_KEY",
            },
        },
        rt::SecurityScheme {
            name: "headerKey",
            kind: rt::SchemeKind::ApiKey {
                location: rt::ApiKeyLocation::Header,
                param_name: "X-Key",
                env: "LOCKS_HEADER_KEY_API_KEY",
            },
        },
        rt::SecurityScheme {
            name: "refresh",
            kind: rt::SchemeKind::OAuth2RefreshToken {
                token_url: "https://locks.example/oauth/token",
                client_id_env: "LOCKS_CLIENT_ID",
                client_secret_env: "LOCKS_CLIENT_SECRET",
                refresh_token_env: "LOCKS_REFRESH_TOKEN",
                access_token_env: "LOCKS_ACCESS_TOKEN",
            },
        },
        rt::SecurityScheme {
            name: "oidc",
            kind: rt::SchemeKind::Bearer {
                env: "LOCKS_TOKEN",
            },
        },
    ],
};
/// A client for this API; cheap to clone (it shares one connection pool).
#[derive(Clone, Debug)]
pub struct Client {
    inner: rt::Client,
}
impl Client {
    /// A client with explicit configuration (base URL, credentials, retries, rate limit).
    pub fn new(config: rt::Config) -> Result<Self, rt::ConfigError> {
        Ok(Self {
            inner: rt::Client::new(config, &API)?,
        })
    }
    /// A client configured from environment variables; see README.md for their names.
    pub fn from_env() -> Result<Self, rt::ConfigError> {
        Self::new(rt::Config::from_env(&API)?)
    }
    /// The runtime client: metrics and configuration.
    pub fn runtime(&self) -> &rt::Client {
        &self.inner
    }
}
