//! The API client.
use apitap_runtime::codegen as rt;
/// What the runtime needs to know about this API: default base URL, security schemes and the environment variables that carry credentials.
pub static API: rt::ApiSpec = rt::ApiSpec {
    name: "constraints",
    default_base_url: "https://api.example.com",
    base_url_env: "CONSTRAINTS_BASE_URL",
    security_schemes: &[],
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
