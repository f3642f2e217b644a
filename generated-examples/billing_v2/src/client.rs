//! The API client.
use apitap_runtime::codegen as rt;
/// What the runtime needs to know about this API: default base URL, security schemes and the environment variables that carry credentials.
pub static API: rt::ApiSpec = rt::ApiSpec {
    name: "billing_v2",
    default_base_url: "https://billing.example/v1",
    base_url_env: "BILLING_V2_BASE_URL",
    security_schemes: &[
        rt::SecurityScheme {
            name: "key",
            kind: rt::SchemeKind::ApiKey {
                location: rt::ApiKeyLocation::Header,
                param_name: "X-Api-Key",
                env: "BILLING_V2_API_KEY",
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
